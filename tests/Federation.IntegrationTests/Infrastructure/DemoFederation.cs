namespace Federation.IntegrationTests.Infrastructure;

/// <summary>One host with the 2023 demo loaded, shared by the tests of a class that only read it.</summary>
public sealed class DemoFederation : IAsyncLifetime
{
    public FederationFactory Factory { get; } = new FederationFactory().With("Bootstrap:DemoData", "true");

    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync() => Admin = await Factory.Admin();

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
