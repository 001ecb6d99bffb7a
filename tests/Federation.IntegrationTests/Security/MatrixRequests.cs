using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Security;

/// <summary>What a matrix request is built from: the record it addresses (none when unscoped) and who sends it.</summary>
internal sealed record MatrixCall(TargetRecord? Record, Session Session)
{
    public TargetRecord Target => Record ?? throw new InvalidOperationException("This endpoint addresses no record.");
}

/// <summary>
/// One valid request per endpoint, aimed at the call's record: if the caller may, it succeeds,
/// so a refusal can only come from the permission or the organisation being checked.
/// </summary>
internal static class MatrixRequests
{
    public static HttpRequestMessage For(MatrixRow row, MatrixCall call) =>
        Builders.TryGetValue(row.Endpoint, out var build)
            ? build(call)
            : throw new KeyNotFoundException($"No request is written for {row.Endpoint}; add one to {nameof(MatrixRequests)}.");

    /// <summary>The body field a refusal names when the request points at another organisation.</summary>
    public static string RefusedField(Subject subject) => subject switch
    {
        Subject.Organisation => "parentId",
        Subject.Token => "userId",
        Subject.Visit or Subject.Concern => "enterpriseId",
        _ => "organisationId",
    };

    /// <summary>The ids a list answered with; some lists are bare arrays, others pages with items.</summary>
    public static IEnumerable<Guid> Listed(JsonElement body) => body.ValueKind == JsonValueKind.Object && body.TryGetProperty("columns", out var columns)
        ? columns.EnumerateArray().SelectMany(c => c.GetProperty("cards").EnumerateArray()).Select(card => card.Id()) // a board
        : (body.ValueKind == JsonValueKind.Array ? body : body.GetProperty("items")).EnumerateArray().Select(item => item.Id());

