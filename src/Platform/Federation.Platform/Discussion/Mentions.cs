using Federation.Platform.Data;
using Federation.Platform.Identity;
using Federation.Platform.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Discussion;

/// <summary>
/// The people a comment on a record may @mention: enabled users who may open the record themselves,
/// so a mention never shows a record to someone who could not see it.
/// </summary>
internal sealed class Mentions(PlatformDbContext db, Roles roles, OrganisationTree organisations)
{
    internal sealed record Person(Guid Id, string UserName, string DisplayName);

    public async Task<IReadOnlyList<Person>> Who(KnownRecord record, CancellationToken ct)
    {
        var tree = await organisations.Get(ct);
        var users = await db.Users.AsNoTracking().Where(u => !u.Disabled)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.OrganisationId, u.Roles }).ToListAsync(ct);
        return users
            .Where(u => roles.PermissionsOf(u.Roles).Contains(record.ReadPermission) && tree.Subtree(u.OrganisationId).Contains(record.OrganisationId))
            .Select(u => new Person(u.Id, u.UserName, u.DisplayName))
            .OrderBy(p => p.DisplayName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The people the text names as "@显示名" or "@username". Chinese runs on without a space
    /// ("@陈明请跟进"), so a name needs no boundary after it; where two names start at the same
    /// "@" (陈明 and 陈明华), the longer one is meant.
    /// </summary>
    public static IReadOnlyList<Person> Named(string text, IReadOnlyList<Person> people)
    {
        var found = new Dictionary<int, Person>();
        foreach (var person in people)
        foreach (var name in new[] { person.DisplayName, person.UserName }.Distinct())
        {
            for (var at = text.IndexOf('@' + name, StringComparison.Ordinal); at >= 0; at = text.IndexOf('@' + name, at + 1, StringComparison.Ordinal))
            {
                if (!found.TryGetValue(at, out var earlier) || Longest(earlier, text, at) < name.Length)
                    found[at] = person;
            }
        }
        return found.Values.DistinctBy(p => p.Id).ToList();
    }

    private static int Longest(Person person, string text, int at) =>
        new[] { person.DisplayName, person.UserName }.Where(n => string.CompareOrdinal(text, at + 1, n, 0, n.Length) == 0).Max(n => n.Length);
}
