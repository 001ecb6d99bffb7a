using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Autofac;
using Federation.Enterprises.Concerns;
using Federation.Kernel.Identity;
using Federation.Host.Messaging;
using Federation.IntegrationTests.Infrastructure;
using Federation.Kernel.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Enterprises;

/// <summary>
/// One host per test class for the Enterprise services tests: the federation with two branches,
/// a member of the enterprise services staff at the root who signs every change (so steps show
/// a known name), and ways to reach the platform (event delivery, the overdue check) a test needs.
/// Tests of one class share the database: each uses its own enterprises and its own scorecard year.
/// </summary>
public sealed class EnterpriseWorld : IAsyncLifetime
{
    private TestFederation? federation;

    public FederationFactory Factory { get; } = new();

    public TestFederation Federation => federation ?? throw new InvalidOperationException("The fixture is not initialised.");

    public HttpClient Admin => Federation.Admin;

    /// <summary>An enterprises-staff user of the root organisation.</summary>
    public HttpClient Staff { get; private set; } = null!;

    public string StaffUserName { get; private set; } = "";

    public async Task InitializeAsync()
    {
        federation = await TestFederation.Create(Factory);
        var staff = await NewUser(Federation.Root, "侨企服务专员", "enterprises-staff");
        Staff = staff.Client;
        StaffUserName = staff.UserName;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>Creates a user through the admin API and signs them in.</summary>
    public async Task<(Guid Id, string UserName, HttpClient Client)> NewUser(Guid organisation, string displayName, params string[] roles)
    {
        var userName = $"e{Guid.NewGuid():N}"[..20];
        var created = await (await Admin.PostAsJsonAsync("/api/admin/users",
            new { userName, displayName, password = TestFederation.Password, organisationId = organisation, roles })).ShouldBe(HttpStatusCode.Created);
        return (created.GetProperty("user").Id(), userName, await Factory.SignedIn(userName, TestFederation.Password));
    }

    public Task<JsonElement> Register(HttpClient client, Dictionary<string, object?> body) =>
        EnterpriseRequests.Created(client, "/api/enterprises/enterprises", body);

    public Task<JsonElement> Register(Guid? organisationId = null, string? name = null) =>
        Register(Admin, EnterpriseRequests.Enterprise(organisationId, name));

    public async Task<JsonElement> Timeline(HttpClient client, Guid enterpriseId) =>
        await (await client.GetAsync($"/api/enterprises/enterprises/{enterpriseId}/timeline")).ShouldBe(HttpStatusCode.OK);

    /// <summary>Waits until the enterprise's timeline satisfies <paramref name="done"/> and returns its items.</summary>
    public async Task<List<JsonElement>> TimelineWhen(HttpClient client, Guid enterpriseId, Func<List<JsonElement>, bool> done) =>
        await Eventually.Within(TimeSpan.FromSeconds(20),
            async () => (await Timeline(client, enterpriseId)).GetProperty("items").EnumerateArray().ToList(), done);

    public Task<Dictionary<string, decimal>> Kpis(int year) => ScorecardRequests.Kpis(Admin, $"/api/scorecard/{year}");

    /// <summary>Waits for the scorecard to reach <paramref name="done"/> (facts arrive through the outbox) and returns it.</summary>
    public Task<Dictionary<string, decimal>> KpisWhen(int year, Func<Dictionary<string, decimal>, bool> done) =>
        Eventually.Within(TimeSpan.FromSeconds(20), () => Kpis(year), done);

    /// <summary>Runs the hourly overdue check now, as the hosted service does.</summary>
    public async Task FlagOverdueConcerns()
    {
        await using var scope = Factory.Services.GetRequiredService<ILifetimeScope>().BeginSystemScope();
        await scope.Resolve<OverdueConcerns>().Flag(CancellationToken.None);
    }

    /// <summary>
    /// Delivers an event to this host's handlers, returning when every one has committed: in
    /// process, as a replay does, whichever transport the host publishes on.
    /// </summary>
    public Task Deliver<TEvent>(TEvent integrationEvent) where TEvent : IntegrationEvent =>
        Factory.Services.GetRequiredService<ILifetimeScope>().Resolve<InProcessDelivery>()
            .DeliverAll([integrationEvent], CancellationToken.None);
}
