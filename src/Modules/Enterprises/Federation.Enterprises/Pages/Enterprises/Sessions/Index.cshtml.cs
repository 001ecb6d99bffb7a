using Federation.Enterprises.Data;
using Federation.Enterprises.Resources;
using Federation.Enterprises.Sessions;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Enterprises.Pages.Enterprises.Sessions;

/// <summary>The policy sessions with government departments, newest first, with the concerns raised at each.</summary>
[RequirePermission(EnterprisesModule.Read)]
internal sealed class IndexModel(EnterprisesDbContext db, ICurrentUser user, IOrganisationDirectory directory)
    : ListPageModel<PolicySessionResponse>(directory, user)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }

    public bool CanWrite => CurrentUser.HasPermission(EnterprisesModule.Write);

    public override Guid? RowId(PolicySessionResponse row) => row.Id;

    protected override async Task<PagedList<PolicySessionResponse>> Read(int? page, int size, CancellationToken ct) =>
        (await PolicySessionEndpoints.List(new PolicySessionEndpoints.ListQuery(Year, Department, null, page, size), db, CurrentUser, ct)).Value!;

    protected override string ExportName => EnterpriseText.Get("PolicySessions");

    protected override IEnumerable<ExportColumn<PolicySessionResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations) =>
    [
        new(EnterpriseText.Get("HeldOn"), s => s.HeldOn),
        new(EnterpriseText.Get("Topic"), s => s.Topic),
        new(EnterpriseText.Get("Departments"), s => s.Departments),
        new(EnterpriseText.Get("Attendees"), s => s.Attendees),
        new(EnterpriseText.Get("Venue"), s => s.Venue),
        new(EnterpriseText.Get("ConcernsRaised"), s => s.ConcernsRaised),
        new(EnterpriseText.Get("Organisation"), s => organisations.GetValueOrDefault(s.OrganisationId)),
    ];
}
