using Federation.Kernel.Http;
using Federation.Kernel.Identity;

namespace Federation.Scorecard.Figures;

/// <summary>Which organisations a reader's figures count: everything they may see, one organisation, or one with its branches.</summary>
internal sealed class ReadingScope(ICurrentUser reader, IOrganisationDirectory directory)
{
    /// <summary>The organisations to count, or null for "no filter" (a root reader asking for everything).</summary>
    public async Task<IReadOnlySet<Guid>?> Of(Guid? organisationId, bool includeBranches, CancellationToken ct)
    {
        if (organisationId is null)
            return reader.SeesEverything ? null : reader.VisibleOrganisationIds.ToHashSet();
        if (!reader.CanAccess(organisationId.Value)) throw new OrganisationAccessDeniedException("organisationId");
        return includeBranches ? await directory.Subtree(organisationId.Value, ct) : new HashSet<Guid> { organisationId.Value };
    }
}
