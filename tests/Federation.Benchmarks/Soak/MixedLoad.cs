using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.Benchmarks.Hosting;

namespace Federation.Benchmarks.Soak;

/// <summary>
/// A mixed read/write load on a running host for a bounded time, as an office uses it: readers page
/// and filter the project ledger, open projects and read the scorecard; writers enter projects,
/// advance some to 动工 and record follow-ups. Every request is valid and each project is written by
/// one writer only, so any answer but a 2xx (and any transport failure) is an error. Latencies and
/// the host's resident memory (every second) are kept with their time for <see cref="SoakWindows"/>.
/// Shared by the CI soak test and the long soak command (the test project links this file).
/// </summary>
internal sealed class MixedLoad(HttpClient http, Guid organisation, int hostPid)
{
    /// <summary>The operation name of a writer's new project, which the soak counts.</summary>
    public const string EnterProject = "enter project";

    private static readonly string[] Towns = ["火炬开发区", "翠亨新区", "石岐", "东区", "小榄镇"];
    private static readonly string[] Stages = ["signed", "groundbreaking", "intent"];

    private readonly ConcurrentQueue<SoakSample> samples = new();
    private readonly ConcurrentQueue<(double AtSeconds, long RssKib)> memory = new();
    private readonly List<Guid> projects = [];
    private readonly Stopwatch clock = new();

    public IReadOnlyCollection<SoakSample> Samples => samples;

    public IReadOnlyCollection<(double AtSeconds, long RssKib)> Memory => memory;

    /// <summary>Runs until <paramref name="duration"/> has passed; seconds are counted from this call.</summary>
    public async Task Run(TimeSpan duration, int readers, int writers, CancellationToken ct)
    {
        clock.Restart();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(duration);
        var loops = Enumerable.Range(0, readers).Select(i => Loop(Read, new Random(i), stop.Token))
            .Concat(Enumerable.Range(0, writers).Select(i => Loop(Write, new Random(1000 + i), stop.Token)))
            .Append(SampleMemory(stop.Token));
        await Task.WhenAll(loops);
    }

    private async Task Loop(Func<Random, CancellationToken, Task> step, Random random, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try { await step(random, stop); }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { return; }
        }
    }

    private async Task Read(Random random, CancellationToken ct)
    {
        var pick = random.Next(10);
        if (pick < 6)
        {
            var town = Uri.EscapeDataString(Towns[random.Next(Towns.Length)]);
            await Send("ledger list", () => new HttpRequestMessage(HttpMethod.Get,
                $"/api/investment/projects?stage={Stages[random.Next(Stages.Length)]}&town={town}&page={random.Next(1, 4)}&pageSize=50"), ct);
        }
        else if (pick < 9 && AnyProject(random) is { } id)
            await Send("project", () => new HttpRequestMessage(HttpMethod.Get, $"/api/investment/projects/{id}"), ct);
        else
            await Send("scorecard", () => new HttpRequestMessage(HttpMethod.Get, $"/api/scorecard/{2020 + random.Next(6)}"), ct);
    }

    private async Task Write(Random random, CancellationToken ct)
    {
        var entered = await Send(EnterProject, () => Json(HttpMethod.Post, "/api/investment/projects", new
        {
            name = $"浸泡项目{Guid.NewGuid():N}",
            investorName = $"浸泡测试集团{random.Next(100):D3}有限公司",
            investorCountryOrRegion = "SG",
            industry = "先进制造",
            amountYuan = 1_000_000 + random.Next(500) * 10_000,
            town = Towns[random.Next(Towns.Length)],
            stage = "signed",
            stageDate = new DateOnly(2020 + random.Next(6), 1 + random.Next(12), 1 + random.Next(28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            organisationId = organisation,
        }), ct);
        if (entered is not { } project) return;
        var id = project.GetProperty("id").GetGuid();
        lock (projects) projects.Add(id);
        var date = project.GetProperty("stageDate").GetString()!;
        if (random.Next(3) == 0)
            await Send("advance stage", () => Json(HttpMethod.Post, $"/api/investment/projects/{id}/stage",
                new { stage = "groundbreaking", date, version = project.GetProperty("version").GetInt32() }), ct);
        if (random.Next(3) == 0)
            await Send("follow-up", () => Json(HttpMethod.Post, $"/api/investment/projects/{id}/follow-ups",
                new { date, note = "浸泡测试：电话回访投资方，确认用地进度。" }), ct);
    }

    private Guid? AnyProject(Random random)
    {
        lock (projects) return projects.Count == 0 ? null : projects[random.Next(projects.Count)];
    }

    /// <summary>Sends one request and records it; answers the JSON body of a 2xx, null otherwise.</summary>
    private async Task<JsonElement?> Send(string operation, Func<HttpRequestMessage> request, CancellationToken ct)
    {
        var at = clock.Elapsed.TotalSeconds;
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var message = request();
            using var response = await http.SendAsync(message, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            samples.Enqueue(new SoakSample(at, operation, Stopwatch.GetElapsedTime(started).TotalMilliseconds, (int)response.StatusCode,
                response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}"));
            return response.IsSuccessStatusCode && body.Length > 0 ? JsonDocument.Parse(body).RootElement.Clone() : null;
        }
        catch (Exception e) when (e is HttpRequestException || e is TaskCanceledException && !ct.IsCancellationRequested)
        {
            samples.Enqueue(new SoakSample(at, operation, Stopwatch.GetElapsedTime(started).TotalMilliseconds, 0, e.Message));
            return null;
        }
    }

    private static HttpRequestMessage Json(HttpMethod method, string path, object body) => new(method, path) { Content = JsonContent.Create(body) };

    private async Task SampleMemory(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            do
            {
                if (MemorySampler.RssKib(hostPid) is { } rss) memory.Enqueue((clock.Elapsed.TotalSeconds, rss));
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }
}

/// <summary>One request: when it started (seconds into the run), what it was, how long it took, its status (0: no answer) and, if it failed, why.</summary>
internal sealed record SoakSample(double AtSeconds, string Operation, double Ms, int Status, string? Failure);
