using Federation.Kernel.Validation;
using Federation.RightsProtection.Resources;
using FluentValidation;
using Federation.Kernel.Web;

namespace Federation.RightsProtection.Cases;

/// <summary>
/// A case as entered or corrected. A contact is recorded only with <see cref="ContactConsent"/>;
/// the related enterprise is one from the registry, by id. The status moves by its own request.
/// </summary>
internal sealed record CaseRequest(
    string? ComplainantName,
    ComplainantKind? ComplainantKind,
    string? Contact,
    bool? ContactConsent,
    CaseCategory? Category,
    string? Matter,
    string? Town,
    [property: HappenedOn] DateOnly? ReceivedOn,
    Guid? EnterpriseId,
    string? Notes,
    Guid? OrganisationId,
    int? Version);

/// <summary>A step of the case: to accepted, referred (to whom), resolved or closed (with the outcome), on a day.</summary>
internal sealed record CaseStatusRequest(CaseStatus? Status, [property: HappenedOn] DateOnly? On, string? ReferredTo, string? Outcome, int? Version);

internal sealed class CaseRequestValidator : AbstractValidator<CaseRequest>
{
    public CaseRequestValidator()
    {
        RuleFor(r => r.ComplainantName).RequiredText(100);
        RuleFor(r => r.ComplainantKind).Known().IsInEnum();
        RuleFor(r => r.Contact).OptionalText(200);
        RuleFor(r => r.ContactConsent).Equal(true).When(r => !string.IsNullOrWhiteSpace(r.Contact))
            .WithMessage(_ => RightsText.Get("ContactNeedsConsent"));
        RuleFor(r => r.Category).Known().IsInEnum();
        RuleFor(r => r.Matter).RequiredText(2000);
        RuleFor(r => r.Town).RequiredText(50);
        RuleFor(r => r.ReceivedOn).Known().PlausibleDate();
        RuleFor(r => r.Notes).OptionalText(4000);
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}

internal sealed class CaseStatusRequestValidator : AbstractValidator<CaseStatusRequest>
{
    public CaseStatusRequestValidator()
    {
        RuleFor(r => r.Status).Known().IsInEnum();
        RuleFor(r => r.On).Known().PlausibleDate();
        RuleFor(r => r.ReferredTo).RequiredText(200).When(r => r.Status == CaseStatus.Referred);
        RuleFor(r => r.ReferredTo).OptionalText(200);
        RuleFor(r => r.Outcome).RequiredText(1000).When(r => r.Status is CaseStatus.Resolved or CaseStatus.Closed);
        RuleFor(r => r.Outcome).OptionalText(1000);
        RuleFor(r => r.Version).VersionSent();
    }
}

internal sealed record CaseResponse(
    Guid Id,
    Guid OrganisationId,
    string ComplainantName,
    ComplainantKind ComplainantKind,
    string? Contact,
    bool ContactMasked,
    bool ContactConsent,
    CaseCategory Category,
    string Matter,
    string Town,
    DateOnly ReceivedOn,
    Guid? EnterpriseId,
    string? EnterpriseName,
    CaseStatus Status,
    IReadOnlyList<CaseStatus> AllowedNext,
    DateOnly? AcceptedOn,
    DateOnly? ReferredOn,
    string? ReferredTo,
    DateOnly? SettledOn,
    string? Outcome,
    string? Notes,
    int Version)
{
    /// <summary>The case as a reader sees it: the contact in full only when <paramref name="inFull"/> (CasePersonalData).</summary>
    public static CaseResponse From(RightsCase c, bool inFull) => new(c.Id, c.OrganisationId, c.ComplainantName, c.ComplainantKind,
        CasePersonalData.Shown(c, inFull), !inFull && c.Contact is not null, c.ContactConsent, c.Category, c.Matter, c.Town, c.ReceivedOn, c.EnterpriseId, c.EnterpriseName, c.Status,
        CaseStatusRules.AllowedAfter(c.Status), c.AcceptedOn, c.ReferredOn, c.ReferredTo, c.SettledOn, c.Outcome, c.Notes, c.Version);
}
