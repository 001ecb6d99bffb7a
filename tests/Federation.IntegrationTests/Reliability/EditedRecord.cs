using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Reliability;

/// <summary>
/// A work line's main editable record for the concurrent edits: how to create one, and the
/// correction editor <c>k</c> sends, which differs from every other editor's in <see cref="Field"/>.
/// </summary>
internal sealed record EditedRecord(string Name, string Collection, string Field, Func<Guid, Dictionary<string, object?>> New,
    Func<Guid, Dictionary<string, object?>, int, Dictionary<string, object?>> Correction)
{
    public static readonly IReadOnlyList<EditedRecord> All =
    [
        new("project", "/api/investment/projects", "name", _ => InvestmentRequests.Project(), (_, created, k) =>
        {
            var body = Edited(created, "name", $"并发改名项目{k}");
            body.Remove("stage");
            body.Remove("stageDate");
            body.Remove("organisationId");
            return body;
        }),
        new("talent", "/api/talent/talents", "nameZh", _ => TalentRequests.Talent(name: $"并发人才{Guid.NewGuid():N}"[..12]),
            (_, created, k) => Edited(created, "nameZh", $"并发改名人才{k}")),
        new("enterprise", "/api/enterprises/enterprises", "name", _ => EnterpriseRequests.Enterprise(),
            (_, created, k) => Edited(created, "name", $"并发改名企业{k}")),
        new("order", "/api/trade/orders", "productCategory", _ => TradeRequests.Order(),
            (_, created, k) => Edited(created, "productCategory", $"并发改名品类{k}")),
        new("user", "/api/admin/users", "displayName", root => new()
        {
            ["userName"] = $"c{Guid.NewGuid():N}"[..20], ["displayName"] = "并发用户", ["password"] = TestFederation.Password,
            ["organisationId"] = root, ["roles"] = new[] { "branch-staff" },
        }, (root, _, k) => new()
        {
            ["displayName"] = $"并发改名用户{k}", ["organisationId"] = root, ["roles"] = new[] { "branch-staff" }, ["disabled"] = false,
            ["version"] = 1,
        }),
    ];

    /// <summary>The body the record was created with, <paramref name="field"/> changed and version 1 sent.</summary>
    private static Dictionary<string, object?> Edited(Dictionary<string, object?> created, string field, string value) =>
        new(created) { [field] = value, ["version"] = 1 };

    public override string ToString() => Name;
}
