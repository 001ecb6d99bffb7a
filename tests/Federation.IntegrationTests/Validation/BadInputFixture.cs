using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Federation.IntegrationTests.Validation;

/// <summary>
/// One host with a record of every kind for the bad requests to aim at, an account that signs
/// in and changes its own password, and a way to read what could have been written.
/// </summary>
public sealed class BadInputFixture : IAsyncLifetime
{
    private readonly Dictionary<string, string> placeholders = [];
    private HttpClient? admin;
    private HttpClient? account;
    private HttpClient? anonymous;

    public FederationFactory Factory { get; } = new();

    private HttpClient Admin => admin ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        admin = await Factory.Admin();
        var organisations = await (await Admin.GetAsync("/api/admin/organisations")).ShouldBe(HttpStatusCode.OK);
        var root = organisations.EnumerateArray().Single(o => o.GetProperty("parentId").ValueKind == JsonValueKind.Null).Id();
        var accountName = $"bad{Guid.NewGuid():N}"[..20];

        placeholders["{root}"] = root.ToString();
        placeholders["{event}"] = (await Created("/api/investment/events", InvestmentRequests.Event())).Id().ToString();
        var project = (await Created("/api/investment/projects", InvestmentRequests.Project())).Id();
        await (await Admin.PostAsJsonAsync($"/api/investment/projects/{project}/stage",
            new { stage = "groundbreaking", date = "2023-06-01", version = 1 })).ShouldBe(HttpStatusCode.OK);
        placeholders["{project}"] = project.ToString();
        placeholders["{creditLine}"] = (await Created("/api/investment/credit-lines", InvestmentRequests.CreditLine())).Id().ToString();
        placeholders["{outcome}"] = (await Created("/api/investment/outcomes", InvestmentRequests.Outcome())).Id().ToString();
        placeholders["{organisation}"] = (await Created("/api/admin/organisations",
            new { name = $"坏输入测试协会{Guid.NewGuid():N}"[..20], kind = "affiliatedAssociation", parentId = root })).Id().ToString();
        await CreateEnterpriseRecords();
        await CreateTradeRecords();
        await CreateTalentAndPlatformRecords(root);
        placeholders["{user}"] = (await NewUser($"u{Guid.NewGuid():N}"[..20], root)).ToString();
        placeholders["{accountId}"] = (await NewUser(accountName, root)).ToString();
        placeholders["{account}"] = accountName;