    private static readonly Dictionary<string, Func<MatrixCall, HttpRequestMessage>> Builders = new()
    {
        ["GET api/notifications"] = _ => Get("api/notifications"),
        ["POST api/notifications/{id:long}/read"] = _ => Post($"api/notifications/{Random.Shared.NextInt64(1L << 40, 1L << 50)}/read"),
        ["POST api/notifications/read-all"] = _ => Post("api/notifications/read-all"),
        ["GET api/home"] = _ => Get("api/home"),
        ["GET api/search"] = _ => Get("api/search?q=" + Uri.EscapeDataString("侨商")),
        ["POST api/search/rebuild"] = _ => Post("api/search/rebuild"),
        ["GET api/records/{module}/{recordType}/{recordId}"] = c => Get($"api/records/Investment/Project/{c.Target.Id}"),
        ["POST api/records/{module}/{recordType}/{recordId}/comments"] = c => Post($"api/records/Investment/Project/{c.Target.Id}/comments", new { body = "矩阵评论" }),
        ["GET api/records/{module}/{recordType}/{recordId}/mentionable"] = c => Get($"api/records/Investment/Project/{c.Target.Id}/mentionable"),
        ["POST api/records/{module}/{recordType}/{recordId}/attachments"] = c => Attach($"api/records/Investment/Project/{c.Target.Id}/attachments?fileName=matrix.txt"),
        ["DELETE api/records/comments/{id:guid}"] = _ => Delete($"api/records/comments/{Guid.NewGuid()}"),
        ["GET api/records/attachments/{id:guid}"] = _ => Get($"api/records/attachments/{Guid.NewGuid()}"),
        ["DELETE api/records/attachments/{id:guid}"] = _ => Delete($"api/records/attachments/{Guid.NewGuid()}"),
        ["GET api/calendar"] = _ => Get("api/calendar?from=2023-03-01&to=2023-03-31"),
        ["GET api/calendar/feeds"] = _ => Get("api/calendar/feeds"),
        ["POST api/calendar/feeds"] = _ => Post("api/calendar/feeds", new { language = "zh-CN" }),
        ["DELETE api/calendar/feeds/{id:guid}"] = _ => Delete($"api/calendar/feeds/{Guid.NewGuid()}"),
        ["GET api/me/saved-filters"] = _ => Get("api/me/saved-filters?list=/investment/projects"),
        ["POST api/me/saved-filters"] = _ => Post("api/me/saved-filters", new { list = "/investment/projects", name = "矩阵", query = "stage=Signed" }),
        ["DELETE api/me/saved-filters/{id:guid}"] = _ => Delete($"api/me/saved-filters/{Guid.NewGuid()}"),
        ["GET api/calendar/feed/{token}.ics"] = _ => Get($"api/calendar/feed/cal_{Guid.NewGuid():N}.ics"),
        ["GET api/imports/ledgers"] = _ => Get("api/imports/ledgers"),
        ["GET api/imports/ledgers/{name}/template"] = _ => Get("api/imports/ledgers/investment-projects/template"),
        ["POST api/imports/ledgers/{name}/files"] = _ => Upload("api/imports/ledgers/investment-projects/files?fileName=matrix.xlsx&mode=dryRun"),
        ["GET api/imports"] = _ => Get("api/imports"),
        ["GET api/imports/{id:guid}"] = _ => Get($"api/imports/{Guid.NewGuid()}"),
        ["GET api/imports/{id:guid}/rows"] = _ => Get($"api/imports/{Guid.NewGuid()}/rows"),
        ["POST api/imports/{id:guid}/confirm"] = _ => Post($"api/imports/{Guid.NewGuid()}/confirm", new { mode = "eachRow" }),
        ["POST api/auth/sign-in"] = c => Post("api/auth/sign-in", new { userName = c.Session.UserName, password = TestFederation.Password }),
        ["POST api/auth/sign-out"] = _ => Post("api/auth/sign-out"),
        ["GET api/auth/me"] = _ => Get("api/auth/me"),
        ["GET api/auth/sessions"] = _ => Get("api/auth/sessions"),
        ["DELETE api/auth/sessions/{id:guid}"] = _ => Delete($"api/auth/sessions/{Guid.NewGuid()}"),
        ["GET api/admin/users/{id:guid}/sessions"] = c => Get($"api/admin/users/{c.Target.Id}/sessions"),
        ["DELETE api/admin/users/{id:guid}/sessions"] = c => Delete($"api/admin/users/{c.Target.Id}/sessions"),
        ["POST api/auth/password"] = _ => Post("api/auth/password",
            new { currentPassword = TestFederation.Password, newPassword = "Changed-Passw0rd-2" }),

        ["GET api/admin/users"] = c => Get($"api/admin/users?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/admin/users/{id:guid}"] = c => Get($"api/admin/users/{c.Target.Id}"),
        ["POST api/admin/users"] = c => Post("api/admin/users", new
        {
            userName = TargetRecords.Unique("m"), displayName = "矩阵用户", password = TestFederation.Password,
            organisationId = c.Target.Organisation, roles = new[] { "branch-staff" },
        }),
        ["PUT api/admin/users/{id:guid}"] = c => Put($"api/admin/users/{c.Target.Id}", new
        {
            displayName = "改名用户", organisationId = c.Target.Organisation, roles = new[] { "branch-staff" }, version = c.Target.Version,
        }),
        ["POST api/admin/users/{id:guid}/password-reset"] = c => Post($"api/admin/users/{c.Target.Id}/password-reset"),
        ["POST api/admin/users/{id:guid}/approval"] = c => Post($"api/admin/users/{c.Target.Id}/approval",
            new { roles = new[] { "branch-staff" }, version = c.Target.Version }),
        ["GET api/admin/roles"] = _ => Get("api/admin/roles"),
        ["GET api/admin/modules"] = _ => Get("api/admin/modules"),
        ["GET api/admin/backups"] = _ => Get("api/admin/backups"),
        ["POST api/admin/backups"] = _ => Post("api/admin/backups"),
        ["GET api/admin/audit"] = _ => Get("api/admin/audit?pageSize=1"),
        ["GET api/admin/personal-data-access"] = _ => Get("api/admin/personal-data-access?pageSize=1"),
        ["GET api/admin/sign-ins"] = _ => Get("api/admin/sign-ins?pageSize=1"),
        ["GET api/talent/talents/{id:guid}/personal-data"] = c => Get($"api/talent/talents/{c.Target.Id}/personal-data?field=contact"),
        ["GET api/enterprises/enterprises/{id:guid}/personal-data"] = c => Get($"api/enterprises/enterprises/{c.Target.Id}/personal-data?field=contacts.phone&contact=0"),
        ["GET api/scorecard/{year:int}"] = _ => Get("api/scorecard/2023"),
        ["GET api/scorecard/years/{year:int}/export.xlsx"] = _ => Get("api/scorecard/years/2023/export.xlsx"),
        ["GET api/scorecard/years/{year:int}/report.docx"] = _ => Get("api/scorecard/years/2023/report.docx"),
        ["GET api/scorecard/years/{year:int}/funnel"] = _ => Get("api/scorecard/years/2023/funnel"),
        ["GET api/scorecard"] = _ => Get("api/scorecard?from=2023-01-01&to=2023-06-30"),
        ["GET api/scorecard/export.xlsx"] = _ => Get("api/scorecard/export.xlsx?from=2023-01-01&to=2023-06-30"),
        ["POST api/scorecard/rebuild"] = _ => Post("api/scorecard/rebuild"),
        ["GET api/scorecard/programmes"] = _ => Get("api/scorecard/programmes"),
        ["GET api/scorecard/programmes/{id:guid}"] = c => Get($"api/scorecard/programmes/{c.Target.Id}"),
        ["POST api/scorecard/programmes"] = c => Post("api/scorecard/programmes", ScorecardRequests.Programme(c.Target.Organisation)),
        ["PUT api/scorecard/programmes/{id:guid}"] = c => Put($"api/scorecard/programmes/{c.Target.Id}",
            Versioned(ScorecardRequests.Programme(c.Target.Organisation), c.Target.Version)),
        ["DELETE api/scorecard/programmes/{id:guid}"] = c => Delete($"api/scorecard/programmes/{c.Target.Id}?version={c.Target.Version}"),

        ["GET api/admin/organisations"] = _ => Get("api/admin/organisations"),
        ["POST api/admin/organisations"] = c => Post("api/admin/organisations",
            new { name = TargetRecords.Unique("矩阵协会"), kind = "affiliatedAssociation", parentId = c.Target.Organisation }),
        ["PUT api/admin/organisations/{id:guid}"] = c => Put($"api/admin/organisations/{c.Target.Id}", new
        {
            name = TargetRecords.Unique("改名协会"), kind = "affiliatedAssociation", parentId = c.Target.Organisation, version = c.Target.Version,
        }),

        ["GET api/admin/webhooks/event-types"] = _ => Get("api/admin/webhooks/event-types"),
        ["GET api/admin/webhooks"] = _ => Get("api/admin/webhooks"),
        ["POST api/admin/webhooks"] = _ => Post("api/admin/webhooks", new { url = "https://receiver.example/matrix", description = "矩阵订阅", eventTypes = new[] { "trade.order-won" } }),
        ["GET api/admin/webhooks/{id:guid}"] = _ => Get($"api/admin/webhooks/{Guid.NewGuid()}"),
        ["PUT api/admin/webhooks/{id:guid}"] = _ => Put($"api/admin/webhooks/{Guid.NewGuid()}",
            new { url = "https://receiver.example/matrix", description = "矩阵订阅", eventTypes = new[] { "trade.order-won" }, version = 1 }),
        ["DELETE api/admin/webhooks/{id:guid}"] = _ => Delete($"api/admin/webhooks/{Guid.NewGuid()}"),
        ["POST api/admin/webhooks/{id:guid}/pause"] = _ => Post($"api/admin/webhooks/{Guid.NewGuid()}/pause"),
        ["POST api/admin/webhooks/{id:guid}/resume"] = _ => Post($"api/admin/webhooks/{Guid.NewGuid()}/resume"),
        ["GET api/admin/webhooks/{id:guid}/deliveries"] = _ => Get($"api/admin/webhooks/{Guid.NewGuid()}/deliveries"),
        ["POST api/admin/webhooks/{id:guid}/deliveries/{deliveryId:guid}/replay"] = _ => Post($"api/admin/webhooks/{Guid.NewGuid()}/deliveries/{Guid.NewGuid()}/replay"),
        ["GET api/admin/recycle-bin"] = _ => Get("api/admin/recycle-bin"),
        ["POST api/admin/recycle-bin/{id:guid}/restore"] = _ => Post($"api/admin/recycle-bin/{Guid.NewGuid()}/restore", new { }),
        ["GET api/admin/personal-data/people"] = _ => Get("api/admin/personal-data/people?q=" + Uri.EscapeDataString("陈先生")),
        ["POST api/admin/personal-data/exports"] = _ => Post("api/admin/personal-data/exports",
            new { records = new[] { $"Talent/Talent/{Guid.NewGuid()}" }, reason = "矩阵" }),
        ["POST api/admin/personal-data/erasures"] = _ => Post("api/admin/personal-data/erasures",
            new { record = $"Talent/Talent/{Guid.NewGuid()}", reason = "矩阵", confirm = true }),
        ["GET api/admin/personal-data/erasures"] = _ => Get("api/admin/personal-data/erasures"),
        ["GET api/admin/places"] = _ => Get("api/admin/places"),
        ["POST api/admin/places/towns"] = _ => Post("api/admin/places/towns", new { name = TargetRecords.Unique("矩阵镇"), aliases = new[] { TargetRecords.Unique("矩阵街道") } }),
        ["PUT api/admin/places/towns/{id:guid}"] = _ => Put($"api/admin/places/towns/{Guid.NewGuid()}", new { name = TargetRecords.Unique("改名镇"), version = 1 }),
        ["DELETE api/admin/places/towns/{id:guid}"] = _ => Delete($"api/admin/places/towns/{Guid.NewGuid()}?version=1"),
        ["POST api/admin/places/towns/{id:guid}/areas"] = _ => Post($"api/admin/places/towns/{Guid.NewGuid()}/areas", new { name = "矩阵片区" }),
        ["PUT api/admin/places/towns/{id:guid}/areas/{areaId:guid}"] = _ =>
            Put($"api/admin/places/towns/{Guid.NewGuid()}/areas/{Guid.NewGuid()}", new { name = "改名片区", version = 1 }),
        ["DELETE api/admin/places/towns/{id:guid}/areas/{areaId:guid}"] = _ => Delete($"api/admin/places/towns/{Guid.NewGuid()}/areas/{Guid.NewGuid()}?version=1"),
        ["GET api/places"] = _ => Get("api/places"),
        ["GET api/admin/departments"] = _ => Get("api/admin/departments"),
        ["GET api/admin/departments/{id:guid}"] = _ => Get($"api/admin/departments/{Guid.NewGuid()}"),
        ["POST api/admin/departments"] = _ => Post("api/admin/departments", new { name = TargetRecords.Unique("矩阵部"), kind = "own" }),
        ["PUT api/admin/departments/{id:guid}"] = _ => Put($"api/admin/departments/{Guid.NewGuid()}", new { name = TargetRecords.Unique("改名部"), kind = "own", version = 1 }),
        ["DELETE api/admin/departments/{id:guid}"] = _ => Delete($"api/admin/departments/{Guid.NewGuid()}?version=1"),
        ["GET api/departments"] = _ => Get("api/departments?kind=government"),

        ["GET api/admin/tokens"] = c => Get($"api/admin/tokens?userId={c.Target.Owner}"),
        ["POST api/admin/tokens"] = c => Post("api/admin/tokens", new { userId = c.Target.Owner, name = "矩阵令牌" }),
        ["DELETE api/admin/tokens/{id:guid}"] = c => Delete($"api/admin/tokens/{c.Target.Id}"),

        ["GET api/investment/events"] = c => Get($"api/investment/events?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/investment/events/{id:guid}"] = c => Get($"api/investment/events/{c.Target.Id}"),
        ["POST api/investment/events"] = c => Post("api/investment/events", InvestmentRequests.Event(c.Target.Organisation)),
        ["PUT api/investment/events/{id:guid}"] = c => Put($"api/investment/events/{c.Target.Id}",
            Versioned(InvestmentRequests.Event(c.Target.Organisation), c.Target.Version)),
        ["DELETE api/investment/events/{id:guid}"] = c => Delete($"api/investment/events/{c.Target.Id}?version={c.Target.Version}"),

        ["GET api/talent/events"] = c => Get($"api/talent/events?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/talent/events/{id:guid}"] = c => Get($"api/talent/events/{c.Target.Id}"),
        ["POST api/talent/events"] = c => Post("api/talent/events", TalentRequests.Event(c.Target.Organisation)),
        ["PUT api/talent/events/{id:guid}"] = c => Put($"api/talent/events/{c.Target.Id}", Versioned(TalentRequests.Event(c.Target.Organisation), c.Target.Version)),
        ["DELETE api/talent/events/{id:guid}"] = c => Delete($"api/talent/events/{c.Target.Id}?version={c.Target.Version}"),
        ["POST api/talent/events/bulk"] = c => Post("api/talent/events/bulk", new { ids = new[] { c.Target.Id }, action = "tag", programmeId = (Guid?)null }),
        ["GET api/talent/talents"] = c => Get($"api/talent/talents?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/talent/talents/{id:guid}"] = c => Get($"api/talent/talents/{c.Target.Id}"),
        ["POST api/talent/talents"] = c => Post("api/talent/talents", TalentRequests.Talent(c.Target.Organisation, TargetRecords.Unique("人才"))),
        ["PUT api/talent/talents/{id:guid}"] = c => Put($"api/talent/talents/{c.Target.Id}",
            Versioned(TalentRequests.Talent(c.Target.Organisation, TargetRecords.Unique("改名")), c.Target.Version)),
        ["POST api/talent/talents/{id:guid}/status"] = c => Post($"api/talent/talents/{c.Target.Id}/status", new { status = "inContact", version = c.Target.Version }),
        ["POST api/talent/talents/{id:guid}/merge"] = c => Post($"api/talent/talents/{c.Target.Id}/merge",
            new { duplicateId = c.Target.Owner, version = c.Target.Version, duplicateVersion = 1 }),
        ["DELETE api/talent/talents/{id:guid}"] = c => Delete($"api/talent/talents/{c.Target.Id}?version={c.Target.Version}"),
        ["GET api/talent/letters"] = c => Get($"api/talent/letters?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/talent/letters/{id:guid}"] = c => Get($"api/talent/letters/{c.Target.Id}"),
        ["POST api/talent/talents/{id:guid}/letter"] = c => Post($"api/talent/talents/{c.Target.Id}/letter", TalentRequests.Letter()),
        ["POST api/talent/letters/{id:guid}/withdraw"] = c => Post($"api/talent/letters/{c.Target.Id}/withdraw",
            new { on = "2023-12-01", reason = "矩阵测试：改变主意", version = c.Target.Version }),
        ["DELETE api/talent/letters/{id:guid}"] = c => Delete($"api/talent/letters/{c.Target.Id}?version={c.Target.Version}"),
        ["GET api/talent/partner-bases"] = c => Get($"api/talent/partner-bases?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/talent/partner-bases/{id:guid}"] = c => Get($"api/talent/partner-bases/{c.Target.Id}"),
        ["POST api/talent/partner-bases"] = c => Post("api/talent/partner-bases", TalentRequests.PartnerBase(c.Target.Organisation)),
        ["PUT api/talent/partner-bases/{id:guid}"] = c => Put($"api/talent/partner-bases/{c.Target.Id}",
            Versioned(TalentRequests.PartnerBase(c.Target.Organisation), c.Target.Version)),
        ["DELETE api/talent/partner-bases/{id:guid}"] = c => Delete($"api/talent/partner-bases/{c.Target.Id}?version={c.Target.Version}"),

        ["GET api/investment/projects"] = c => Get($"api/investment/projects?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/investment/projects/board"] = c => Get($"api/investment/projects/board?organisationId={c.Target.Organisation}"),
        ["GET api/investment/projects/{id:guid}"] = c => Get($"api/investment/projects/{c.Target.Id}"),
        ["POST api/investment/projects"] = c => Post("api/investment/projects", InvestmentRequests.Project(c.Target.Organisation)),
        ["PUT api/investment/projects/{id:guid}"] = c => Put($"api/investment/projects/{c.Target.Id}", ProjectCorrection(c.Target.Version)),
        ["POST api/investment/projects/{id:guid}/stage"] = c => Post($"api/investment/projects/{c.Target.Id}/stage",
            new { stage = "inProduction", date = "2024-03-01", version = c.Target.Version }),
        ["POST api/investment/projects/{id:guid}/stage/revert"] = c => Post($"api/investment/projects/{c.Target.Id}/stage/revert",
            new { reason = "矩阵测试：误录", version = c.Target.Version }),
        ["POST api/investment/projects/{id:guid}/follow-ups"] = c => Post($"api/investment/projects/{c.Target.Id}/follow-ups",
            new { date = "2023-07-01", note = "矩阵测试：走访企业" }),
        ["POST api/investment/projects/bulk"] = c => Post("api/investment/projects/bulk", new { ids = new[] { c.Target.Id }, action = "assign", assignee = "矩阵" }),
        ["DELETE api/investment/projects/{id:guid}"] = c => Delete($"api/investment/projects/{c.Target.Id}?version={c.Target.Version}"),

        ["GET api/investment/credit-lines"] = c => Get($"api/investment/credit-lines?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/investment/credit-lines/{id:guid}"] = c => Get($"api/investment/credit-lines/{c.Target.Id}"),
        ["POST api/investment/credit-lines"] = c => Post("api/investment/credit-lines", InvestmentRequests.CreditLine(c.Target.Organisation)),
        ["PUT api/investment/credit-lines/{id:guid}"] = c => Put($"api/investment/credit-lines/{c.Target.Id}",
            Versioned(InvestmentRequests.CreditLine(c.Target.Organisation), c.Target.Version)),
        ["DELETE api/investment/credit-lines/{id:guid}"] = c => Delete($"api/investment/credit-lines/{c.Target.Id}?version={c.Target.Version}"),
        ["GET api/investment/outcomes"] = c => Get($"api/investment/outcomes?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/investment/outcomes/{id:guid}"] = c => Get($"api/investment/outcomes/{c.Target.Id}"),
        ["POST api/investment/outcomes"] = c => Post("api/investment/outcomes", InvestmentRequests.Outcome(c.Target.Organisation)),
        ["PUT api/investment/outcomes/{id:guid}"] = c => Put($"api/investment/outcomes/{c.Target.Id}",
            Versioned(InvestmentRequests.Outcome(c.Target.Organisation), c.Target.Version)),
        ["DELETE api/investment/outcomes/{id:guid}"] = c => Delete($"api/investment/outcomes/{c.Target.Id}?version={c.Target.Version}"),

        ["GET api/enterprises/enterprises"] = c => Get($"api/enterprises/enterprises?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/enterprises/enterprises/{id:guid}"] = c => Get($"api/enterprises/enterprises/{c.Target.Id}"),
        ["GET api/enterprises/enterprises/{id:guid}/timeline"] = c => Get($"api/enterprises/enterprises/{c.Target.Id}/timeline"),
        ["POST api/enterprises/enterprises"] = c => Post("api/enterprises/enterprises", EnterpriseRequests.Enterprise(c.Target.Organisation)),
        ["PUT api/enterprises/enterprises/{id:guid}"] = c => Put($"api/enterprises/enterprises/{c.Target.Id}",
            Versioned(EnterpriseRequests.Enterprise(c.Target.Organisation), c.Target.Version)),
        ["DELETE api/enterprises/enterprises/{id:guid}"] = c => Delete($"api/enterprises/enterprises/{c.Target.Id}?version={c.Target.Version}"),
        ["GET api/enterprises/my-assignments"] = _ => Get("api/enterprises/my-assignments"),
        ["GET api/enterprises/campaigns"] = c => Get($"api/enterprises/campaigns?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/enterprises/campaigns/{id:guid}"] = c => Get($"api/enterprises/campaigns/{c.Target.Id}"),
        ["POST api/enterprises/campaigns"] = c => Post("api/enterprises/campaigns", EnterpriseRequests.Campaign(c.Target.Organisation)),
        ["PUT api/enterprises/campaigns/{id:guid}"] = c => Put($"api/enterprises/campaigns/{c.Target.Id}",
            Versioned(EnterpriseRequests.Campaign(c.Target.Organisation), c.Target.Version)),
        ["DELETE api/enterprises/campaigns/{id:guid}"] = c => Delete($"api/enterprises/campaigns/{c.Target.Id}?version={c.Target.Version}"),
        ["POST api/enterprises/campaigns/{id:guid}/assignments"] = c => Post($"api/enterprises/campaigns/{c.Target.Id}/assignments",
            new { enterpriseId = c.Target.Owner, leaderUserId = c.Target.Related, version = c.Target.Version }),
        ["DELETE api/enterprises/campaigns/{id:guid}/assignments/{assignmentId:guid}"] = c =>
            Delete($"api/enterprises/campaigns/{c.Target.Id}/assignments/{c.Target.Owner}?version={c.Target.Version}"),
        ["GET api/enterprises/visits"] = c => Get($"api/enterprises/visits?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/enterprises/visits/{id:guid}"] = c => Get($"api/enterprises/visits/{c.Target.Id}"),
        ["POST api/enterprises/visits"] = c => Post("api/enterprises/visits", EnterpriseRequests.Visit(c.Target.Owner, organisationId: c.Target.Organisation)),
        ["PUT api/enterprises/visits/{id:guid}"] = c => Put($"api/enterprises/visits/{c.Target.Id}",
            Versioned(EnterpriseRequests.Visit(c.Target.Owner, "2023-03-02", c.Target.Organisation), c.Target.Version)),
        ["DELETE api/enterprises/visits/{id:guid}"] = c => Delete($"api/enterprises/visits/{c.Target.Id}?version={c.Target.Version}"),
        ["GET api/enterprises/concerns"] = c => Get($"api/enterprises/concerns?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/enterprises/concerns/{id:guid}"] = c => Get($"api/enterprises/concerns/{c.Target.Id}"),
        ["POST api/enterprises/concerns"] = c => Post("api/enterprises/concerns",
            EnterpriseRequests.Concern(c.Target.Owner, "2023-02-01", "expansion", organisationId: c.Target.Organisation)),
        ["PUT api/enterprises/concerns/{id:guid}"] = c => Put($"api/enterprises/concerns/{c.Target.Id}",
            Versioned(EnterpriseRequests.Concern(c.Target.Owner, "2023-02-01", "expansion", organisationId: c.Target.Organisation), c.Target.Version)),
        ["POST api/enterprises/concerns/{id:guid}/steps"] = c => Post($"api/enterprises/concerns/{c.Target.Id}/steps",
            EnterpriseRequests.Refer("2023-03-01", c.Target.Version, dueOn: "2023-04-01")),
        ["POST api/enterprises/concerns/{id:guid}/investment-lead"] = c => Post($"api/enterprises/concerns/{c.Target.Id}/investment-lead",
            new { estimatedAmount = 1_000_000m, version = c.Target.Version }),
        ["POST api/enterprises/concerns/bulk"] = c => Post("api/enterprises/concerns/bulk", new { ids = new[] { c.Target.Id }, action = "assign", assignee = "矩阵部门" }),
        ["DELETE api/enterprises/concerns/{id:guid}"] = c => Delete($"api/enterprises/concerns/{c.Target.Id}?version={c.Target.Version}"),
        ["GET api/enterprises/policy-sessions"] = c => Get($"api/enterprises/policy-sessions?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/enterprises/policy-sessions/{id:guid}"] = c => Get($"api/enterprises/policy-sessions/{c.Target.Id}"),
        ["POST api/enterprises/policy-sessions"] = c => Post("api/enterprises/policy-sessions", EnterpriseRequests.PolicySession(c.Target.Organisation)),
        ["PUT api/enterprises/policy-sessions/{id:guid}"] = c => Put($"api/enterprises/policy-sessions/{c.Target.Id}",
            Versioned(EnterpriseRequests.PolicySession(c.Target.Organisation), c.Target.Version)),
        ["DELETE api/enterprises/policy-sessions/{id:guid}"] = c => Delete($"api/enterprises/policy-sessions/{c.Target.Id}?version={c.Target.Version}"),
        ["GET api/enterprises/joint-measures"] = c => Get($"api/enterprises/joint-measures?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/enterprises/joint-measures/{id:guid}"] = c => Get($"api/enterprises/joint-measures/{c.Target.Id}"),
        ["POST api/enterprises/joint-measures"] = c => Post("api/enterprises/joint-measures", EnterpriseRequests.JointMeasure(c.Target.Organisation)),
        ["PUT api/enterprises/joint-measures/{id:guid}"] = c => Put($"api/enterprises/joint-measures/{c.Target.Id}",
            Versioned(EnterpriseRequests.JointMeasure(c.Target.Organisation), c.Target.Version)),
        ["DELETE api/enterprises/joint-measures/{id:guid}"] = c => Delete($"api/enterprises/joint-measures/{c.Target.Id}?version={c.Target.Version}"),

        ["GET api/trade/pilots"] = c => Get($"api/trade/pilots?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/trade/pilots/{id:guid}"] = c => Get($"api/trade/pilots/{c.Target.Id}"),
        ["POST api/trade/pilots"] = c => Post("api/trade/pilots", TradeRequests.Pilot(c.Target.Organisation)),
        ["PUT api/trade/pilots/{id:guid}"] = c => Put($"api/trade/pilots/{c.Target.Id}", Versioned(TradeRequests.Pilot(c.Target.Organisation), c.Target.Version)),
        ["DELETE api/trade/pilots/{id:guid}"] = c => Delete($"api/trade/pilots/{c.Target.Id}?version={c.Target.Version}"),
        ["GET api/trade/orders"] = c => Get($"api/trade/orders?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/trade/orders/{id:guid}"] = c => Get($"api/trade/orders/{c.Target.Id}"),
        ["POST api/trade/orders"] = c => Post("api/trade/orders", TradeRequests.Order(c.Target.Organisation)),
        ["PUT api/trade/orders/{id:guid}"] = c => Put($"api/trade/orders/{c.Target.Id}",
            Versioned(TradeRequests.Order(c.Target.Organisation, amount: 120_000m), c.Target.Version)),
        ["POST api/trade/orders/{id:guid}/status"] = c => Post($"api/trade/orders/{c.Target.Id}/status",
            TradeRequests.Move("confirmed", "2023-04-01", c.Target.Version)),
        ["DELETE api/trade/orders/{id:guid}"] = c => Delete($"api/trade/orders/{c.Target.Id}?version={c.Target.Version}"),
        ["GET api/trade/tours"] = c => Get($"api/trade/tours?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/trade/tours/{id:guid}"] = c => Get($"api/trade/tours/{c.Target.Id}"),
        ["POST api/trade/tours"] = c => Post("api/trade/tours", TradeRequests.Tour(c.Target.Organisation)),
        ["PUT api/trade/tours/{id:guid}"] = c => Put($"api/trade/tours/{c.Target.Id}", Versioned(TradeRequests.Tour(c.Target.Organisation), c.Target.Version)),
        ["DELETE api/trade/tours/{id:guid}"] = c => Delete($"api/trade/tours/{c.Target.Id}?version={c.Target.Version}"),
        ["GET api/trade/commendations"] = c => Get($"api/trade/commendations?organisationId={c.Target.Organisation}&pageSize=200"),
        ["GET api/trade/commendations/{id:guid}"] = c => Get($"api/trade/commendations/{c.Target.Id}"),
        ["POST api/trade/commendations"] = c => Post("api/trade/commendations", TradeRequests.Commendation(c.Target.Organisation)),
        ["PUT api/trade/commendations/{id:guid}"] = c => Put($"api/trade/commendations/{c.Target.Id}",
            Versioned(TradeRequests.Commendation(c.Target.Organisation, "plaque"), c.Target.Version)),
        ["DELETE api/trade/commendations/{id:guid}"] = c => Delete($"api/trade/commendations/{c.Target.Id}?version={c.Target.Version}"),
        ["GET api/trade/enterprises"] = _ => Get("api/trade/enterprises"),
    };

