using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Reliability;

/// <summary>A record holding hostile text: where the API reads it, where its page shows it, and which fields hold what.</summary>
internal sealed record HostileRecord(string Api, string Page, string ExportList, IReadOnlyDictionary<string, string> Fields);

/// <summary>
/// One host with a project, an enterprise and a talent per <see cref="HostileText"/> string, the
/// string in each of their text fields, all entered through the API as any client could.
/// </summary>
public sealed class HostileRecords : IAsyncLifetime
{
    private readonly List<HostileRecord> records = [];

    public FederationFactory Factory { get; } = new();

    public HttpClient Admin { get; private set; } = null!;

    internal IReadOnlyList<HostileRecord> Records => records;

    public async Task InitializeAsync()
    {
        Admin = await Factory.Admin();
        for (var i = 0; i < HostileText.All.Count; i++)
        {
            var text = HostileText.All[i];
            var project = InvestmentRequests.Project();
            project["name"] = project["industry"] = project["town"] = text;
            project["investorName"] = $"注入测试投资方{i}";
            await Add("/api/investment/projects", "/investment/projects", project, "name", "industry", "town");

            var enterprise = EnterpriseRequests.Enterprise();
            enterprise["name"] = enterprise["town"] = enterprise["industry"] = text;
            enterprise["contacts"] = new[] { new { name = text, role = text, phone = text } };
            enterprise["notes"] = HostileText.LongCjk;
            await Add("/api/enterprises/enterprises", "/enterprises/registry", enterprise, "name", "town", "industry", "notes");

            var talent = TalentRequests.Talent(name: text, contact: text);
            talent["field"] = talent["institution"] = text;
            talent["notes"] = HostileText.LongCjk;
            await Add("/api/talent/talents", "/talent/talents", talent, "nameZh", "field", "institution", "contact", "notes");
        }
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    private async Task Add(string api, string pages, Dictionary<string, object?> body, params string[] fields)
    {
        var created = await (await Admin.PostAsJsonAsync(api, body)).ShouldBe(HttpStatusCode.Created);
        var id = created.Id();
        records.Add(new HostileRecord($"{api}/{id}", $"{pages}/{id}", pages, fields.ToDictionary(f => f, f => (string)body[f]!)));
    }
}
