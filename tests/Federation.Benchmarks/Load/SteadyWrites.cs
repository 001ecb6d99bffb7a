using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Federation.Benchmarks.Load;

/// <summary>
/// An open-loop write load: one POST every 1/rate seconds whatever the answers take, so the load
/// stays steady even when the server slows (a closed loop would ease off exactly then).
/// </summary>
internal static class SteadyWrites
{
    public static async Task<(int Acknowledged, int Failed)> Run(
        HttpClient http, Uri url, Func<int, string> body, double perSecond, TimeSpan duration, CancellationToken ct)
    {
        var sent = new List<Task<bool>>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < duration; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed, ct);
            sent.Add(Post(http, url, body(i), ct));
        }
        var answers = await Task.WhenAll(sent);
        return (answers.Count(a => a), answers.Count(a => !a));
    }

    private static async Task<bool> Post(HttpClient http, Uri url, string json, CancellationToken ct)
    {
        try
        {
            using var content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
            using var response = await http.PostAsync(url, content, ct);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
