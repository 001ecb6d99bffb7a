using Federation.Kernel.Identity;
using Autofac;
using Federation.Platform.Identity;
using Federation.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Federation.Kernel.Persistence;

namespace Federation.Platform.Organisations;

/// <summary>
/// The organisation tree held in memory: it is small, read on every request to scope queries,
/// and changed rarely, by admins. It is loaded at start-up; the host where an admin changes it
/// reloads it at once, and other hosts sharing the store reload it every minute
/// (<see cref="OrganisationTreeRefresh"/>), so a request only ever reads <see cref="Current"/>.
/// </summary>
internal sealed class OrganisationTree(ILifetimeScope scope, TimeProvider clock, IStoreCapabilities store)
{
    /// <summary>How old the tree may grow before it is read again; alone on its store, this host sees every change.</summary>
    public TimeSpan KeepFor { get; } = store.SharedByHosts ? TimeSpan.FromMinutes(1) : TimeSpan.MaxValue;

    private volatile Snapshot? current;

    /// <summary>The tree as last loaded, without waiting: loaded before the host serves (PlatformStartup).</summary>
    public Snapshot Current => current ?? throw new InvalidOperationException("The organisation tree is loaded at start-up, before the first request.");

    /// <summary>The tree, read again first when it is older than <see cref="KeepFor"/> or not loaded yet.</summary>
    public async Task<Snapshot> Get(CancellationToken ct = default) =>
        current is { } loaded && clock.GetUtcNow() - loaded.LoadedAt < KeepFor ? loaded : await Reload(ct);

    /// <summary>Reads the tree from the store now: after a change, and on shared stores every minute.</summary>
    public async Task<Snapshot> Reload(CancellationToken ct = default)
    {
        // Load as the system: answering "who is acting" for a signed-in request needs this tree, so
        // loading it as the request's user recursed until the stack overflowed.
        await using var inner = scope.BeginSystemScope();
        var db = inner.Resolve<PlatformDbContext>();
        var nodes = await db.Organisations.AsNoTracking()
            .Select(o => new Node(o.Id, o.ParentId, o.Name, o.NameEn, o.Kind, o.Town)).ToListAsync(ct);
        return current = new Snapshot(nodes) { LoadedAt = clock.GetUtcNow() };
    }

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
