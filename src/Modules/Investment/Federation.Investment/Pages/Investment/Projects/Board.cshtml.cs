using System.Globalization;
using Federation.Investment.Data;
using Federation.Investment.Projects;
using Federation.Investment.Resources;
using Federation.Kernel.Geography;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Time;
using Federation.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Investment.Pages.Investment.Projects;

/// <summary>The ledger as a board (项目看板): a column per stage under the ledger's filters, cards moved through the stage endpoint.</summary>
[RequirePermission(InvestmentModule.Read)]
internal sealed class BoardModel(InvestmentDbContext db, ICurrentUser user, TimeProvider clock, IOrganisationDirectory directory, IPlaceDirectory places)
    : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Town { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? OrganisationId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? EventId { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public Board? Board { get; private set; }
    public ProjectBoardResponse? Projects { get; private set; }
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture;
        Organisations = await directory.VisibleTo(user, ct);
        if (!await this.Try("", async () => Projects = (await ProjectBoard.Read(new ProjectLedger.Filter(Year, Town, OrganisationId, EventId, Overdue, Q),
                db, user, clock, places, ct)).Value))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var names = Organisations.ToDictionary(o => o.Id, o => o.For(culture));
        var towns = await places.Towns(ct);
        Board = new Board(InvestmentText.Get("Board"),
            Projects!.Columns.Select(c => new BoardColumn(ProjectPipeline.Key(c.Stage), InvestmentText.Of(c.Stage), c.Count,
                c.Count == 0 ? null : Display.Yuan(c.AmountYuan, c.AmountQualifier),
                c.Cards.Select(p => new BoardCard(p.Id, p.Name, $"/investment/projects/{p.Id}", p.Version, p.DaysInStage,
                [
                    new(InvestmentText.Get("Investor"), Display.Disclosed(p.InvestorName), "investor") { IsUserText = p.InvestorName is not null },
                    new(InvestmentText.Get("Amount"), Display.Yuan(p.AmountYuan, p.AmountQualifier, p.AmountUpToYuan), "amount"),
                    TownLine(towns, p.Town, culture),
                    new(InvestmentText.Get("Organisation"), names.GetValueOrDefault(p.OrganisationId) ?? "—", "organisation"),
                ])).ToList())).ToList(),
            user.HasPermission(InvestmentModule.Write) ? "/api/investment/projects/{id}/stage" : null,
            ChinaCalendar.Today(clock));
        return Page();
    }

    /// <summary>The card's town by the reader's language's name, as the filter offers it; one kept as typed is the user's.</summary>
    private static BoardCardLine TownLine(IReadOnlyList<TownPlace> towns, string? town, CultureInfo culture)
    {
        if (town is null) return new(InvestmentText.Get("Town"), "—", "town");
        var (text, known) = TownNames.Of(towns, town, culture);
        return new(InvestmentText.Get("Town"), text, "town") { IsUserText = !known };
    }
}
