using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Kernel.Identity;
using Federation.Kernel.Imports;
using Microsoft.EntityFrameworkCore;

namespace Federation.Enterprises.Registry;

/// <summary>
/// Finds the registered enterprise a ledger row names. Ledgers name enterprises the way people
/// write them: by credit code, by today's name, or by a name it has since dropped (an old visit
/// ledger), so a name is looked up among current names first and former names after.
/// </summary>
internal static class RegistryLookup
{
    /// <summary>The optional column a visit or concern ledger may give the enterprise's credit code in.</summary>
    public const string CodeColumn = "creditCode";

    /// <summary>A code as the registry stores it: capitals without spaces, as the registry form writes it.</summary>
    public static string? Code(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>The visible enterprises called <paramref name="name"/> now, or else once.</summary>
    public static async Task<List<Enterprise>> Named(EnterprisesDbContext db, ICurrentUser user, string name, CancellationToken ct)
    {
        var visible = db.Enterprises.AsNoTracking().VisibleTo(user);
        var current = await visible.Where(e => e.Name == name).ToListAsync(ct);
        return current.Count > 0 ? current : await visible.Where(e => e.FormerNames.Contains(name)).ToListAsync(ct);
    }

    /// <summary>
    /// The enterprise of the row's credit-code column, or else of <paramref name="column"/> (a name
    /// or a code); null, with the problem noted on the column that named it, when none or several match.
    /// </summary>
    public static async Task<Enterprise?> Find(EnterprisesDbContext db, ICurrentUser user, ImportRow row, string column, CancellationToken ct)
    {
        var (named, text) = row.Text(CodeColumn) is { } code ? (CodeColumn, code) : (column, row.Text(column));
        if (text is null)
        {
            row.Problem(column, Kernel.Resources.Text.Get("Required"));
            return null;
        }
        if (named == CodeColumn || Kernel.Registry.CreditCode.IsValid(Code(text)))
        {
            var wanted = Code(text);
            var holder = await db.Enterprises.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(e => e.CreditCode == wanted, ct);
            if (holder is null) row.Problem(named, EnterpriseText.Format("Import.UnknownEnterprise", text));
            return holder;
        }
        var matches = await Named(db, user, text, ct);
        if (matches.Count == 1) return matches[0];
        row.Problem(named, EnterpriseText.Format(matches.Count == 0 ? "Import.UnknownEnterprise" : "Import.AmbiguousEnterprise", text));
        return null;
    }
}
