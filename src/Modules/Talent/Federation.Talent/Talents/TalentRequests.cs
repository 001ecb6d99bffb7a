using Federation.Kernel.Resources;
using Federation.Kernel.Validation;
using Federation.Talent.Contracts;
using Federation.Talent.Resources;
using FluentValidation;

namespace Federation.Talent.Talents;

internal sealed record TalentRequest(
    string? NameZh,
    string? NameForeign,
    Degree? Degree,
    string? Field,
    string? CountryOrRegion,
    string? Institution,
    string? Contact,
    string? HowMet,
    Guid? MetAtEventId,
    bool? ConsentToContact,
    DateOnly? ConsentRecordedOn,
    string? Notes,
    Guid? OrganisationId,
    int? Version);

internal sealed record StatusRequest(TalentStatus? Status, int? Version);

internal sealed record MergeRequest(Guid? DuplicateId, int? Version, int? DuplicateVersion);

internal sealed class TalentRequestValidator : AbstractValidator<TalentRequest>
{
    public TalentRequestValidator()
    {
        RuleFor(r => r.NameZh).OptionalText(100)
            .NotEmpty().When(r => string.IsNullOrWhiteSpace(r.NameForeign)).WithMessage(_ => TalentText.Get("NameNeeded"));
        RuleFor(r => r.NameForeign).OptionalText(100);
        RuleFor(r => r.Degree).NotNull().WithMessage(_ => Text.Get("RequiredField")).IsInEnum();
        RuleFor(r => r.Field).RequiredText(100);
        RuleFor(r => r.CountryOrRegion).NotEmpty().WithMessage(_ => Text.Get("RequiredField")).CountryOrRegionCode();
        RuleFor(r => r.Institution).RequiredText(200);
        RuleFor(r => r.Contact).OptionalText(200);
        RuleFor(r => r.HowMet).OptionalText(200);
        RuleFor(r => r.ConsentRecordedOn).PlausibleDate()
            .NotNull().When(r => r.ConsentToContact == true).WithMessage(_ => TalentText.Get("ConsentDateNeeded"));
        RuleFor(r => r.Notes).OptionalText(4000);
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}

internal sealed class StatusRequestValidator : AbstractValidator<StatusRequest>
{
    public StatusRequestValidator()
    {
        RuleFor(r => r.Status).NotNull().WithMessage(_ => Text.Get("RequiredField")).IsInEnum();
        RuleFor(r => r.Version).VersionSent();
    }
}

internal sealed class MergeRequestValidator : AbstractValidator<MergeRequest>
{
    public MergeRequestValidator()
    {
        RuleFor(r => r.DuplicateId).NotEmpty().WithMessage(_ => Text.Get("RequiredField"));
        RuleFor(r => r.Version).VersionSent();
        RuleFor(r => r.DuplicateVersion).VersionSent();
    }
}

internal sealed record TalentResponse(
    Guid Id,
    Guid OrganisationId,
    string? NameZh,
    string? NameForeign,
    string DisplayName,
    Degree Degree,
    string Field,
    string CountryOrRegion,
    string Institution,
    string? Contact,
    bool ContactMasked,
    bool ContactWithheld,
    string? HowMet,
    Guid? MetAtEventId,
    bool ConsentToContact,
    DateOnly? ConsentRecordedOn,
    TalentStatus Status,
    IReadOnlyList<TalentStatus> AllowedStatuses,
    Guid? MergedIntoId,
    string? Notes,
    IReadOnlyList<Guid> PossibleDuplicates,
    int Version)
{
    /// <summary>The talent as a reader sees it: the contact in full only when <paramref name="inFull"/> (TalentPersonalData).</summary>
    public static TalentResponse From(Talent t, bool inFull, IReadOnlyList<Guid>? duplicates = null) => new(t.Id, t.OrganisationId, t.NameZh,
        t.NameForeign, t.DisplayName, t.Degree, t.Field, t.CountryOrRegion, t.Institution, TalentPersonalData.ShownContact(t, inFull),
        !inFull && t.ConsentToContact && t.Contact is not null, !inFull && !t.ConsentToContact && t.Contact is not null, t.HowMet, t.MetAtEventId,
        t.ConsentToContact, t.ConsentRecordedOn, t.Status, TalentStatusRules.AllowedByHand(t.Status), t.MergedIntoId, t.Notes,
        duplicates ?? [], t.Version);
}