        account = await Factory.SignedIn(accountName, TestFederation.Password);
        anonymous = Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        await AuditLogAtRest();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    internal HttpRequestMessage RequestFor(BadInput input)
    {
        var request = new HttpRequestMessage(new HttpMethod(input.Method), "/" + Resolve(input.Path));
        if (input.Body is null) return request;
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Resolve(input.Body)));
        if (input.ContentType is not null) request.Content.Headers.ContentType = new MediaTypeHeaderValue(input.ContentType, "utf-8");
        return request;
    }

    // Anyone may try to sign in; a password is changed by its owner; everything else is the admin's.
    internal HttpClient ClientFor(BadInput input) => ClientFor(input.Path);

    internal HttpClient ClientFor(string path) => path switch
    {
        "api/auth/sign-in" => anonymous!,
        "api/auth/password" => account!,
        _ => Admin,
    };

    /// <summary>
    /// What <paramref name="area"/> holds now: its list total, the version of the fixture's record
    /// there, and the length of the audit log, which every write anywhere adds to.
    /// </summary>
    internal async Task<string> StateOf(Area area)
    {
        var parts = area switch
        {
            Area.Events => [await Total("api/investment/events"), await Version("api/investment/events/{event}")],
            Area.Projects => [await Total("api/investment/projects"), await Version("api/investment/projects/{project}")],
            Area.CreditLines => [await Total("api/investment/credit-lines"), await Version("api/investment/credit-lines/{creditLine}")],
            Area.Outcomes => [await Total("api/investment/outcomes"), await Version("api/investment/outcomes/{outcome}")],
            Area.Users => [await Total("api/admin/users"), await Version("api/admin/users/{user}")],
            Area.Organisations => [await OrganisationState()],
            Area.Places => [await Count("api/admin/places")],
            Area.Departments => [await Count("api/admin/departments")],
            Area.Tokens => [await Count("api/admin/tokens")],
            Area.CalendarFeeds => [await Count("api/calendar/feeds")],
            Area.SavedFilters => [await Count("api/me/saved-filters")],
            Area.Account => [await Version("api/admin/users/{accountId}")],
            Area.Enterprises => [await Total("api/enterprises/enterprises"), await Version("api/enterprises/enterprises/{enterprise}")],
            Area.Campaigns => [await Total("api/enterprises/campaigns"), await Version("api/enterprises/campaigns/{campaign}")],
            Area.Visits => [await Total("api/enterprises/visits"), await Version("api/enterprises/visits/{visit}")],
            Area.Concerns => [await Total("api/enterprises/concerns"), await Version("api/enterprises/concerns/{concern}"),
                await Total("api/investment/projects")],
            Area.PolicySessions => [await Total("api/enterprises/policy-sessions"), await Version("api/enterprises/policy-sessions/{policySession}")],
            Area.JointMeasures => [await Total("api/enterprises/joint-measures"), await Version("api/enterprises/joint-measures/{jointMeasure}")],
            Area.Pilots => [await Total("api/trade/pilots"), await Version("api/trade/pilots/{pilot}")],
            Area.Orders => [await Total("api/trade/orders"), await Version("api/trade/orders/{order}")],
            Area.Tours => [await Total("api/trade/tours"), await Version("api/trade/tours/{tour}")],
            Area.TalentEvents => [await Total("api/talent/events"), await Version("api/talent/events/{talentEvent}")],
            Area.Commendations => [await Total("api/trade/commendations"), await Version("api/trade/commendations/{commendation}")],
            _ => new List<string>(),
        };
        parts.Add(await Total("api/admin/audit"));
        return string.Join("; ", parts);
    }

    /// <summary>
    /// An enterprise with a visit and an open concern raised on 2023-03-01, a second enterprise, a
    /// campaign with nothing assigned, a policy session and a joint measure, each at version 1.
    /// </summary>
    private async Task CreateEnterpriseRecords()
    {
        var enterprise = (await Created("/api/enterprises/enterprises", EnterpriseRequests.Enterprise())).Id();
        placeholders["{enterprise}"] = enterprise.ToString();
        placeholders["{otherEnterprise}"] = (await Created("/api/enterprises/enterprises", EnterpriseRequests.Enterprise())).Id().ToString();
        placeholders["{campaign}"] = (await Created("/api/enterprises/campaigns", EnterpriseRequests.Campaign())).Id().ToString();
        placeholders["{visit}"] = (await Created("/api/enterprises/visits", EnterpriseRequests.Visit(enterprise))).Id().ToString();
        placeholders["{concern}"] = (await Created("/api/enterprises/concerns", EnterpriseRequests.Concern(enterprise, "2023-03-01", "expansion"))).Id().ToString();
        placeholders["{policySession}"] = (await Created("/api/enterprises/policy-sessions", EnterpriseRequests.PolicySession())).Id().ToString();
        placeholders["{jointMeasure}"] = (await Created("/api/enterprises/joint-measures", EnterpriseRequests.JointMeasure())).Id().ToString();
    }

    /// <summary>
    /// A pilot, an order of it entered as confirmed on 2023-03-01 (so at version 1 and confirmed on its
    /// order date), a tour and a commendation, each at version 1.
    /// </summary>
    private async Task CreateTradeRecords()
    {
        var pilot = (await Created("/api/trade/pilots", TradeRequests.Pilot())).Id();
        placeholders["{pilot}"] = pilot.ToString();
        placeholders["{order}"] = (await Created("/api/trade/orders", TradeRequests.Order(orderedOn: "2023-03-01", status: "confirmed", pilotId: pilot)))
            .Id().ToString();
        placeholders["{tour}"] = (await Created("/api/trade/tours", TradeRequests.Tour())).Id().ToString();
        placeholders["{commendation}"] = (await Created("/api/trade/commendations", TradeRequests.Commendation())).Id().ToString();
    }

    /// <summary>
    /// Two talents, the second with a letter of intent, a talent event, a partner base, a programme
    /// and an API token of the admin's, each at version 1, for the generated bad requests
    /// (Reliability/GeneratedBadInputTests) to aim at.
    /// </summary>
    private async Task CreateTalentAndPlatformRecords(Guid root)
    {
        placeholders["{talentEvent}"] = (await Created("/api/talent/events", TalentRequests.Event())).Id().ToString();
        placeholders["{talent}"] = (await Created("/api/talent/talents", TalentRequests.Talent(name: "坏输入人才甲"))).Id().ToString();
        var other = (await Created("/api/talent/talents", TalentRequests.Talent(name: "坏输入人才乙", contact: "bad-input@federation.test"))).Id();
        placeholders["{otherTalent}"] = other.ToString();
        placeholders["{letter}"] = (await Created($"/api/talent/talents/{other}/letter", TalentRequests.Letter())).Id().ToString();
        placeholders["{partnerBase}"] = (await Created("/api/talent/partner-bases", TalentRequests.PartnerBase())).Id().ToString();
        placeholders["{programme}"] = (await Created("/api/scorecard/programmes", ScorecardRequests.Programme(root))).Id().ToString();
        var admin = (await (await Admin.GetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK)).Id();
        // Ids of nothing: a generated request that reached these records could only be refused.
        placeholders["{import}"] = Guid.NewGuid().ToString();
        placeholders["{assignment}"] = Guid.NewGuid().ToString();
        placeholders["{notice}"] = "4294967296";
        placeholders["{token}"] = (await Created("/api/admin/tokens", new { userId = admin, name = "坏输入令牌" })).GetProperty("token").Id().ToString();
    }

    /// <summary>The text with every placeholder ({event}, {talent}…) replaced by the fixture's record.</summary>
    internal string Resolve(string text) => placeholders.Aggregate(text, (resolved, p) => resolved.Replace(p.Key, p.Value));

    private async Task<JsonElement> Created(string path, object body) =>
        await (await Admin.PostAsJsonAsync(path, body)).ShouldBe(HttpStatusCode.Created);

    private async Task<Guid> NewUser(string userName, Guid organisation) =>
        (await Created("/api/admin/users", new
        {
            userName, displayName = "坏输入测试", password = TestFederation.Password, organisationId = organisation, roles = new[] { "branch-staff" },
        })).GetProperty("user").Id();

    private async Task<string> Total(string list)
    {
        var page = await (await Admin.GetAsync($"/{list}?pageSize=1")).ShouldBe(HttpStatusCode.OK);
        return $"{list} total {page.GetProperty("total").GetInt32()}";
    }

    private async Task<string> Count(string list)
    {
        var items = await (await Admin.GetAsync($"/{list}")).ShouldBe(HttpStatusCode.OK);
        return $"{list} count {items.GetArrayLength()}";
    }

    private async Task<string> Version(string path)
    {
        var record = await (await Admin.GetAsync("/" + Resolve(path))).ShouldBe(HttpStatusCode.OK);
        return $"{path} version {record.GetProperty("version").GetInt32()}";
    }

    private async Task<string> OrganisationState()
    {
        var organisations = await (await Admin.GetAsync("/api/admin/organisations")).ShouldBe(HttpStatusCode.OK);
        var mine = organisations.EnumerateArray().Single(o => o.Id().ToString() == placeholders["{organisation}"]);
        return $"organisations count {organisations.GetArrayLength()}, ours version {mine.GetProperty("version").GetInt32()}";
    }

    // The setup's own writes reach the audit log a moment after they commit; wait until they have.
    private async Task AuditLogAtRest()
    {
        var last = "";
        await Eventually.Within(TimeSpan.FromSeconds(10), async () =>
        {
            await Task.Delay(200);
            var now = await Total("api/admin/audit");
            var settled = now == last;
            last = now;
            return settled;
        }, settled => settled);
    }
}
