using Federation.Kernel.Geography;
using Federation.Investment.Contracts;
using Federation.Investment.Data;
using Federation.Investment.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Imports;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;

namespace Federation.Investment.Projects;

/// <summary>
/// The project ledger (项目台账) from a spreadsheet. A row is a project, known by its name and
/// investor; its stage is reached through the same enter and advance use cases as by hand, so a
/// project entered at 投产 passes 签约 and 动工 (on their dates when the ledger has them) and the
/// scorecard counts its signing. A known project is corrected and advanced, never added twice.
/// </summary>
internal sealed class ProjectImport(
    InvestmentDbContext db, ICurrentUser user, TimeProvider clock, IProgrammeCatalogue programmes, IOrganisationDirectory directory, IPlaceDirectory places,
    IValidator<ProjectRequest> newProjects, IValidator<ProjectCorrection> corrections) : ILedgerImport
{
    private IReadOnlyList<OrganisationSummary>? organisations;

    // The projects the current group's keys match, read in one query by Prepare; a key an earlier
    // row of the group has written is looked up again, since the row changed what was read.
    private Dictionary<(string Name, string? Investor), Project>? known;
    private readonly HashSet<(string Name, string? Investor)> written = [];

    public string Name => "investment-projects";
    public LocalizedText Title { get; } = Bilingual.Of(() => InvestmentText.Get("Ledger"));
    public string Permission => InvestmentModule.Write;
    public Type ContextType => typeof(InvestmentDbContext);

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        ImportColumn.Of("name", () => InvestmentText.Get("ProjectName"), true, "智能装备产业园项目"),
        ImportColumn.Of("investor", () => InvestmentText.Get("Investor"), false, "香港某某集团有限公司", "investorName"),
        ImportColumn.Of("investorKind", () => InvestmentText.Get("InvestorKind"), false, "机构"),
        ImportColumn.Of("country", () => InvestmentText.Get("InvestorCountry"), false, "中国香港", "investorCountryOrRegion"),
        ImportColumn.Of("industry", () => InvestmentText.Get("Industry"), false, "先进制造"),
        ImportColumn.Yuan("amount", () => InvestmentText.Get("Amount"), false, "500000000", "amountYuan"),
        ImportColumn.Of("town", () => InvestmentText.Get("Town"), true, "火炬开发区"),
        ImportColumn.Of("stage", () => InvestmentText.Get("Stage"), true, "签约"),
        ImportColumn.Of("stageDate", () => InvestmentText.Get("StageDate"), true, "2023-02-15", "stageDate", "date"),
        ImportColumn.Of("signedOn", () => InvestmentText.Get("Import.SignedOn"), false, ""),
        ImportColumn.Of("groundbreakingOn", () => InvestmentText.Get("Import.GroundbreakingOn"), false, ""),
        ImportColumn.Of("responsibleStaff", () => InvestmentText.Get("ResponsibleStaff"), false, "陈明"),
        ImportColumn.Of("organisation", () => InvestmentText.Get("Organisation"), false, "", "organisationId"),
    ];

    public string? Key(ImportRow row) =>
        row.Text("name") is { } name && row.Text("investor") is { } investor ? $"{name} / {investor}" : null;

    public async Task Prepare(IReadOnlyList<ImportRow> rows, CancellationToken ct)
    {
        written.Clear();
        var names = rows.Select(r => r.Text("name")).OfType<string>().Distinct().ToList();
        // One indexed read (name leads the name-and-investor index) for the whole group.
        var projects = await db.Projects.VisibleTo(user).AsNoTracking().Where(p => names.Contains(p.Name)).ToListAsync(ct);
        known = projects.GroupBy(p => (p.Name, p.InvestorName)).ToDictionary(g => g.Key, g => g.First());
    }

    public async Task<ImportOutcome> Import(ImportRow row, CancellationToken ct)
    {
        organisations ??= await directory.VisibleTo(user, ct);
        var stage = row.Choice<ProjectStage>("stage", InvestmentText.Of);
        var date = row.Date("stageDate");
        var signedOn = row.Date("signedOn");
        var groundbreakingOn = row.Date("groundbreakingOn");
        var kind = row.Choice<InvestorKind>("investorKind", InvestmentText.Of);
        var organisation = row.Organisation("organisation", organisations);
        var amount = row.Decimal("amount");
        var country = row.CountryOrRegion("country");
        if (stage is null && row.Text("stage") is null) row.Problem("stage", Kernel.Resources.Text.Get("Required"));
        if (date is null && row.Text("stageDate") is null) row.Problem("stageDate", Kernel.Resources.Text.Get("Required"));
        row.ThrowIfProblems();

        var name = row.Text("name")?.Trim();
        var investor = row.Text("investor")?.Trim();
        var steps = Path(stage!.Value, date!.Value, signedOn, groundbreakingOn);
        // An investor not disclosed is part of the key too: the row finds the project entered without one.
        var existing = name is null ? null : await Existing(name, investor, ct);
        // "石岐街道" in the file is the town 石岐: an unknown name is the row's problem, reported by the dry run.
        var (town, _) = await places.Canonical(row.Text("town"), null, ct);

        if (existing is null)
        {
            var request = new ProjectRequest(name, investor, kind, country, row.Text("industry"), amount, town, null,
                row.Text("responsibleStaff"), steps[0].Stage, steps[0].Date, organisation);
            await row.Validate(newProjects, request, ct);
            var entered = (await ProjectEndpoints.Enter(request, db, user, clock, programmes, places, ct)).Value!;
            await AdvanceThrough(entered.Id, entered.Version, steps.Skip(1), ct);
            return ImportOutcome.Added;
        }

        if (organisation is not null && organisation != existing.OrganisationId)
            throw new RuleViolationException("organisationId", InvestmentText.Get("Import.OwnerFixed"));
        var correction = new ProjectCorrection(name, investor, kind ?? existing.InvestorKind, country, row.Text("industry"), amount,
            town, existing.EventId, row.Text("responsibleStaff"), existing.Version, existing.ProgrammeId,
            existing.AmountQualifier, existing.AmountUpToFen / 100m, existing.Area);
        await row.Validate(corrections, correction, ct);
        var changed = Differs(existing, correction);
        var version = existing.Version;
        if (changed) version = Ok(await ProjectEndpoints.Correct(existing.Id, correction, db, user, clock, programmes, places, ct)).Version;

        if (existing.Stage == stage)
        {
            if (existing.StageDate != date)
                throw new RuleViolationException("stageDate", InvestmentText.Format("Import.StageDateFixed", existing.StageDate.ToString("yyyy-MM-dd")));
            return changed ? ImportOutcome.Updated : ImportOutcome.Unchanged;
        }
        // Only the stages after the recorded one are left to reach; a row behind the ledger asks
        // the use case for its own stage, and its refusal says which stages may follow.
        var remaining = steps.Where(s => s.Stage > existing.Stage).ToList();
        await AdvanceThrough(existing.Id, version, remaining.Count > 0 ? remaining : [(stage!.Value, date!.Value)], ct);
        return ImportOutcome.Updated;
    }

    private async Task<Project?> Existing(string name, string? investor, CancellationToken ct)
    {
        // Marked before the row writes: a refused row's savepoint is rolled back, and the next row
        // of the same key then reads what is really there.
        if (known is null || !written.Add((name, investor)))
            return await db.Projects.VisibleTo(user).AsNoTracking().FirstOrDefaultAsync(p => p.Name == name && p.InvestorName == investor, ct);
        return known.GetValueOrDefault((name, investor));
    }

    /// <summary>The stages a project passes to reach the row's stage, with their dates.</summary>
    private static List<(ProjectStage Stage, DateOnly Date)> Path(ProjectStage stage, DateOnly date, DateOnly? signedOn, DateOnly? groundbreakingOn) => stage switch
    {
        ProjectStage.Groundbreaking => [(ProjectStage.Signed, signedOn ?? date), (stage, date)],
        ProjectStage.InProduction => [(ProjectStage.Signed, signedOn ?? groundbreakingOn ?? date), (ProjectStage.Groundbreaking, groundbreakingOn ?? date), (stage, date)],
        ProjectStage.Dropped when signedOn is not null => [(ProjectStage.Signed, signedOn.Value), (stage, date)],
        ProjectStage.Dropped => [(ProjectStage.Intent, date), (stage, date)],
        _ => [(stage, date)],
    };

    /// <summary>Advances the project step by step, each at the version the step before answered, as a user's next request would.</summary>
    private async Task AdvanceThrough(Guid id, int version, IEnumerable<(ProjectStage Stage, DateOnly Date)> steps, CancellationToken ct)
    {
        foreach (var (stage, date) in steps)
        {
            db.ChangeTracker.Clear();
            version = Ok(await ProjectEndpoints.Advance(id, new AdvanceRequest(stage, date, version), db, user, clock, ct)).Version;
        }
    }

    private static bool Differs(Project p, ProjectCorrection c) =>
        p.Name != c.Name!.Trim() || p.InvestorName != Disclosed(c.InvestorName) || p.InvestorKind != c.InvestorKind
        || p.InvestorCountryOrRegion != c.InvestorCountryOrRegion || p.Industry != Disclosed(c.Industry)
        || p.AmountFen != (c.AmountYuan is { } yuan ? Kernel.Money.Money.FromYuan(yuan).Fen : null) || p.Town != c.Town!.Trim()
        || p.ResponsibleStaff != c.ResponsibleStaff?.Trim();

    private static string? Disclosed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ProjectResponse Ok(Results<Ok<ProjectResponse>, NotFound> result) => result.Result is Ok<ProjectResponse> { Value: { } project }
        ? project
        : throw new RequestRejectedException("name", InvestmentText.Get("Import.ProjectGone"));
}
