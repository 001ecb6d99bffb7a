using Federation.Kernel.Resources;
using Federation.Kernel.Validation;
using FluentValidation;
using Federation.Kernel.Web;

namespace Federation.Enterprises.Sessions;

internal sealed record PolicySessionRequest(
    string? Topic,
    DateOnly? HeldOn,
    IReadOnlyList<string?>? Departments,
    int? Attendees,
    string? Venue,
    string? Notes,
    Guid? ProgrammeId,
    Guid? OrganisationId,
    int? Version);

internal sealed record JointMeasureRequest(
    string? Title,
    string? PartnerDepartment,
    [property: HappenedOn] DateOnly? IssuedOn,
    IReadOnlyList<string?>? Items,
    string? Notes,
    Guid? ProgrammeId,
    Guid? OrganisationId,
    int? Version);

internal sealed class PolicySessionRequestValidator : AbstractValidator<PolicySessionRequest>
{
    public PolicySessionRequestValidator()
    {
        RuleFor(r => r.Topic).RequiredText(200);
        RuleFor(r => r.HeldOn).Known().PlausibleDate();
        RuleFor(r => r.Departments).NotEmpty().WithMessage(_ => Text.Get("RequiredField"))
            .Must(d => d is null || d.Count <= 50).WithMessage(_ => Text.Format("Between", 1, 50));
        RuleForEach(r => r.Departments).RequiredText(100);
        RuleFor(r => r.Attendees).Known().Between(0, 100_000);
        RuleFor(r => r.Venue).OptionalText(200);
        RuleFor(r => r.Notes).OptionalText(4000);
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}

internal sealed class JointMeasureRequestValidator : AbstractValidator<JointMeasureRequest>
{
    public JointMeasureRequestValidator()
    {
        RuleFor(r => r.Title).RequiredText(200);
        RuleFor(r => r.PartnerDepartment).RequiredText(100);
        RuleFor(r => r.IssuedOn).Known().PlausibleDate();
        RuleFor(r => r.Items).NotEmpty().WithMessage(_ => Text.Get("RequiredField"))
            .Must(i => i is null || i.Count <= 100).WithMessage(_ => Text.Format("Between", 1, 100));
        RuleForEach(r => r.Items).RequiredText(1000);
        RuleFor(r => r.Notes).OptionalText(4000);
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}

internal sealed record PolicySessionResponse(
    Guid Id, Guid OrganisationId, string Topic, DateOnly HeldOn, IReadOnlyList<string> Departments, int Attendees, string? Venue,
    string? Notes, Guid? ProgrammeId, int ConcernsRaised, int Version)
{
    public static PolicySessionResponse From(PolicySession s, int concerns) =>
        new(s.Id, s.OrganisationId, s.Topic, s.HeldOn, s.Departments, s.Attendees, s.Venue, s.Notes, s.ProgrammeId, concerns, s.Version);
}

internal sealed record JointMeasureResponse(
    Guid Id, Guid OrganisationId, string Title, string PartnerDepartment, DateOnly IssuedOn, IReadOnlyList<string> Items, string? Notes,
    Guid? ProgrammeId, int Version)
{
    public static JointMeasureResponse From(JointMeasure m) =>
        new(m.Id, m.OrganisationId, m.Title, m.PartnerDepartment, m.IssuedOn, m.Items, m.Notes, m.ProgrammeId, m.Version);
}
