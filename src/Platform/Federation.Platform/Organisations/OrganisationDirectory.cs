using Federation.Kernel.Identity;

namespace Federation.Platform.Organisations;

/// <summary>Answers modules' pickers from the in-memory tree, in tree order.</summary>
internal sealed class OrganisationDirectory(OrganisationTree tree) : IOrganisationDirectory
{
    public async Task<IReadOnlyList<OrganisationSummary>> VisibleTo(ICurrentUser user, CancellationToken cancellationToken)
    {
        var snapshot = await tree.Get(cancellationToken);
        var result = new List<OrganisationSummary>();
        void Walk(Guid? parent, int depth)
        {
            foreach (var node in snapshot.Nodes.Where(n => n.ParentId == parent).OrderBy(n => n.Kind).ThenBy(n => n.Name, StringComparer.Ordinal))
            {
                if (user.SeesEverything || user.CanAccess(node.Id)) result.Add(new OrganisationSummary(node.Id, node.Name, node.NameEn, depth));
                Walk(node.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return result;
    }

    public async Task<IReadOnlySet<Guid>> Subtree(Guid organisationId, CancellationToken cancellationToken) =>
        (await tree.Get(cancellationToken)).Subtree(organisationId);
}
