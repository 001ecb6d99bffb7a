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
}
