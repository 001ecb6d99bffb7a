using System.Text.Json.Nodes;
using Federation.IntegrationTests.Infrastructure;
using Federation.IntegrationTests.Validation;
using static Federation.IntegrationTests.Validation.BadBodies;

namespace Federation.IntegrationTests.Reliability;

/// <summary>
/// A write endpoint with a request it would accept, aimed at the <see cref="BadInputFixture"/>'s
/// records through its placeholders. <paramref name="Body"/> is null for an endpoint that takes
/// none; <paramref name="Query"/> holds the query a valid call sends (a DELETE's version, an upload's file name).
/// </summary>
internal sealed record WriteEndpoint(string Method, string Path, JsonObject? Body, string Query = "")
{
    public string Name => $"{Method} {Path}";

    /// <summary>The record id placeholder in the path ({event}, {project}…), if the endpoint addresses one.</summary>
    /// <summary>A ledger upload: the body is the file itself, named by the query's fileName.</summary>
    public bool TakesFile => Path.StartsWith("api/imports/ledgers/", StringComparison.Ordinal);

    public string? RouteId => System.Text.RegularExpressions.Regex.Match(Path, @"\{[A-Za-z]+\}") is { Success: true } m ? m.Value : null;
}

/// <summary>
/// Every write endpoint of the API that takes input (the permission matrix's POST, PUT and DELETE
/// rows), each with a valid request. Left out are the writes that take no input at all and so
/// cannot be sent a bad one: signing out, a backup, rebuilding the scorecard, marking every notice read.
/// </summary>
internal static class WriteEndpoints
{
    public static readonly IReadOnlyList<WriteEndpoint> All = [.. Platform(), .. Investment(), .. Talent(), .. Enterprises(), .. Trade()];

    /// <summary>A collection's create, and the correction and deletion of the fixture's <paramref name="record"/> at version 1.</summary>
    private static IEnumerable<WriteEndpoint> Editable(string collection, string record, JsonObject body)
    {
        yield return new("POST", collection, body);
        yield return new("PUT", $"{collection}/{record}", body.With("version", 1));
        yield return new("DELETE", $"{collection}/{record}", null, "?version=1");
    }

    private static IEnumerable<WriteEndpoint> Platform()
    {
        yield return new("POST", "api/auth/sign-in", From(new { userName = "{account}", password = TestFederation.Password }));
        yield return new("POST", "api/auth/password",
            From(new { currentPassword = TestFederation.Password, newPassword = "Changed-Passw0rd-9" }));
        var user = new { displayName = "测试用户", organisationId = "{root}", roles = new[] { "branch-staff" }, email = "bad-input@federation.test" };
        yield return new("POST", "api/admin/users", From(user).With("userName", "generated-user").With("password", TestFederation.Password));
        yield return new("PUT", "api/admin/users/{user}", From(user).With("disabled", false).With("version", 1));
        yield return new("POST", "api/admin/users/{user}/password-reset", null);
        var organisation = From(new { name = "生成的协会", kind = "affiliatedAssociation", parentId = "{root}", town = "石岐" });
        yield return new("POST", "api/admin/organisations", organisation);
        yield return new("PUT", "api/admin/organisations/{organisation}", organisation.With("version", 1));
        yield return new("POST", "api/admin/tokens", From(new { userId = "{user}", name = "生成的令牌", expiresAtUtc = "2099-01-01T00:00:00Z" }));
        yield return new("DELETE", "api/admin/tokens/{token}", null);
        var programme = From(ScorecardRequests.Programme()).With("organisationId", "{root}");
        foreach (var endpoint in Editable("api/scorecard/programmes", "{programme}", programme)) yield return endpoint;
        yield return new("POST", "api/imports/ledgers/investment-projects", null, "?fileName=ledger.csv&mode=dryRun");
        yield return new("POST", "api/imports/{import}/confirm", From(new { mode = "eachRow" }));
        yield return new("POST", "api/notifications/{notice}/read", null);
    }

    private static IEnumerable<WriteEndpoint> Investment()
    {
        var @event = From(InvestmentRequests.Event());
        foreach (var endpoint in Editable("api/investment/events", "{event}", @event)) yield return endpoint;
        var project = From(InvestmentRequests.Project());
        yield return new("POST", "api/investment/projects", project);
        yield return new("PUT", "api/investment/projects/{project}",
            project.Without("stage").Without("stageDate").Without("organisationId").With("version", 2));
        yield return new("POST", "api/investment/projects/{project}/stage",
            From(new { stage = "inProduction", date = "2024-03-01", version = 2 }));
        yield return new("POST", "api/investment/projects/{project}/stage/revert", From(new { reason = "误录", version = 2 }));
        yield return new("POST", "api/investment/projects/{project}/follow-ups", From(new { date = "2023-07-01", note = "走访企业" }));
        yield return new("DELETE", "api/investment/projects/{project}", null, "?version=2");
        var creditLine = From(InvestmentRequests.CreditLine());
        foreach (var endpoint in Editable("api/investment/credit-lines", "{creditLine}", creditLine)) yield return endpoint;
        var outcome = From(InvestmentRequests.Outcome());
        foreach (var endpoint in Editable("api/investment/outcomes", "{outcome}", outcome)) yield return endpoint;
    }

