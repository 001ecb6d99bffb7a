using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Scorecard;

/// <summary>
/// Random sequences of creates, stage changes, corrections and deletions across two branches:
/// whatever the sequence, the scorecard equals a count made directly from the records as the
/// work line shows them, after every event is delivered a second time, and after a rebuild.
/// </summary>
[Trait("Category", "Sqlite")] // Replays the outbox by resetting rows in the SQLite file.
public sealed class ScorecardPropertyTests
{
    private const int Year = 2041;
    private static readonly string[] Countries = ["HK", "MO", "TW", "US", "CA", "SG", "MY", "AU", "GB", "FR"];
    private static readonly string[] Towns = ["石岐", "东区", "小榄", "黄圃"];

    [Theory]
    [InlineData(11)]
    [InlineData(2024)]
    [InlineData(77777)]
    public async Task Any_sequence_of_changes_gives_the_figures_counted_from_the_records(int seed)
    {
        using var factory = new FederationFactory();
        var federation = await TestFederation.Create(factory);
        var admin = federation.Admin;
        var random = new Random(seed);
        var organisations = new[] { federation.BranchA, federation.BranchB };
        var projects = new List<Guid>();
        var events = new List<Guid>();
        var creditLines = new List<Guid>();

        for (var step = 0; step < 45; step++)
        {
            switch (random.Next(9))
            {
                case 0:
                    events.Add(await CreateEvent(admin, random, organisations));
                    break;
                case 1 when events.Count > 0:
                    await CorrectEvent(admin, random, Pick(random, events));
                    break;
                case 2 when events.Count > 0 && random.Next(3) == 0:
                    var removed = Pick(random, events);
                    if (await Remove(admin, $"/api/investment/events/{removed}")) events.Remove(removed);
                    break;
                case 2:
                    events.Add(await CreateEvent(admin, random, organisations));
                    break;
                case 3:
                    projects.Add(await CreateProject(admin, random, organisations));
                    break;
                case 4 or 5 when projects.Count > 0:
                    await Advance(admin, random, Pick(random, projects));
                    break;
                case 6 when projects.Count > 0:
                    await Revert(admin, Pick(random, projects));
                    break;
                case 7 when projects.Count > 0:
                    var project = Pick(random, projects);
                    if (random.Next(3) == 0 && await Remove(admin, $"/api/investment/projects/{project}")) projects.Remove(project);
                    else await CorrectProject(admin, random, project);
                    break;
                default:
                    if (creditLines.Count > 0 && random.Next(4) == 0)
                    {
                        var line = Pick(random, creditLines);
                        if (await Remove(admin, $"/api/investment/credit-lines/{line}")) creditLines.Remove(line);
                    }
                    else creditLines.Add(await CreateCreditLine(admin, random, organisations));
                    break;
            }
        }

        var expected = await CountFromRecords(admin, projects, events, creditLines, organisations);
        expected[""]["investment.events-held"].Should().BeGreaterThan(0, "a sequence worth checking holds events");
        expected[""]["investment.projects-signed"].Should().BeGreaterThan(0, "a sequence worth checking signs projects");
        await Drained(factory);
        foreach (var (scope, figures) in expected)
            (await Figures(admin, scope)).Should().Equal(figures, $"seed {seed}, scope {scope}");

        await Sql(factory, "UPDATE inv_outbox SET SentAtUtc = NULL");
        await Drained(factory);
        (await Figures(admin, "")).Should().Equal(expected[""], "every event delivered a second time changes nothing");

        (await admin.PostAsync("/api/scorecard/rebuild", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        foreach (var (scope, figures) in expected)
            (await Figures(admin, scope)).Should().Equal(figures, $"a rebuild gives the same figures (scope {scope})");
    }

    /// <summary>The figures for the whole federation and for each branch, counted from the records.</summary>
    private static async Task<Dictionary<string, Dictionary<string, decimal>>> CountFromRecords(
        HttpClient admin, List<Guid> projectIds, List<Guid> eventIds, List<Guid> lineIds, Guid[] organisations)
    {
        var projects = new List<JsonElement>();
        foreach (var id in projectIds) projects.Add(await Body(admin, $"/api/investment/projects/{id}"));
        var events = new List<JsonElement>();
        foreach (var id in eventIds) events.Add(await Body(admin, $"/api/investment/events/{id}"));
        var lines = new List<JsonElement>();
        foreach (var id in lineIds) lines.Add(await Body(admin, $"/api/investment/credit-lines/{id}"));

        var result = new Dictionary<string, Dictionary<string, decimal>> { [""] = Count(projects, events, lines) };
        foreach (var organisation in organisations)
        {
            bool Own(JsonElement r) => r.GetProperty("organisationId").GetGuid() == organisation;
            result[$"&organisationId={organisation}"] = Count(projects.Where(Own).ToList(), events.Where(Own).ToList(), lines.Where(Own).ToList());
        }
        return result;
    }

    private static Dictionary<string, decimal> Count(List<JsonElement> projects, List<JsonElement> events, List<JsonElement> lines)
    {
        static bool InYear(string date) => date.StartsWith($"{Year}-", StringComparison.Ordinal);
        var signed = projects.Where(p => p.GetProperty("stage").GetString() != "dropped")
            .Select(p => (Project: p, Signed: p.GetProperty("stages").EnumerateArray()
                .FirstOrDefault(s => s.GetProperty("stage").GetString() == "signed")))
            .Where(x => x.Signed.ValueKind == JsonValueKind.Object && InYear(x.Signed.GetProperty("date").GetString()!))
            .Select(x => x.Project).ToList();
        var brokeGround = signed.Count(p => p.GetProperty("stages").EnumerateArray().Any(s => s.GetProperty("stage").GetString() == "groundbreaking"));
        var held = events.Where(e => InYear(e.GetProperty("startDate").GetString()!)).ToList();
        // Not signed yet and not dropped: an intent, counted from the day it was entered.
        var intents = projects.Where(p => p.GetProperty("stage").GetString() != "dropped")
            .Where(p => p.GetProperty("stages").EnumerateArray().All(s => s.GetProperty("stage").GetString() != "signed"))
            .Where(p => InYear(p.GetProperty("stages")[0].GetProperty("date").GetString()!)).ToList();
        return new Dictionary<string, decimal>
        {
            ["investment.flagship-conferences"] = 0,
            ["investment.sub-sessions"] = 0,
            ["investment.intents"] = intents.Count,
            ["investment.intended-investment"] = intents.Sum(p => p.GetProperty("amountYuan").GetDecimal()),
            ["investment.agreements"] = 0,
            ["investment.platforms-launched"] = 0,
            ["investment.organisations-joined"] = 0,
            ["investment.trade-cooperation"] = 0,
            ["investment.intended-trade"] = 0,
            ["investment.events-held"] = held.Count,
            ["investment.attendees"] = held.Sum(e => e.GetProperty("attendeeCount").GetInt32()),
            ["investment.countries-reached"] = held.SelectMany(e => e.GetProperty("countriesAndRegions").EnumerateArray().Select(c => c.GetString())).Distinct().Count(),
            ["investment.projects-signed"] = signed.Count,
            ["investment.signed-amount"] = signed.Sum(p => p.GetProperty("amountYuan").GetDecimal()),
            ["investment.groundbreaking-rate"] = signed.Count == 0 ? 0 : Math.Round((decimal)brokeGround / signed.Count, 4),
            ["investment.credit-lines"] = lines.Where(l => InYear(l.GetProperty("grantedOn").GetString()!)).Sum(l => l.GetProperty("amountYuan").GetDecimal()),
        };
    }

    private static async Task<Guid> CreateEvent(HttpClient admin, Random random, Guid[] organisations)
    {
        var body = InvestmentRequests.Event(Pick(random, organisations));
        body["startDate"] = body["endDate"] = RandomDate(random);
        body["attendeeCount"] = random.Next(0, 500);
        body["countriesAndRegions"] = Countries.OrderBy(_ => random.Next()).Take(random.Next(0, 5)).ToArray();
        return (await (await admin.PostAsJsonAsync("/api/investment/events", body)).ShouldBe(HttpStatusCode.Created)).Id();
    }

    private static async Task CorrectEvent(HttpClient admin, Random random, Guid id)
    {
        var current = await Body(admin, $"/api/investment/events/{id}");
        var body = InvestmentRequests.Event(current.GetProperty("organisationId").GetGuid());
        body["startDate"] = body["endDate"] = RandomDate(random);
        body["attendeeCount"] = random.Next(0, 500);
        body["countriesAndRegions"] = Countries.OrderBy(_ => random.Next()).Take(random.Next(0, 5)).ToArray();
        body["version"] = current.GetProperty("version").GetInt32();
        (await admin.PutAsJsonAsync($"/api/investment/events/{id}", body)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<Guid> CreateProject(HttpClient admin, Random random, Guid[] organisations)
    {
        var body = InvestmentRequests.Project(Pick(random, organisations), stage: Pick(random, ["intent", "negotiating", "signed"]));
        body["stageDate"] = RandomDate(random, lastMonth: 6);
        body["amountYuan"] = random.Next(1, 1_000_000) * 100.01m;
        body["town"] = Pick(random, Towns);
        return (await (await admin.PostAsJsonAsync("/api/investment/projects", body)).ShouldBe(HttpStatusCode.Created)).Id();
    }

    private static async Task CorrectProject(HttpClient admin, Random random, Guid id)
    {
        var current = await Body(admin, $"/api/investment/projects/{id}");
        var body = InvestmentRequests.Project();
        body.Remove("stage");
        body.Remove("stageDate");
        body.Remove("organisationId");
        body["amountYuan"] = random.Next(1, 1_000_000) * 0.37m;
        body["town"] = Pick(random, Towns);
        body["version"] = current.GetProperty("version").GetInt32();
        (await admin.PutAsJsonAsync($"/api/investment/projects/{id}", body)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>Moves a project to one of the stages its rules allow next, when there is one.</summary>
    private static async Task Advance(HttpClient admin, Random random, Guid id)
    {
        var current = await Body(admin, $"/api/investment/projects/{id}");
        var allowed = current.GetProperty("allowedNextStages").EnumerateArray().Select(s => s.GetString()!).ToList();
        if (allowed.Count == 0) return;
        var date = DateOnly.Parse(current.GetProperty("stageDate").GetString()!).AddDays(random.Next(0, 40));
        (await admin.PostAsJsonAsync($"/api/investment/projects/{id}/stage",
            new { stage = Pick(random, allowed), date = date.ToString("yyyy-MM-dd"), version = current.GetProperty("version").GetInt32() }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task Revert(HttpClient admin, Guid id)
    {
        var current = await Body(admin, $"/api/investment/projects/{id}");
        if (current.GetProperty("stages").GetArrayLength() < 2) return;
        (await admin.PostAsJsonAsync($"/api/investment/projects/{id}/stage/revert",
            new { reason = "更正", version = current.GetProperty("version").GetInt32() })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<Guid> CreateCreditLine(HttpClient admin, Random random, Guid[] organisations)
    {
        var body = InvestmentRequests.CreditLine(Pick(random, organisations));
        body["grantedOn"] = RandomDate(random);
        body["amountYuan"] = random.Next(1, 100_000) * 1000.5m;
        return (await (await admin.PostAsJsonAsync("/api/investment/credit-lines", body)).ShouldBe(HttpStatusCode.Created)).Id();
    }

    /// <summary>Removes a record unless another one refers to it (an event with projects); true when removed.</summary>
    private static async Task<bool> Remove(HttpClient admin, string url)
    {
        var version = (await Body(admin, url)).GetProperty("version").GetInt32();
        var response = await admin.DeleteAsync($"{url}?version={version}");
        response.StatusCode.Should().BeOneOf(HttpStatusCode.NoContent, HttpStatusCode.Conflict);
        return response.StatusCode == HttpStatusCode.NoContent;
    }

    // Dates straddle the year's ends, so the year filter is tested too.
    private static string RandomDate(Random random, int lastMonth = 12) =>
        new DateOnly(Year, 1, 1).AddDays(random.Next(-20, lastMonth * 30 + 20)).ToString("yyyy-MM-dd");

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static async Task<JsonElement> Body(HttpClient client, string url) => await (await client.GetAsync(url)).ShouldBe(HttpStatusCode.OK);

    // Only Investment is exercised here; the other work lines' KPIs stand at zero beside it.
    private static async Task<Dictionary<string, decimal>> Figures(HttpClient admin, string scope) =>
        (await ScorecardRequests.Kpis(admin, $"/api/scorecard/{Year}?includeBranches=false{scope}"))
            .Where(k => k.Key.StartsWith("investment.", StringComparison.Ordinal)).ToDictionary();

    private static async Task Drained(FederationFactory factory) =>
        await Eventually.Within(TimeSpan.FromSeconds(30), () => Sql(factory, "SELECT COUNT(*) FROM inv_outbox WHERE SentAtUtc IS NULL"), n => n == 0);

    private static async Task<long> Sql(FederationFactory factory, string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return sql.StartsWith("SELECT", StringComparison.Ordinal) ? (long)(await command.ExecuteScalarAsync())! : await command.ExecuteNonQueryAsync();
    }
}
