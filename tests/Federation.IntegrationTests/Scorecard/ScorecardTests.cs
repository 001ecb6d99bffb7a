using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;
using Federation.Scorecard.Contracts;

namespace Federation.IntegrationTests.Scorecard;

/// <summary>The scorecard counts only what the work lines' events told it, and follows every correction.</summary>
public sealed class ScorecardTests
{

    [Fact]
    public async Task Signing_reverting_correcting_dropping_and_removing_a_project_move_the_figures_each_time()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        const string url = "/api/scorecard/2031";
        var body = InvestmentRequests.Project(stage: "intent");
        body["stageDate"] = "2031-03-01";
        var project = await (await admin.PostAsJsonAsync("/api/investment/projects", body)).ShouldBe(HttpStatusCode.Created);
        var id = project.Id();

        (await Settled(admin, url, "investment.projects-signed", 0)).Should().NotBeNull("an intent is not a signing");

        await Step(admin, $"/api/investment/projects/{id}/stage", new { stage = "signed", date = "2031-04-01", version = 1 });
        (await Settled(admin, url, "investment.signed-amount", 800_000_000m))!["investment.projects-signed"].Should().Be(1);

        await Step(admin, $"/api/investment/projects/{id}/stage/revert", new { reason = "误录", version = 2 });
        (await Settled(admin, url, "investment.projects-signed", 0))!["investment.signed-amount"].Should().Be(0);

        await Step(admin, $"/api/investment/projects/{id}/stage", new { stage = "signed", date = "2031-05-01", version = 3 });
        var corrected = new Dictionary<string, object?>(body) { ["amountYuan"] = 123_456.78m, ["version"] = 4 };
        corrected.Remove("stage");
        corrected.Remove("stageDate");
        corrected.Remove("organisationId");
        (await admin.PutAsJsonAsync($"/api/investment/projects/{id}", corrected)).StatusCode.Should().Be(HttpStatusCode.OK);
        await Settled(admin, url, "investment.signed-amount", 123_456.78m);

        await Step(admin, $"/api/investment/projects/{id}/stage", new { stage = "dropped", date = "2031-06-01", version = 5 });
        await Settled(admin, url, "investment.projects-signed", 0);

        await Step(admin, $"/api/investment/projects/{id}/stage/revert", new { reason = "恢复", version = 6 });
        await Settled(admin, url, "investment.projects-signed", 1);
        (await admin.DeleteAsync($"/api/investment/projects/{id}?version=7")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await Settled(admin, url, "investment.projects-signed", 0);
    }

    [Trait("Category", "Sqlite")] // Resets outbox rows in the SQLite file, as a crash would leave them.
    [Fact]
    public async Task An_event_delivered_again_after_a_crash_is_not_counted_twice()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var body = InvestmentRequests.CreditLine();
        body["grantedOn"] = "2032-01-10";
        body["amountYuan"] = 500m;
        await (await admin.PostAsJsonAsync("/api/investment/credit-lines", body)).ShouldBe(HttpStatusCode.Created);
        await Settled(admin, "/api/scorecard/2032", "investment.credit-lines", 500m);

        // What a crash between delivery and "sent" leaves behind: the row is sent again.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabasePath}"))
        {
            await connection.OpenAsync();
            var reset = connection.CreateCommand();
            reset.CommandText = "UPDATE inv_outbox SET SentAtUtc = NULL WHERE Type LIKE '%KpiFactsChanged'";
            (await reset.ExecuteNonQueryAsync()).Should().BeGreaterThan(0);
        }
        await Eventually.Within(TimeSpan.FromSeconds(15), () => UnsentRows(factory), n => n == 0);