    // A correction carries the project's details only: the stage moves through its own endpoints.
    private static Dictionary<string, object?> ProjectCorrection(int version)
    {
        var body = InvestmentRequests.Project();
        body.Remove("stage");
        body.Remove("stageDate");
        body.Remove("organisationId");
        return Versioned(body, version);
    }

    private static Dictionary<string, object?> Versioned(Dictionary<string, object?> body, int version)
    {
        body["version"] = version;
        return body;
    }

    private static HttpRequestMessage Upload(string path)
    {
        var workbook = Imports.Ledgers.Workbook(["项目名称", "投资方", "行业", "金额（元）", "落地镇街", "阶段", "阶段日期"],
            ["矩阵导入项目", "矩阵集团", "先进制造", 1_000_000m, "石岐", "意向", "2024-01-02"]);
        var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(Imports.Ledgers.XlsxType);
        return new HttpRequestMessage(HttpMethod.Post, "/" + path) { Content = content };
    }

    private static HttpRequestMessage Attach(string path) =>
        new(HttpMethod.Post, "/" + path) { Content = new ByteArrayContent("矩阵附件"u8.ToArray()) };

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, "/" + path);

    private static HttpRequestMessage Delete(string path) => new(HttpMethod.Delete, "/" + path);

    private static HttpRequestMessage Post(string path, object? body = null) =>
        new(HttpMethod.Post, "/" + path) { Content = body is null ? null : JsonContent.Create(body) };

    private static HttpRequestMessage Put(string path, object body) =>
        new(HttpMethod.Put, "/" + path) { Content = JsonContent.Create(body) };
}
