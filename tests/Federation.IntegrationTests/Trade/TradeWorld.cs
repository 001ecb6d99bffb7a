using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Trade;

/// <summary>
/// One host per test class for the Trade support tests: the federation with two branches and a
/// member of the trade staff at the root who records the orders, tours and commendations.
/// Tests of one class share the database: each uses its own sellers (a unique tag in the name) and
/// its own scorecard year.
/// </summary>
public sealed class TradeWorld : IAsyncLifetime
{
    private TestFederation? federation;

    public FederationFactory Factory { get; } = new();

    public TestFederation Federation => federation ?? throw new InvalidOperationException("The fixture is not initialised.");

    public HttpClient Admin => Federation.Admin;

    /// <summary>A trade-staff user of the root organisation.</summary>
    public HttpClient Staff { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        federation = await TestFederation.Create(Factory);
        Staff = await NewUser(Federation.Root, "trade-staff");
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>Creates a user with <paramref name="roles"/> in <paramref name="organisation"/> and signs them in.</summary>
    public async Task<HttpClient> NewUser(Guid organisation, params string[] roles)
    {
        var userName = $"t{Guid.NewGuid():N}"[..20];
        await (await Admin.PostAsJsonAsync("/api/admin/users",
            new { userName, displayName = "以侨助贸专员", password = TestFederation.Password, organisationId = organisation, roles })).ShouldBe(HttpStatusCode.Created);
        return await Factory.SignedIn(userName, TestFederation.Password);
    }

    public Task<JsonElement> Scorecard(int year) => ScorecardRequests.Read(Admin, $"/api/scorecard/{year}");

    /// <summary>Waits for the year's scorecard to reach <paramref name="done"/> (facts arrive through the outbox) and returns it.</summary>
    public Task<JsonElement> ScorecardWhen(int year, Func<Dictionary<string, decimal>, bool> done) =>
        Eventually.Within(TimeSpan.FromSeconds(20), () => Scorecard(year), s => done(ScorecardRequests.Kpis(s)));

    public async Task<Dictionary<string, decimal>> KpisWhen(int year, Func<Dictionary<string, decimal>, bool> done) =>
        ScorecardRequests.Kpis(await ScorecardWhen(year, done));

    /// <summary>The values of one row of a breakdown ("byMonth" keyed "202303", "byCountryOrRegion" keyed "US" …); empty when the row is absent.</summary>
    public static Dictionary<string, decimal> Row(JsonElement scorecard, string breakdown, string key) =>
        scorecard.GetProperty("breakdowns").GetProperty(breakdown).EnumerateArray()
            .Where(r => r.GetProperty("key").GetString() == key)
            .SelectMany(r => r.GetProperty("values").EnumerateObject())
            .ToDictionary(v => v.Name, v => v.Value.GetDecimal());

    /// <summary>A KPI's value in a breakdown row, 0 when the row does not mention it.</summary>
    public static decimal Cell(JsonElement scorecard, string breakdown, string key, string kpi) =>
        Row(scorecard, breakdown, key).GetValueOrDefault(kpi);
}
