using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Benchmarks.Baseline;

/// <summary>
/// The bare baseline every comparison sets the product against: a minimal ASP.NET Core app with
/// no authentication, validation, EF Core, audit or outbox, running the same SQL on the same kind
/// of SQLite file with Microsoft.Data.Sqlite. Started by the benchmark as a child process
/// (<c>Federation.Benchmarks baseline &lt;database&gt;</c>), on the address in ASPNETCORE_URLS.
/// </summary>
internal static class BaselineServer
{
    public static async Task<int> Run(string[] args)
    {
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: Federation.Benchmarks baseline <existing SQLite file>");
            return 2;
        }
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The host writes Chinese as is; the baseline must send the same bytes.
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        var store = new BaselineStore(Path.GetFullPath(args[0]));
        var projection = new BaselineProjection(store);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(projection);

        await using var app = builder.Build();
        app.MapGet("/health", () => "ok");
        app.MapGet("/ledger", BaselineLedger.List);
        app.MapPost("/projects", BaselineWrites.Insert);
        app.MapPost("/projects/projected", BaselineWrites.InsertAndProject);
        app.MapGet("/propagation", (BaselineProjection p) => p.TakeDelaysMs());
        app.MapGet("/scorecard/{year:int}", BaselineScorecard.Year);
        app.MapGet("/search", BaselineSearch.Find);
        var projecting = projection.Run(app.Lifetime.ApplicationStopping);
        await app.RunAsync();
        await projecting;
        return 0;
    }
}