        (await Figures(admin, "/api/scorecard/2032"))["investment.credit-lines"].Should().Be(500m);
    }

    [Fact]
    public async Task A_branch_reads_its_own_figures_and_may_not_ask_for_another_branch()
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var own = InvestmentRequests.CreditLine(federation.BranchA);
        own["grantedOn"] = "2033-02-01";
        own["amountYuan"] = 100m;
        var other = InvestmentRequests.CreditLine(federation.BranchB);
        other["grantedOn"] = "2033-02-01";
        other["amountYuan"] = 7m;
        await federation.Admin.PostAsJsonAsync("/api/investment/credit-lines", own);
        await federation.Admin.PostAsJsonAsync("/api/investment/credit-lines", other);
        await Settled(federation.Admin, "/api/scorecard/2033", "investment.credit-lines", 107m);
        var branchUser = await federation.User(federation.BranchA, "branch-staff");

        (await Figures(branchUser, "/api/scorecard/2033"))["investment.credit-lines"].Should().Be(100m);
        (await Figures(federation.Admin, $"/api/scorecard/2033?organisationId={federation.BranchB}"))["investment.credit-lines"].Should().Be(7m);
        (await branchUser.GetAsync($"/api/scorecard/2033?organisationId={federation.BranchB}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Trait("Category", "Sqlite")] // Counts unsent outbox rows in the SQLite file.
    [Fact]
    public async Task Rebuilding_from_the_event_history_gives_identical_figures_after_corrections()
    {
        using var factory = new FederationFactory().With("Bootstrap:DemoData", "true");
        var admin = await factory.Admin();
        var project = await (await admin.PostAsJsonAsync("/api/investment/projects", InvestmentRequests.Project())).Body();
        await Step(admin, $"/api/investment/projects/{project.Id()}/stage", new { stage = "dropped", date = "2023-12-01", version = 1 });
        await Eventually.Within(TimeSpan.FromSeconds(120), () => Figures(admin, "/api/scorecard/2023"),
            f => f["investment.credit-lines"] == 12_000_000_000m && f["investment.projects-signed"] == 12
                && f["talent.letters-of-intent"] == 21 && f["talent.partner-bases"] == 2
                && f["enterprises.visits"] == 108 && f["enterprises.policy-sessions"] == 6
                && f["trade.orders"] == 11 && f["trade.tours"] == 7 && f["trade.commendations"] == 1);
        await Eventually.Within(TimeSpan.FromSeconds(120), () => UnsentRows(factory), n => n == 0);
        // Read only once every outbox has drained: the demo's last facts may still be on their way above.
        var before = await Figures(admin, "/api/scorecard/2023");

        var rebuilt = await (await admin.PostAsync("/api/scorecard/rebuild", null)).ShouldBe(HttpStatusCode.OK);

        rebuilt.GetProperty("records").GetInt32().Should().Be(214,
            "Investment: 7 events, 14 demo projects, the demo's lead from Enterprise services, the dropped one, 2 credit lines; " +
            "Talent: 4 events, 21 letters, 2 partner bases; Enterprises: 108 visits, 24 concerns, 1 campaign, 6 policy sessions, 1 joint measure; " +
            "Trade: 1 pilot, 13 orders (one cancelled, one an intent), 7 tours, 1 commendation");
        rebuilt.GetProperty("eventsReplayed").GetInt32().Should().BeGreaterThan(15);
        (await Figures(admin, "/api/scorecard/2023")).Should().Equal(before);
    }

    private static Task<Dictionary<string, decimal>> Figures(HttpClient client, string url) => ScorecardRequests.Kpis(client, url);

    private static async Task<Dictionary<string, decimal>?> Settled(HttpClient client, string url, string key, decimal expected)
    {
        var figures = await Eventually.Within(TimeSpan.FromSeconds(15), () => Figures(client, url), f => f[key] == expected);
        figures[key].Should().Be(expected, $"{key} should follow the last change");
        return figures;
    }

    private static async Task Step(HttpClient client, string url, object body) =>
        (await client.PostAsJsonAsync(url, body)).StatusCode.Should().Be(HttpStatusCode.OK, url);

    private static async Task<long> UnsentRows(FederationFactory factory)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        var count = connection.CreateCommand();
        count.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_outbox' ESCAPE '\\'";
        var tables = new List<string>();
        await using (var reader = await count.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        count.CommandText = "SELECT " + string.Join(" + ", tables.Select(t => $"(SELECT COUNT(*) FROM {t} WHERE SentAtUtc IS NULL)"));
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
