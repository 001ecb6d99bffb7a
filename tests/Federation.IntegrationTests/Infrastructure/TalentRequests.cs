namespace Federation.IntegrationTests.Infrastructure;

/// <summary>Valid Talent request bodies to start from; tests change one field to make them wrong.</summary>
public static class TalentRequests
{
    public static Dictionary<string, object?> Event(Guid? organisationId = null) => new()
    {
        ["title"] = "“雁南归”澳门沙龙",
        ["format"] = "salon",
        ["flagship"] = true,
        ["startDate"] = "2023-04-15",
        ["endDate"] = "2023-04-15",
        ["city"] = "澳门",
        ["countryOrRegion"] = "MO",
        ["partners"] = new[] { "澳门中山同乡会" },
        ["talentsMet"] = new[] { new { degree = "phD", countryOrRegion = "MO", count = 18 }, new { degree = "master", countryOrRegion = "PT", count = 6 } },
        ["organisationId"] = organisationId,
    };

    public static Dictionary<string, object?> Talent(Guid? organisationId = null, string name = "陈思远", string? contact = null) => new()
    {
        ["nameZh"] = name,
        ["degree"] = "phD",
        ["field"] = "材料科学",
        ["countryOrRegion"] = "RU",
        ["institution"] = "莫斯科国立大学",
        ["contact"] = contact,
        ["consentToContact"] = true,
        ["consentRecordedOn"] = "2023-09-16",
        ["organisationId"] = organisationId,
    };

    public static Dictionary<string, object?> Letter() => new()
    {
        ["employerName"] = "中山大学中山研究院",
        ["town"] = "翠亨新区",
        ["signedOn"] = "2023-10-08",
    };

    public static Dictionary<string, object?> PartnerBase(Guid? organisationId = null) => new()
    {
        ["partnerOrganisation"] = "莫斯科大学中国学生学者联合会",
        ["name"] = "莫斯科大学中国学联（中山）人才工作站",
        ["kind"] = "talentWorkstation",
        ["establishedOn"] = "2023-09-16",
        ["town"] = "翠亨新区",
        ["organisationId"] = organisationId,
    };
}
