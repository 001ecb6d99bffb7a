using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.RightsProtection.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Federation.RightsProtection.Registry;

/// <summary>The registered enterprises a case may name, from this module's copy of the registry.</summary>
internal static class EnterpriseChoices
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/enterprises", List).WithTags("Rights cases").RequirePermission(RightsProtectionModule.Read)
            .Describe("rightsEnterprisesList", "List enterprises to link",
                "The enterprise registry as the rights-protection work line knows it, for linking a case to an enterprise.");

    internal sealed record EnterpriseChoice(Guid Id, string Name, string CreditCode, string Town);

    internal static async Task<Ok<List<EnterpriseChoice>>> List(string? q, RightsDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var rows = db.Enterprises.AsNoTracking().Where(e => !e.Removed && e.Active);
        if (!user.SeesEverything)
        {
            var visible = user.VisibleOrganisationIds.ToList();
            rows = rows.Where(e => visible.Contains(e.OrganisationId));
        }
        if (!string.IsNullOrWhiteSpace(q)) rows = rows.Where(e => e.Name.Contains(q) || e.CreditCode == q);
        var choices = await rows.OrderBy(e => e.Name).Take(500).Select(e => new EnterpriseChoice(e.Id, e.Name, e.CreditCode, e.Town)).ToListAsync(ct);
        return TypedResults.Ok(choices);
    }
}
