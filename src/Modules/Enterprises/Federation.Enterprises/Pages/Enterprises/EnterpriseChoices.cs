using Federation.Enterprises.Data;
using Federation.Kernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace Federation.Enterprises.Pages.Enterprises;

/// <summary>An enterprise as a picker offers it.</summary>
internal sealed record EnterpriseChoice(Guid Id, string Name, string Town);

/// <summary>The registry's enterprises for the pickers on the visit and campaign pages.</summary>
internal static class EnterpriseChoices
{
    /// <summary>The most a picker offers; the registry search page finds the rest.</summary>
    public const int Limit = 500;

    /// <summary>The enterprises the user may see, by name, with <paramref name="include"/> always among them.</summary>
    public static async Task<IReadOnlyList<EnterpriseChoice>> VisibleTo(EnterprisesDbContext db, ICurrentUser user, Guid? include, CancellationToken ct)
    {
        var visible = db.Enterprises.AsNoTracking().VisibleTo(user);
        var choices = await visible.OrderBy(e => e.Name).ThenBy(e => e.Id).Take(Limit)
            .Select(e => new EnterpriseChoice(e.Id, e.Name, e.Town)).ToListAsync(ct);
        if (include is { } id && choices.All(c => c.Id != id))
            choices.AddRange(await visible.Where(e => e.Id == id).Select(e => new EnterpriseChoice(e.Id, e.Name, e.Town)).ToListAsync(ct));
        return choices;
    }
}
