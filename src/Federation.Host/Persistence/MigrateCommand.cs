using Federation.Host.Composition;
using Microsoft.Extensions.Options;

namespace Federation.Host.Persistence;

/// <summary>
/// <c>dotnet Federation.Host.dll migrate [--Store:…=…]</c>: for operators who upgrade the database
/// apart from starting the service. Applies this version's migrations exactly as a starting host
/// does (a backup first when the database is in use, refused when it is newer than this version),
/// then exits: 0 when the database is current, 1 when it was refused.
/// </summary>
internal static class MigrateCommand
{
    public static async Task<int> Run(string[] args, TextWriter output, TextWriter error)
    {
        var (builder, catalog) = FederationHost.CreateBuilder(args, new Dictionary<string, string?> { ["Messaging:Transport"] = "InMemory" });
        await using var app = builder.Build();
        var store = app.Services.GetRequiredService<IOptions<StoreOptions>>().Value;
        var where = store.Provider == StoreProvider.Sqlite ? store.SqlitePath : "the PostgreSQL database";
        try
        {
            await app.MigrateModules(catalog);
        }
        catch (Exception failure) when (StartRefusedException.In(failure) is { } refused)
        {
            await error.WriteLineAsync($"migrate refused: {refused.Message}");
            return 1;
        }
        await output.WriteLineAsync($"{where} is at this version's migrations.");
        return 0;
    }
}
