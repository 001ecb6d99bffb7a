using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Reliability;

/// <summary>One host and <see cref="Count"/> administrators, each signed in with a session of their own.</summary>
public sealed class ConcurrentEditors : IAsyncLifetime
{
    public const int Count = 4;

    public FederationFactory Factory { get; } = new();

    public HttpClient Admin { get; private set; } = null!;

    public Guid Root { get; private set; }

    /// <summary>The editors' clients and user names, in the same order.</summary>
    public IReadOnlyList<(HttpClient Client, string UserName)> Editors { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Admin = await Factory.Admin();
        var organisations = await (await Admin.GetAsync("/api/admin/organisations")).ShouldBe(HttpStatusCode.OK);
        Root = organisations.EnumerateArray().Single(o => o.GetProperty("parentId").ValueKind == JsonValueKind.Null).Id();
        var editors = new List<(HttpClient, string)>();
        for (var k = 0; k < Count; k++)
        {
            var userName = $"editor{k}-{Guid.NewGuid():N}"[..20];
            await (await Admin.PostAsJsonAsync("/api/admin/users", new
            {
                userName, displayName = $"并发编辑{k}", password = TestFederation.Password, organisationId = Root, roles = new[] { "admin" },
            })).ShouldBe(HttpStatusCode.Created);
            editors.Add((await Factory.SignedIn(userName, TestFederation.Password), userName));
        }
        Editors = editors;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
