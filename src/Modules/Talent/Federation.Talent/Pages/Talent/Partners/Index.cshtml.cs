using System.Globalization;
using Federation.Kernel.Geography;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Talent.Data;
using Federation.Talent.Partners;
using Federation.Talent.Resources;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Talent.Pages.Talent.Partners;

[RequirePermission(TalentModule.Read)]
internal sealed class IndexModel(TalentDbContext db, ICurrentUser user, IOrganisationDirectory directory)
    : ListPageModel<PartnerBaseResponse>(directory, user)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public bool CanWrite => CurrentUser.HasPermission(TalentModule.Write);

    public override Guid? RowId(PartnerBaseResponse row) => row.Id;

    protected override async Task<PagedList<PartnerBaseResponse>> Read(int? page, int size, CancellationToken ct) =>
        (await PartnerBaseEndpoints.List(new PartnerBaseEndpoints.ListQuery(Year, null, null, page, size), db, CurrentUser, ct)).Value!;

    protected override string ExportName => TalentText.Get("PartnerBases");

    /// <summary>With the partner's country or region.</summary>
    protected override IEnumerable<ExportColumn<PartnerBaseResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations)
    {
        var culture = CultureInfo.CurrentUICulture;
        return
        [
            new(TalentText.Get("EstablishedOn"), p => p.EstablishedOn),
            new(TalentText.Get("BaseName"), p => p.Name),
            new(TalentText.Get("Kind"), p => TalentText.Of(p.Kind)),
            new(TalentText.Get("PartnerOrganisation"), p => p.PartnerOrganisation),
            new(TalentText.Get("PartnerCountry"), p => p.PartnerCountryOrRegion is { } c ? CountryOrRegion.Find(c)?.Name(culture) ?? c : null),
            new(TalentText.Get("Town"), p => p.Town),
            new(TalentText.Get("Notes"), p => p.Notes),
            new(TalentText.Get("Organisation"), p => organisations.GetValueOrDefault(p.OrganisationId)),
        ];
    }
}
