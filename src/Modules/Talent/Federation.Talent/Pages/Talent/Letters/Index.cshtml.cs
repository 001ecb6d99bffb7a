using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Web;
using Federation.Talent.Data;
using Federation.Talent.Letters;
using Federation.Talent.Resources;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Talent.Pages.Talent.Letters;

/// <summary>The letters of intent; letters are signed and withdrawn on the talent's page.</summary>
[RequirePermission(TalentModule.Read)]
internal sealed class IndexModel(TalentDbContext db, ICurrentUser user, IOrganisationDirectory directory)
    : ListPageModel<LetterResponse>(directory, user)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Degree { get; set; }

    protected override IReadOnlyCollection<string> SortKeys => LetterEndpoints.Sorts.Keys;
    public override Guid? RowId(LetterResponse row) => row.Id;

    protected override async Task<PagedList<LetterResponse>> Read(int? page, int size, CancellationToken ct) =>
        (await LetterEndpoints.List(new LetterEndpoints.ListQuery(Year, Degree, null, null, null, null, page, size, Sort), db, CurrentUser, ct)).Value!;

    protected override string ExportName => TalentText.Get("Letters");

    /// <summary>Withdrawn letters with the date and reason.</summary>
    protected override IEnumerable<ExportColumn<LetterResponse>> ExportColumns(IReadOnlyDictionary<Guid, string> organisations) =>
    [
        new(TalentText.Get("SignedOn"), l => l.SignedOn),
        new(TalentText.Get("Name"), l => l.TalentName),
        new(TalentText.Get("Degree"), l => TalentText.Of(l.Degree)),
        new(TalentText.Get("Employer"), l => l.EmployerName),
        new(TalentText.Get("EmployerCreditCode"), l => l.EmployerCreditCode),
        new(TalentText.Get("Town"), l => l.Town),
        new(TalentText.Get("Status"), l => TalentText.Get(l.Active ? "Active" : "Withdrawn")),
        new(TalentText.Get("WithdrawOn"), l => l.WithdrawnOn),
        new(TalentText.Get("WithdrawnReason"), l => l.WithdrawnReason),
        new(TalentText.Get("Organisation"), l => organisations.GetValueOrDefault(l.OrganisationId)),
    ];
}
