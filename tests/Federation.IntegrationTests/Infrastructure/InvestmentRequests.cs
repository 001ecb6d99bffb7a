namespace Federation.IntegrationTests.Infrastructure;

/// <summary>Valid request bodies to start from; tests change one field to make them wrong.</summary>
public static class InvestmentRequests
{
    public static Dictionary<string, object?> Event(Guid? organisationId = null) => new()
    {
        ["title"] = "侨助高质量发展大会",
        ["kind"] = "conference",
        ["startDate"] = "2023-02-26",
        ["endDate"] = "2023-02-26",
        ["venue"] = "中山国际会展中心",
        ["city"] = "中山",
        ["organisers"] = new[] { new { name = "中山市侨联", role = "host" } },
        ["attendeeCount"] = 200,
        ["countriesAndRegions"] = new[] { "HK", "MO", "US" },
        ["organisationId"] = organisationId,
    };

    public static Dictionary<string, object?> Project(Guid? organisationId = null, Guid? eventId = null, string stage = "signed") => new()
    {
        ["name"] = "高端装备制造项目",
        ["investorName"] = "港资某集团",
        ["investorKind"] = "organisation",
        ["investorCountryOrRegion"] = "HK",
        ["industry"] = "装备制造",
        ["amountYuan"] = 800_000_000m,
        ["town"] = "翠亨新区",
        ["eventId"] = eventId,
        ["stage"] = stage,
        ["stageDate"] = "2023-02-26",
        ["organisationId"] = organisationId,
    };

    public static Dictionary<string, object?> CreditLine(Guid? organisationId = null) => new()
    {
        ["bank"] = "中国银行中山分行",
        ["beneficiaryGroup"] = "侨青联会员企业",
        ["amountYuan"] = 10_000_000_000m,
        ["grantedOn"] = "2023-08-18",
        ["organisationId"] = organisationId,
    };

    /// <summary>"签署战略合作协议6份": an outcome of six agreements.</summary>
    public static Dictionary<string, object?> Outcome(Guid? organisationId = null, string on = "2023-02-26") => new()
    {
        ["kind"] = "agreement",
        ["title"] = "战略合作协议",
        ["quantity"] = 6,
        ["parties"] = new[] { "中山市侨联", "香港中山社团总会" },
        ["on"] = on,
        ["town"] = "石岐",
        ["organisationId"] = organisationId,
    };
}
