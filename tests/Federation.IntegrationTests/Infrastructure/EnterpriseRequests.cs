using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Federation.IntegrationTests.Infrastructure;

/// <summary>
/// Valid Enterprise services request bodies to start from; tests change one field to make them
/// wrong. Names and credit codes are unique on every call, since the registry refuses a code twice
/// and tests in one class share a database.
/// </summary>
public static class EnterpriseRequests
{
    /// <summary>The characters a unified social credit code may use (no I, O, S, V, Z).</summary>
    public const string CodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>A valid credit code nobody else has: a Zhongshan prefix, nine random characters and the check character.</summary>
    public static string NewCreditCode()
    {
        var random = Random.Shared;
        var middle = new string(Enumerable.Range(0, 9).Select(_ => CodeAlphabet[random.Next(CodeAlphabet.Length)]).ToArray());
        return Federation.Kernel.Registry.CreditCode.Complete("91442000" + middle);
    }

    /// <summary>A short suffix that makes a name, a town or an industry unique to one test.</summary>
    public static string Unique() => Guid.NewGuid().ToString("N")[..8];

    public static Dictionary<string, object?> Enterprise(Guid? organisationId = null, string? name = null, string? creditCode = null) => new()
    {
        ["name"] = name ?? $"中山市侨丰电器有限公司{Unique()}",
        ["creditCode"] = creditCode ?? NewCreditCode(),
        ["town"] = "火炬开发区",
        ["industry"] = "智能家电",
        ["investorCountryOrRegion"] = "HK",
        ["contacts"] = new[] { new { name = "陈先生", role = "总经理", phone = "0760-88888888" } },
        ["status"] = "operating",
        ["organisationId"] = organisationId,
    };

    public static Dictionary<string, object?> Campaign(Guid? organisationId = null, string startsOn = "2023-01-10", string endsOn = "2023-12-31", int target = 100) => new()
    {
        ["name"] = $"百家侨企服务行动{Unique()}",
        ["startsOn"] = startsOn,
        ["endsOn"] = endsOn,
        ["targetEnterprises"] = target,
        ["notes"] = "领导班子定点联系走访侨界企业。",
        ["organisationId"] = organisationId,
    };

    public static Dictionary<string, object?> Visit(Guid enterpriseId, string visitedOn = "2023-03-01", Guid? organisationId = null) => new()
    {
        ["enterpriseId"] = enterpriseId,
        ["visitedOn"] = visitedOn,
        ["purpose"] = "listeningSession",
        ["visitors"] = new[] { "林志远", "市侨联经济科技部" },
        ["notes"] = "座谈听取企业发展诉求。",
        ["organisationId"] = organisationId,
    };

    /// <summary>A concern heard from an enterprise directly (not at a recorded visit).</summary>
    public static Dictionary<string, object?> Concern(
        Guid? enterpriseId, string raisedOn = "2023-03-01", string category = "tax", string? dueOn = null, Guid? organisationId = null) => new()
    {
        ["enterpriseId"] = enterpriseId,
        ["category"] = category,
        ["description"] = "出口退税办理周期较长，影响资金周转",
        ["raisedOn"] = raisedOn,
        ["dueOn"] = dueOn,
        ["organisationId"] = organisationId,
    };

    public static object Refer(string on, int version, string department = "国家税务总局中山市税务局", string? dueOn = null) =>
        new { to = "referred", on, department, dueOn, version };

    public static object Resolve(string on, int version, string note = "经协调，相关部门已上门对接并落实。") => new { to = "resolved", on, note, version };

    public static object Close(string on, int version, string note = "受现行政策限制，暂无法解决。") => new { to = "closedUnresolved", on, note, version };

    public static object Reopen(string on, int version, string note = "企业反映问题仍未解决。") => new { to = "open", on, note, version };

    public static Dictionary<string, object?> PolicySession(Guid? organisationId = null, string heldOn = "2023-05-20") => new()
    {
        ["topic"] = "中山侨声·侨界与政府部门面对面：跨境电商出海渠道与合规",
        ["heldOn"] = heldOn,
        ["departments"] = new[] { "市商务局", "中山海关" },
        ["attendees"] = 45,
        ["venue"] = "中山市侨界活动中心",
        ["organisationId"] = organisationId,
    };

    public static Dictionary<string, object?> JointMeasure(Guid? organisationId = null, string issuedOn = "2023-06-16", int items = 10) => new()
    {
        ["title"] = "税侨共建·服务侨资企业十条措施",
        ["partnerDepartment"] = "国家税务总局中山市税务局",
        ["issuedOn"] = issuedOn,
        ["items"] = Enumerable.Range(1, items).Select(i => $"第{i}条措施").ToArray(),
        ["organisationId"] = organisationId,
    };

    /// <summary>Posts <paramref name="body"/> and returns what was created, failing the test unless it answers 201.</summary>
    public static async Task<JsonElement> Created(HttpClient client, string path, object body) =>
        await (await client.PostAsJsonAsync(path, body)).ShouldBe(HttpStatusCode.Created);

    /// <summary>Posts a step of a concern and returns the concern, failing the test unless it answers 200.</summary>
    public static async Task<JsonElement> Step(HttpClient client, Guid concernId, object step) =>
        await (await client.PostAsJsonAsync($"/api/enterprises/concerns/{concernId}/steps", step)).ShouldBe(HttpStatusCode.OK);

    /// <summary>The names of the fields a problem document's <c>errors</c> holds.</summary>
    public static IReadOnlyList<string> ErrorFields(JsonElement problem) =>
        problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().Select(e => e.Name).ToList()
            : [];

    /// <summary>The first message a problem document gives for <paramref name="field"/>.</summary>
    public static string ErrorOf(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    public static int Version(this JsonElement record) => record.GetProperty("version").GetInt32();
}
