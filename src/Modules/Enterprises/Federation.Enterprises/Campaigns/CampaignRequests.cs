using Federation.Kernel.Resources;
using Federation.Kernel.Validation;
using FluentValidation;

namespace Federation.Enterprises.Campaigns;

internal sealed record CampaignRequest(
    string? Name,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    int? TargetEnterprises,
    Guid? ProgrammeId,
    string? Notes,
    Guid? OrganisationId,
    int? Version);

internal sealed record AssignRequest(Guid? EnterpriseId, Guid? LeaderUserId, int? Version);

internal sealed class CampaignRequestValidator : AbstractValidator<CampaignRequest>
{
    public CampaignRequestValidator()
    {
        RuleFor(r => r.Name).RequiredText(200);
        RuleFor(r => r.StartsOn).Known().PlausibleDate();
        RuleFor(r => r.EndsOn).Known().PlausibleDate()
            .GreaterThanOrEqualTo(r => r.StartsOn).When(r => r.StartsOn is not null, ApplyConditionTo.CurrentValidator).WithMessage(_ => Text.Get("EndBeforeStart"));
        RuleFor(r => r.TargetEnterprises).Known().Between(1, 100_000);
        RuleFor(r => r.Notes).OptionalText(4000);
        RuleFor(r => r.Version).GreaterThan(0).When(r => r.Version is not null);
    }
}

internal sealed class AssignRequestValidator : AbstractValidator<AssignRequest>
{
    public AssignRequestValidator()
    {
        RuleFor(r => r.EnterpriseId).NotEmpty().WithMessage(_ => Text.Get("RequiredField"));
        RuleFor(r => r.LeaderUserId).NotEmpty().WithMessage(_ => Text.Get("RequiredField"));
        RuleFor(r => r.Version).VersionSent();
    }
}

/// <summary>A leadership member's share of a campaign: how many enterprises, how many visited.</summary>
internal sealed record LeaderProgress(Guid LeaderUserId, string LeaderName, int Assigned, int Visited);

internal sealed record AssignmentResponse(Guid Id, Guid EnterpriseId, string EnterpriseName, Guid LeaderUserId, string LeaderName, DateOnly? VisitedOn);

internal sealed record CampaignResponse(
    Guid Id,
    Guid OrganisationId,
    string Name,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int TargetEnterprises,
    Guid? ProgrammeId,
    string? Notes,
    int Assigned,
    int Visited,
    decimal Coverage,
    IReadOnlyList<LeaderProgress> Leaders,
    IReadOnlyList<AssignmentResponse> Assignments,
    int Version)
{
    public static CampaignResponse From(Campaign c)
    {
        var visited = c.Assignments.Count(a => a.VisitedOn is not null);
        return new(c.Id, c.OrganisationId, c.Name, c.StartsOn, c.EndsOn, c.TargetEnterprises, c.ProgrammeId, c.Notes,
            c.Assignments.Count, visited, c.TargetEnterprises == 0 ? 0 : Math.Round((decimal)visited / c.TargetEnterprises, 4),
            c.Assignments.GroupBy(a => a.LeaderUserId)
                .Select(g => new LeaderProgress(g.Key, g.First().LeaderName, g.Count(), g.Count(a => a.VisitedOn is not null)))
                .OrderBy(l => l.LeaderName, StringComparer.Ordinal).ToList(),
            c.Assignments.OrderBy(a => a.LeaderName, StringComparer.Ordinal).ThenBy(a => a.EnterpriseName, StringComparer.Ordinal)
                .Select(a => new AssignmentResponse(a.Id, a.EnterpriseId, a.EnterpriseName, a.LeaderUserId, a.LeaderName, a.VisitedOn)).ToList(),
            c.Version);
    }
}
