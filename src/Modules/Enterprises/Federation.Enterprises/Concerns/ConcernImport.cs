using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Enterprises.Registry;
using Federation.Enterprises.Resources;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Imports;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Departments;

namespace Federation.Enterprises.Concerns;

/// <summary>
/// Concerns (诉求) from a spreadsheet. A row is a concern, known by its enterprise, the day it was
/// raised and its wording. It is raised through the raise use case (at the enterprise's visit that
/// day, when there is exactly one) and then moved by the same steps as by hand: referred to the
/// department the row names, then resolved or closed unresolved on the settled day with the
/// outcome as its note. A row can only move a concern forward: a settled concern is neither
/// reopened nor re-dated by a spreadsheet, since those steps need a reason the ledger does not give.
/// </summary>
internal sealed class ConcernImport(
    EnterprisesDbContext db, ICurrentUser user, TimeProvider clock, IProgrammeCatalogue programmes, IOrganisationDirectory directory,
    IValidator<ConcernRequest> concerns, IValidator<StepRequest> steps, IDepartmentDirectory departments) : ILedgerImport
{
    private IReadOnlyList<OrganisationSummary>? organisations;

    public string Name => "enterprise-concerns";
    public LocalizedText Title { get; } = Bilingual.Of(() => EnterpriseText.Get("ConcernQueue"));
    public string Permission => EnterprisesModule.Write;
    public Type ContextType => typeof(EnterprisesDbContext);

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        ImportColumn.Of("category", () => EnterpriseText.Get("Category"), true, "税收"),
        ImportColumn.Of("description", () => EnterpriseText.Get("Description"), true, "出口退税办理周期较长，影响资金周转"),
        ImportColumn.Of("enterprise", () => EnterpriseText.Get("Enterprise"), true, "中山市侨丰电器有限公司", "enterpriseId", "visitId"),
        ImportColumn.Of(RegistryLookup.CodeColumn, () => EnterpriseText.Get("CreditCode"), false, ""),
        ImportColumn.Of("raisedOn", () => EnterpriseText.Get("RaisedOn"), true, "2023-03-01"),
        ImportColumn.Of("dueOn", () => EnterpriseText.Get("DueOn"), false, "2023-04-30"),
        ImportColumn.Of("status", () => EnterpriseText.Get("Status"), false, "已转办", "status", "to"),
        ImportColumn.Of("department", () => EnterpriseText.Get("Department"), false, "国家税务总局中山市税务局"),
        ImportColumn.Of("referredOn", () => EnterpriseText.Get("Import.ReferredOn"), false, "2023-03-02"),
        ImportColumn.Of("settledOn", () => EnterpriseText.Get("SettledOn"), false, ""),
        ImportColumn.Of("outcome", () => EnterpriseText.Get("Outcome"), false, "", "outcome", "note"),
        ImportColumn.Of("organisation", () => EnterpriseText.Get("Organisation"), false, "", "organisationId"),
    ];

    public string? Key(ImportRow row) =>
        (row.Text(RegistryLookup.CodeColumn) ?? row.Text("enterprise")) is { } enterprise && row.Text("raisedOn") is { } on
            && row.Text("description") is { } description
            ? $"{enterprise} / {on} / {description}" : null;

    public async Task<ImportOutcome> Import(ImportRow row, CancellationToken ct)
    {
        organisations ??= await directory.VisibleTo(user, ct);
        var category = row.Choice<ConcernCategory>("category", EnterpriseText.Of);
        var raisedOn = row.Date("raisedOn");
        var dueOn = row.Date("dueOn");
        var status = row.Choice<ConcernStatus>("status", EnterpriseText.Of);
        var ledger = new LedgerSteps(status, row.Text("department"), row.Date("referredOn"), row.Date("settledOn"), row.Text("outcome"));
        var organisation = row.Organisation("organisation", organisations);
        var enterprise = await RegistryLookup.Find(db, user, row, "enterprise", ct);
        row.ThrowIfProblems();

        var description = row.Text("description");
        var existing = raisedOn is null || description is null ? null : await Recorded(row, enterprise!.Id, raisedOn.Value, description, ct);
        // Before anything is written: a row naming a department not on the list is refused whole, at its department column.
        ledger = ledger with { Department = await Department(row, ledger.Department, organisation ?? existing?.OrganisationId, existing?.Department, ct) };
        if (existing is null)
        {
            var raised = new ConcernRequest(enterprise!.Id, await VisitOn(enterprise.Id, raisedOn, ct), null, category, description,
                raisedOn, dueOn, null, organisation, null);
            await row.Validate(concerns, raised, ct);
            var path = Plan(row, ConcernStatus.Open, null, null, null, ledger, raisedOn);
            var concern = (await ConcernEndpoints.Raise(raised, db, user, clock, programmes, ct)).Value!;
            await Move(row, concern.Id, path, ct);
            return ImportOutcome.Added;
        }

        // The ledger has no programme, visit or session column: the concern keeps where it was heard.
        var correction = new ConcernRequest(existing.EnterpriseId, existing.VisitId, existing.PolicySessionId, category, existing.Description,
            existing.RaisedOn, row.Has("dueOn") ? dueOn : existing.DueOn, existing.ProgrammeId, organisation, existing.Version);
        await row.Validate(concerns, correction, ct);
        // Planned before correcting, so a row that cannot be taken is refused before anything is written.
        var plan = Plan(row, existing.Status, existing.Department, existing.SettledOn, existing.Outcome, ledger, null);
        var corrected = existing.Category != correction.Category || existing.DueOn != correction.DueOn
            || (organisation is { } owner && owner != existing.OrganisationId);
        if (corrected) Found(await ConcernEndpoints.Correct(existing.Id, correction, db, user, clock, programmes, ct));
        await Move(row, existing.Id, plan, ct);
        return corrected || plan.Count > 0 ? ImportOutcome.Updated : ImportOutcome.Unchanged;
    }

    /// <summary>What the row says of the concern's progress.</summary>
    private sealed record LedgerSteps(ConcernStatus? Status, string? Department, DateOnly? ReferredOn, DateOnly? SettledOn, string? Outcome);

    /// <summary>A step to take and the column whose date it is taken on.</summary>
    private sealed record PlannedStep(StepRequest Request, string OnColumn);

    /// <summary>
    /// The steps from the recorded status to the row's. A concern the ledger shows referred is
    /// referred on its referral day; a new one without that day is dated the day it was raised, the
    /// only day the ledger gives (<paramref name="raisedOn"/>), while a known one needs the day,
    /// since it has steps of its own to come after.
    /// </summary>
    private static List<PlannedStep> Plan(ImportRow row, ConcernStatus recorded, string? department, DateOnly? settledOn, string? outcome,
        LedgerSteps ledger, DateOnly? raisedOn)
    {
        var wanted = ledger.Status ?? recorded;
        var newDepartment = ledger.Department is { } named && named != department;
        var plan = new List<PlannedStep>();
        if (wanted == recorded && !ConcernRules.IsPending(recorded))
        {
            if (ledger.SettledOn is { } on && on != settledOn) Fixed(row, "settledOn", settledOn);
            if (ledger.Outcome is { } text && text != outcome) Fixed(row, "outcome", settledOn);
            if (newDepartment) Fixed(row, "department", settledOn);
        }
        else if (wanted == ConcernStatus.Open && recorded == ConcernStatus.Open)
        {
            if (newDepartment) row.Problem("department", EnterpriseText.Get("DepartmentOnlyWhenReferring"));
        }
        else if (wanted == ConcernStatus.Open && !ConcernRules.IsPending(recorded))
            row.Problem("status", EnterpriseText.Get("Import.NoReopen"));
        else if (!ConcernRules.CanMove(recorded, wanted))
            row.Problem("status", EnterpriseText.Format("ConcernMoveNotAllowed", EnterpriseText.Of(recorded), EnterpriseText.Of(wanted)));
        else
        {
            if (newDepartment || (wanted == ConcernStatus.Referred && recorded != ConcernStatus.Referred))
            {
                var referredOn = ledger.ReferredOn ?? raisedOn;
                if (referredOn is null) row.Problem("referredOn", Kernel.Resources.Text.Get("Required"));
                plan.Add(new(new StepRequest(ConcernStatus.Referred, referredOn, ledger.Department, null, null, null), "referredOn"));
            }
            if (wanted is ConcernStatus.Resolved or ConcernStatus.ClosedUnresolved)
                plan.Add(new(new StepRequest(wanted, ledger.SettledOn, null, null, ledger.Outcome, null), "settledOn"));
        }
        row.ThrowIfProblems();
        return plan;
    }

    private static void Fixed(ImportRow row, string column, DateOnly? settledOn) =>
        row.Problem(column, EnterpriseText.Format("Import.SettledFixed", settledOn?.ToString("yyyy-MM-dd") ?? ""));

    /// <summary>Takes the steps in turn, each validated and taken as the step endpoint takes it.</summary>
    private async Task Move(ImportRow row, Guid id, List<PlannedStep> plan, CancellationToken ct)
    {
        foreach (var (step, onColumn) in plan)
        {
            var version = await db.Concerns.AsNoTracking().Where(c => c.Id == id).Select(c => c.Version).SingleAsync(ct);
            db.ChangeTracker.Clear();
            var request = step with { Version = version };
            try
            {
                await row.Validate(steps, request, ct);
                Found(await ConcernEndpoints.Step(id, request, db, user, clock, departments, ct));
            }
            // A step's date is its "on" field, which no single column feeds: report it on the step's own date column.
            catch (ImportRowRejectedException rejected) when (rejected.Problems.Any(p => IsOn(p.Column)))
            {
                throw new ImportRowRejectedException(rejected.Problems.Select(p => IsOn(p.Column) ? p with { Column = onColumn } : p).ToList());
            }
            catch (RequestRejectedException rejected) when (IsOn(rejected.Field))
            {
                throw new ImportRowRejectedException([new ImportProblem(onColumn, rejected.Message)]);
            }
        }
    }

    private async Task<string?> Department(ImportRow row, string? named, Guid? organisation, string? held, CancellationToken ct)
    {
        if (named is null || (organisation ?? user.OrganisationId) is not { } owner) return named;
        try
        {
            return await departments.Checked(owner, DepartmentKind.Government, named, "department", ct, held);
        }
        catch (RequestRejectedException rejected)
        {
            row.Problem("department", rejected.Message);
            row.ThrowIfProblems();
            return null;
        }
    }

    private static bool IsOn(string field) => string.Equals(field, "on", StringComparison.OrdinalIgnoreCase);

    /// <summary>The concern the enterprise raised that day in these words; a second one so worded cannot be told apart.</summary>
    private async Task<Concern?> Recorded(ImportRow row, Guid enterpriseId, DateOnly raisedOn, string description, CancellationToken ct)
    {
        var wording = description.Trim();
        var same = await db.Concerns.AsNoTracking().VisibleTo(user)
            .Where(c => c.EnterpriseId == enterpriseId && c.RaisedOn == raisedOn && c.Description == wording).Take(2).ToListAsync(ct);
        if (same.Count <= 1) return same.FirstOrDefault();
        row.Problem("description", EnterpriseText.Get("Import.SeveralConcerns"));
        row.ThrowIfProblems();
        return null;
    }

    /// <summary>The enterprise's visit on the day the concern was raised, when there was exactly one: where it was heard.</summary>
    private async Task<Guid?> VisitOn(Guid enterpriseId, DateOnly? raisedOn, CancellationToken ct)
    {
        if (raisedOn is null) return null;
        var visits = await db.Visits.AsNoTracking().VisibleTo(user).Where(v => v.EnterpriseId == enterpriseId && v.VisitedOn == raisedOn)
            .Select(v => v.Id).Take(2).ToListAsync(ct);
        return visits.Count == 1 ? visits[0] : null;
    }

    private static void Found(Results<Ok<ConcernResponse>, NotFound> result)
    {
        if (result.Result is NotFound) throw new RequestRejectedException("description", EnterpriseText.Get("Import.RecordGone"));
    }
}