    private static IEnumerable<WriteEndpoint> Talent()
    {
        var @event = From(TalentRequests.Event());
        foreach (var endpoint in Editable("api/talent/events", "{talentEvent}", @event)) yield return endpoint;
        var talent = From(TalentRequests.Talent(name: "生成的人才"));
        foreach (var endpoint in Editable("api/talent/talents", "{talent}", talent)) yield return endpoint;
        yield return new("POST", "api/talent/talents/{talent}/status", From(new { status = "inContact", version = 1 }));
        yield return new("POST", "api/talent/talents/{talent}/merge",
            From(new { duplicateId = "{otherTalent}", version = 1, duplicateVersion = 1 }));
        yield return new("POST", "api/talent/talents/{talent}/letter", From(TalentRequests.Letter()));
        yield return new("POST", "api/talent/letters/{letter}/withdraw", From(new { on = "2023-12-01", reason = "改变主意", version = 1 }));
        yield return new("DELETE", "api/talent/letters/{letter}", null, "?version=1");
        var partnerBase = From(TalentRequests.PartnerBase());
        foreach (var endpoint in Editable("api/talent/partner-bases", "{partnerBase}", partnerBase)) yield return endpoint;
    }

    private static IEnumerable<WriteEndpoint> Enterprises()
    {
        var enterprise = From(EnterpriseRequests.Enterprise());
        yield return new("POST", "api/enterprises/enterprises", enterprise);
        yield return new("PUT", "api/enterprises/enterprises/{enterprise}", enterprise.With("version", 1));
        yield return new("DELETE", "api/enterprises/enterprises/{otherEnterprise}", null, "?version=1");
        var campaign = From(EnterpriseRequests.Campaign());
        foreach (var endpoint in Editable("api/enterprises/campaigns", "{campaign}", campaign)) yield return endpoint;
        yield return new("POST", "api/enterprises/campaigns/{campaign}/assignments",
            From(new { enterpriseId = "{enterprise}", leaderUserId = "{user}", version = 1 }));
        yield return new("DELETE", "api/enterprises/campaigns/{campaign}/assignments/{assignment}", null, "?version=1");
        var visit = From(EnterpriseRequests.Visit(Guid.Empty)).With("enterpriseId", "{enterprise}");
        foreach (var endpoint in Editable("api/enterprises/visits", "{visit}", visit)) yield return endpoint;
        var concern = From(EnterpriseRequests.Concern(null)).With("enterpriseId", "{enterprise}");
        foreach (var endpoint in Editable("api/enterprises/concerns", "{concern}", concern)) yield return endpoint;
        yield return new("POST", "api/enterprises/concerns/{concern}/steps",
            From(EnterpriseRequests.Refer("2023-03-02", 1, dueOn: "2023-04-01")));
        yield return new("POST", "api/enterprises/concerns/{concern}/investment-lead",
            From(new { estimatedAmount = 1_000_000m, version = 1 }));
        var session = From(EnterpriseRequests.PolicySession());
        foreach (var endpoint in Editable("api/enterprises/policy-sessions", "{policySession}", session)) yield return endpoint;
        var measure = From(EnterpriseRequests.JointMeasure());
        foreach (var endpoint in Editable("api/enterprises/joint-measures", "{jointMeasure}", measure)) yield return endpoint;
    }

    private static IEnumerable<WriteEndpoint> Trade()
    {
        var pilot = From(TradeRequests.Pilot());
        foreach (var endpoint in Editable("api/trade/pilots", "{pilot}", pilot)) yield return endpoint;
        var order = From(TradeRequests.Order());
        foreach (var endpoint in Editable("api/trade/orders", "{order}", order)) yield return endpoint;
        yield return new("POST", "api/trade/orders/{order}/status", From(TradeRequests.Move("delivered", "2023-05-01", 1)));
        var tour = From(TradeRequests.Tour());
        foreach (var endpoint in Editable("api/trade/tours", "{tour}", tour)) yield return endpoint;
        var commendation = From(TradeRequests.Commendation());
        foreach (var endpoint in Editable("api/trade/commendations", "{commendation}", commendation)) yield return endpoint;
    }
}
