using Microsoft.EntityFrameworkCore;

namespace Federation.Scorecard.Facts;

/// <summary>
/// The one rule every fact follows: a state replaces the stored one only if its version is higher,
/// so late and repeated deliveries change nothing; a removal leaves a tombstone that keeps an older
/// event arriving afterwards from bringing the record back.
/// </summary>
internal static class VersionedFacts
{
    /// <summary>The fact to update to <paramref name="version"/>, created if new; null when the stored one is as new or newer.</summary>
    public static async Task<T?> Newer<T>(DbSet<T> facts, Guid id, Guid organisationId, int version, Func<T> create, CancellationToken ct)
        where T : class, IFact
    {
        var fact = await facts.FindAsync([id], ct);
        if (fact is not null && fact.Version >= version) return null;
        if (fact is null) facts.Add(fact = create());
        fact.OrganisationId = organisationId;
        fact.Version = version;
        return fact;
    }

    public static async Task Remove<T>(DbSet<T> facts, Guid id, Guid organisationId, int version, Func<T> create, CancellationToken ct)
        where T : class, IFact
    {
        if (await Newer(facts, id, organisationId, version, create, ct) is { } fact) fact.Removed = true;
    }
}
