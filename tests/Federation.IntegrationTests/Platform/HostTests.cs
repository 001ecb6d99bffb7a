using System.Net;
using Autofac;
using Federation.Host.Modules;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Platform;

public sealed class HostTests : IClassFixture<FederationFactory>
{
    private readonly FederationFactory factory;

    public HostTests(FederationFactory factory) => this.factory = factory;

    [Fact]
    public async Task Health_answers_without_signing_in() =>
        (await factory.CreateClient().GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);

    [Fact]
    public async Task The_OpenAPI_document_and_Scalar_are_served_by_the_app_itself()
    {
        var client = factory.CreateClient();
        var document = await (await client.GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK);
        document.GetProperty("paths").TryGetProperty("/api/investment/projects", out _).Should().BeTrue();
        document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString()
            .Should().Be("bearer", "integrators authenticate with API tokens");

        var scalar = await client.GetStringAsync("/scalar/");
        scalar.Should().NotContain("cdn.", "government networks often have no internet");
    }

    [Fact]
    public async Task Chinese_text_is_written_as_is_not_as_unicode_escapes()
    {
        var admin = await factory.Admin();
        var text = await admin.GetStringAsync("/api/admin/organisations");
        text.Should().Contain("中山市归国华侨联合会").And.NotContain("\\u");
    }

    [Fact]
    public async Task Every_module_migration_matches_its_model()
    {
        await using var scope = factory.Services.GetRequiredService<ILifetimeScope>().BeginLifetimeScope();
        foreach (var type in scope.Resolve<ModuleContexts>().Types)
        {
            var db = (DbContext)scope.Resolve(type);
            db.Database.HasPendingModelChanges().Should().BeFalse($"{type.Name} changed without a migration; run dotnet ef migrations add");
            (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        }
    }

    [Trait("Category", "Sqlite")] // Reads the history tables from the SQLite file.
    [Fact]
    public async Task Every_module_keeps_its_own_migrations_history_table()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabasePath}");
        _ = factory.Services;
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type='table' AND name LIKE '%_migrations' ORDER BY name";
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        tables.Should().Equal("ent_migrations", "inv_migrations", "plt_migrations", "sc_migrations", "tal_migrations", "trd_migrations");
    }
}
