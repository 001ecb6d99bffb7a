using System.Net;
using System.Text.Json;

namespace Federation.IntegrationTests.Infrastructure;

/// <summary>Valid programme bodies to start from; tests change one field to make them wrong.</summary>
public static class ScorecardRequests
{
    public static Dictionary<string, object?> Programme(Guid? organisationId = null, decimal signedAmountTarget = 8_000_000_000m) => new()
    {
        ["nameZh"] = "侨联助力高质量发展十大行动方案",
        ["nameEn"] = "Ten actions for high-quality development",
        ["workLine"] = "Investment",
        ["startsOn"] = "2023-01-01",
        ["endsOn"] = "2025-12-31",
        ["owningDepartment"] = "经济科技部",
        ["organisationId"] = organisationId,
        ["targets"] = new[]
        {
            new { kpiKey = "investment.signed-amount", yearlyTarget = signedAmountTarget },
            new { kpiKey = "investment.projects-signed", yearlyTarget = 10m },
        },
    };

    /// <summary>The scorecard at <paramref name="url"/>, failing the test unless it answers 200.</summary>
    public static async Task<JsonElement> Read(HttpClient client, string url) =>
        await (await client.GetAsync(url)).ShouldBe(HttpStatusCode.OK);

    /// <summary>Every KPI's value by key.</summary>
    public static Dictionary<string, decimal> Kpis(JsonElement figures) => figures.GetProperty("kpis").EnumerateArray()
        .ToDictionary(k => k.GetProperty("key").GetString()!, k => k.GetProperty("value").GetDecimal());

    public static async Task<Dictionary<string, decimal>> Kpis(HttpClient client, string url) => Kpis(await Read(client, url));

    /// <summary>Every KPI's value and qualifier ("exact", "atLeast" …) by key.</summary>
    public static Dictionary<string, (decimal Value, string Qualifier)> KpisWithQualifiers(JsonElement figures) =>
        figures.GetProperty("kpis").EnumerateArray().ToDictionary(
            k => k.GetProperty("key").GetString()!,
            k => (k.GetProperty("value").GetDecimal(), k.GetProperty("qualifier").GetString()!));
}
