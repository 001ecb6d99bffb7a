using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.IntegrationTests.Webhooks;

/// <summary>
/// A real HTTP receiver on a loopback port (Kestrel), as an integrator would run one: it keeps what
/// it was sent and answers as the test tells it — 200, a 500, or too late.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;

    public sealed record Received(string Path, string Body, string EventId, string EventType, string Signature, DateTime AtUtc);

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>How to answer the next request; 200 when the queue is empty.</summary>
    public ConcurrentQueue<Func<Task<int>>> Answers { get; } = new();

    /// <summary>Answered to every request once <see cref="Answers"/> is empty.</summary>
    public int Otherwise { get; set; } = 200;

    private WebhookReceiver(WebApplication app) => this.app = app;

    public string Url(string path = "/hooks") => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + path;

    public static async Task<WebhookReceiver> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{**path}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            receiver.Requests.Enqueue(new Received(http.Request.Path, body, http.Request.Headers["X-Federation-Event-Id"].ToString(),
                http.Request.Headers["X-Federation-Event"].ToString(), http.Request.Headers["X-Federation-Signature"].ToString(), DateTime.UtcNow));
            var status = receiver.Answers.TryDequeue(out var answer) ? await answer() : receiver.Otherwise;
            return Results.Text(status == 200 ? "ok" : "receiver trouble", statusCode: status);
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>What a receiver checks: HMAC-SHA256 over "{t}.{body}" with the secret, as the header's v1.</summary>
    public static bool SignedWith(string secret, Received request)
    {
        var parts = request.Signature.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(parts["t"] + "." + request.Body)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts["v1"]))
            && Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(parts["t"])) < 300;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
