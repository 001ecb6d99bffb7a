using System.Net;
using System.Net.Http.Json;
using Autofac;
using Federation.Host.Modules;
using Federation.IntegrationTests.Infrastructure;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using Federation.Scorecard.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Modules;

/// <summary>
/// Which class answers a port (a [Port] interface) is decided by who provides it, never by the
/// order registrations happened to be made in: one provider, or the port's answer for when none does.
/// </summary>
public sealed class PortTests
{
    [Fact]
    public void A_second_module_providing_the_same_port_is_refused_whichever_comes_first()
    {
        foreach (var (first, second) in new[] { ("Alpha", "Beta"), ("Beta", "Alpha") })
        {
            var ports = new PortAnswers();
            ports.Clash(first, Providing()).Should().BeNull();
            ports.Take(first, Providing());

            ports.Clash(second, Providing()).Should().Contain(first).And.Contain(second).And.Contain(nameof(IPeopleDirectory));
            ports.AnsweredBy(typeof(IPeopleDirectory)).Should().Be(first);
        }
    }

    [Fact]
    public void A_module_cannot_take_a_port_the_host_answers_nor_provide_an_interface_that_is_no_port()
    {
        var ports = new PortAnswers();
        var registration = new ModuleRegistration();
        registration.Provide<IKpiCatalogue, NoKpis>();
        ports.Clash("Gamma", registration).Should().Contain("the host");

        var notAPort = new ModuleRegistration();
        notAPort.Provide<IComparable, Comparable>();
        ports.Clash("Delta", notAPort).Should().Contain("not marked [Port]");
    }

    [Fact]
    public void A_port_no_module_provides_gets_its_declared_answer_and_a_provided_one_its_provider()
    {
        var ports = new PortAnswers();
        ports.Take("Alpha", Providing());
        var builder = new ContainerBuilder();

        ports.RegisterIn(builder, [typeof(IModule).Assembly, typeof(IProgrammeCatalogue).Assembly]);
        using var container = builder.Build();

        container.Resolve<IProgrammeCatalogue>().Should().BeOfType<NoProgrammes>();
        container.Resolve<IPeopleDirectory>().Should().BeOfType<NoPeople>();
    }

    [Fact]
    public async Task With_the_scorecard_on_the_programme_catalogue_is_the_scorecard_s()
    {
        using var factory = new FederationFactory();
        await using var scope = factory.Services.CreateAsyncScope();

        scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().GetType().FullName
            .Should().Be("Federation.Scorecard.Programmes.ProgrammeCatalogue");
    }

    [Fact]
    public async Task With_the_scorecard_off_there_are_no_programmes_and_the_work_lines_still_work()
    {
        using var factory = new FederationFactory().With("Modules:Scorecard:Enabled", "false");
        var admin = await factory.Admin();
        await using (var scope = factory.Services.CreateAsyncScope())
            scope.ServiceProvider.GetRequiredService<IProgrammeCatalogue>().Should().BeOfType<NoProgrammes>();

        await EnterpriseRequests.Created(admin, "/api/investment/projects", InvestmentRequests.Project());
        var tagged = InvestmentRequests.Project();
        tagged["programmeId"] = Guid.NewGuid();
        var refused = await admin.PostAsJsonAsync("/api/investment/projects", tagged);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("programmeId");
    }

    [Fact]
    public void In_the_running_host_every_port_has_its_one_answer()
    {
        using var factory = new FederationFactory();
        var catalog = factory.Services.GetRequiredService<ModuleCatalog>();
        var ports = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name!.StartsWith("Federation.", StringComparison.Ordinal) && !a.GetName().Name!.EndsWith("Tests", StringComparison.Ordinal))
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsInterface && t.GetCustomAttributes(typeof(PortAttribute), false).Length > 0)
            .ToList();
        using var scope = factory.Services.CreateScope();

        ports.Should().Contain([typeof(IPeopleDirectory), typeof(IModuleDirectory), typeof(IProgrammeCatalogue)]);
        foreach (var port in ports)
        {
            var answeredBy = catalog.Ports.AnsweredBy(port);
            var answers = scope.ServiceProvider.GetServices(port).ToList();
            answers.Should().ContainSingle("{0} has one answer, not one per registration", port.Name);
            if (answeredBy is null)
                answers[0]!.GetType().Should().Be(((PortAttribute)port.GetCustomAttributes(typeof(PortAttribute), false)[0]).WhenAbsent!,
                    "{0} is answered by no module, so by its declared answer", port.Name);
            else if (answeredBy == "the host")
                answers[0]!.GetType().Assembly.Should().BeSameAs(typeof(ModuleCatalog).Assembly, "{0} is the host's", port.Name);
            else
                answers[0]!.GetType().Assembly.Should().BeSameAs(catalog.Enabled.Single(m => m.Name == answeredBy).GetType().Assembly,
                    "{0} is answered by {1}", port.Name, answeredBy);
        }
    }

    private static ModuleRegistration Providing()
    {
        var registration = new ModuleRegistration();
        registration.Provide<IPeopleDirectory, NoPeople>();
        return registration;
    }

    private sealed class NoPeople : IPeopleDirectory
    {
        public Task<IReadOnlyList<PersonSummary>> Leaders(ICurrentUser user, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<PersonSummary>>([]);
        public Task<PersonSummary?> Find(Guid userId, CancellationToken cancellationToken) => Task.FromResult<PersonSummary?>(null);
    }

    private sealed class NoKpis : IKpiCatalogue
    {
        public IReadOnlyList<KpiDefinition> All => [];
        public IReadOnlyList<string> WorkLines => [];
        public LocalizedText? WorkLineTitle(string workLine) => null;
        public string? WorkLineOf(string kpiKey) => null;
        public IReadOnlyList<LocalizedText> ReportParagraphs => [];
    }

    private sealed class Comparable : IComparable
    {
        public int CompareTo(object? obj) => 0;
    }
}
