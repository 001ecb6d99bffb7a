using Federation.Enterprises.Data;
using Federation.Enterprises.Registry;
using Federation.Enterprises.Timeline;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Enterprises.Pages.Enterprises.Registry;

/// <summary>One enterprise: who it is, and everything the federation's work lines did with it, newest first.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class TimelineModel(EnterprisesDbContext db, ICurrentUser user, EnterpriseTimeline timeline, Federation.Kernel.PersonalData.IPersonalDataLog log) : PageModel
{
    public EnterpriseResponse? Enterprise { get; private set; }
    public IReadOnlyList<TimelineItem> Items { get; private set; } = [];
    public bool CanWrite => user.HasPermission(EnterprisesModule.Write);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if ((await EnterpriseEndpoints.Timeline(id, db, user, timeline, log, ct)).Result
            is not Ok<EnterpriseEndpoints.TimelineResponse> { Value: { } found }) return NotFound();
        Enterprise = found.Enterprise;
        Items = found.Items;
        return Page();
    }
}
