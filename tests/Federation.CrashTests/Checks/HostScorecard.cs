using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Federation.CrashTests.Checks;

/// <summary>The scorecard as the API serves it: every KPI's figure for a range of days.</summary>
internal static class HostScorecard
{
    public static async Task<Dictionary<string, decimal>> Read(HttpClient http, DateOnly from, DateOnly to)
    {
        var figures = await http.GetFromJsonAsync<JsonElement>(
            $"/api/scorecard?from={from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        return figures.GetProperty("kpis").EnumerateArray()
            .ToDictionary(k => k.GetProperty("key").GetString()!, k => k.GetProperty("value").GetDecimal());
    }

    /// <summary>Each figure that differs from the harness's count, and each figure the harness has no count for.</summary>
    public static IEnumerable<string> Differences(string period, IReadOnlyDictionary<string, decimal> host, IReadOnlyDictionary<string, decimal> counted) =>
        host.Select(f => counted.TryGetValue(f.Key, out var expected)
                ? expected == f.Value ? null : $"{period} {f.Key}: the scorecard says {f.Value}, the rows on disk make {expected}"
                : $"{period} {f.Key}: the harness has no count for this KPI; add its rule to {nameof(IndependentScorecard)}")
            .Concat(counted.Keys.Where(k => !host.ContainsKey(k)).Select(k => $"{period} {k}: counted by the harness but missing from the scorecard"))
            .OfType<string>();
}
