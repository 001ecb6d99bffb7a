using System.Globalization;
using Federation.Kernel.Geography;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.PersonalData;
using Federation.Kernel.Web;
using Federation.Talent.Data;
using Federation.Talent.Resources;
using Federation.Talent.Talents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Federation.Talent.Pages.Talent.Talents;

[RequirePermission(TalentModule.Read)]
internal sealed class IndexModel(TalentDbContext db, ICurrentUser user, IOrganisationDirectory directory)
    : ListPageModel<TalentResponse>(directory, user)
{
    private Dictionary<Guid, string> eventTitles = [];

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Degree { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public bool CanWrite => CurrentUser.HasPermission(TalentModule.Write);

    protected override IReadOnlyCollection<string> SortKeys => TalentEndpoints.Sorts.Keys;
    public override Guid? RowId(TalentResponse row) => row.Id;

    // The list shows no contacts; a workbook has them masked unless the reader exports them in full with a reason.
    protected override Task<PagedList<TalentResponse>> Read(int? page, int size, CancellationToken ct) =>
        TalentEndpoints.ListAs(new TalentEndpoints.ListQuery(Q, Degree, Status, null, null, page, size, Sort), db, CurrentUser, ExportsInFull, ct);

    protected override PersonalRecordType PersonalData => TalentPersonalData.Type;

    protected override PersonalDataSubject? SubjectOf(TalentResponse t) =>
        t.ConsentToContact && t.Contact is not null ? new(t.Id, t.DisplayName, t.OrganisationId) : null;

    protected override async Task PrepareExport(IReadOnlyList<TalentResponse> rows, CancellationToken ct)
    {
        var eventIds = rows.Where(t => t.MetAtEventId is not null).Select(t => t.MetAtEventId!.Value).Distinct().ToList();
        eventTitles = await db.Events.AsNoTracking().VisibleTo(CurrentUser).Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Title, ct);
    }

    protected override string ExportName => TalentText.Get("Talents");

    /// <summary>With contact, consent and where the talent was met.</summary>
    protected override IEnumerable<ExportColumn<TalentResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations)
    {
        var culture = CultureInfo.CurrentUICulture;
        return
        [
            new(TalentText.Get("Name"), t => t.DisplayName),
            new(TalentText.Get("NameZh"), t => t.NameZh),
            new(TalentText.Get("NameForeign"), t => t.NameForeign),
            new(TalentText.Get("Degree"), t => TalentText.Of(t.Degree)),
            new(TalentText.Get("Field"), t => t.Field),
            new(TalentText.Get("Institution"), t => t.Institution),
            new(TalentText.Get("StudyCountry"), t => CountryOrRegion.Find(t.CountryOrRegion)?.Name(culture) ?? t.CountryOrRegion),
            new(TalentText.Get("Status"), t => TalentText.Of(t.Status)),
            // A contact leaves the system in a spreadsheet only when the talent agreed to be contacted, and
            // then masked unless exported in full with a reason.
            new(TalentText.Get("Contact"), t => t.ConsentToContact ? t.Contact : null),
            new(TalentText.Get("Consent"), t => TalentText.Get(t.ConsentToContact ? "Yes" : "No")),
            new(TalentText.Get("ConsentRecordedOn"), t => t.ConsentRecordedOn),
            new(TalentText.Get("HowMet"), t => t.HowMet),
            new(TalentText.Get("MetAtEvent"), t => t.MetAtEventId is { } id ? eventTitles.GetValueOrDefault(id) : null),
            new(TalentText.Get("Notes"), t => t.Notes),
            new(TalentText.Get("Organisation"), t => organisations.GetValueOrDefault(t.OrganisationId)),
        ];
    }
}
