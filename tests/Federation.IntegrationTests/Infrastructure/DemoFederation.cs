namespace Federation.IntegrationTests.Infrastructure;

/// <summary>
/// One host with the 2023 demo loaded, shared by every test class of the <see cref="Demo2023"/>
/// collection: they only read it, and loading the demo is the slowest thing a test host does
/// (half a minute on PostgreSQL and RabbitMQ). A test that changes data makes its own host.
/// </summary>
public sealed class DemoFederation : IAsyncLifetime
{
    public FederationFactory Factory { get; } = new FederationFactory().With("Bootstrap:DemoData", "true");

    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync() => Admin = await Factory.Admin();

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>The test classes that read the one shared 2023 demo; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class Demo2023 : ICollectionFixture<DemoFederation>
{
    public const string Name = "The 2023 demo, read only";
}
