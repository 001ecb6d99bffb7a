using Federation.Host.Composition;
using Autofac;
using Federation.Host.Identity;
using Federation.Host.Platform;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Organisations;

/// <summary>
/// The organisation tree held in memory: it is small, read on every request to scope queries,
/// and changed rarely, by admins. The host where an admin changes it reloads it at once; other
/// hosts sharing the store reload it when their copy is a minute old.
/// </summary>
internal sealed class OrganisationTree(ILifetimeScope scope, TimeProvider clock, Persistence.IStore store)
{
    // Alone on its store, this host sees every change to the tree and needs no reload.
    private readonly TimeSpan keepFor = store.SharedByHosts ? TimeSpan.FromMinutes(1) : TimeSpan.MaxValue;

    private volatile Snapshot? current;

    public async Task<Snapshot> Get(CancellationToken ct = default)
    {
        if (current is { } loaded && clock.GetUtcNow() - loaded.LoadedAt < keepFor) return loaded;
        // Load as the system: answering "who is acting" for a signed-in request needs this tree, so
        // loading it as the request's user recursed until the stack overflowed.
        await using var inner = scope.BeginSystemScope();
        var db = inner.Resolve<PlatformDbContext>();
        var nodes = await db.Organisations.AsNoTracking()
            .Select(o => new Node(o.Id, o.ParentId, o.Name, o.NameEn, o.Kind, o.Town)).ToListAsync(ct);
        return current = new Snapshot(nodes) { LoadedAt = clock.GetUtcNow() };
    }

    public void Invalidate() => current = null;

    internal sealed record Node(Guid Id, Guid? ParentId, string Name, string? NameEn, OrganisationKind Kind, string? Town);

    internal sealed class Snapshot
    {
        private readonly Dictionary<Guid, Node> byId;
        private readonly ILookup<Guid?, Node> children;

        public Snapshot(IReadOnlyList<Node> nodes)
        {
            byId = nodes.ToDictionary(n => n.Id);
            children = nodes.ToLookup(n => n.ParentId);
            Nodes = nodes;
        }

        public IReadOnlyList<Node> Nodes { get; }

        public DateTimeOffset LoadedAt { get; init; }

        public Node? Find(Guid id) => byId.GetValueOrDefault(id);

        public bool IsRoot(Guid id) => byId.TryGetValue(id, out var node) && node.ParentId is null;

        /// <summary>The organisation and everything beneath it.</summary>
        public IReadOnlySet<Guid> Subtree(Guid id)
        {
            var result = new HashSet<Guid>();
            var pending = new Stack<Guid>([id]);
            while (pending.TryPop(out var next))
                if (byId.ContainsKey(next) && result.Add(next))
                    foreach (var child in children[next]) pending.Push(child.Id);
            return result;
        }

        /// <summary>Whether making <paramref name="parent"/> the parent of <paramref name="id"/> would close a loop.</summary>
        public bool WouldCycle(Guid id, Guid parent) => Subtree(id).Contains(parent);
    }
}
