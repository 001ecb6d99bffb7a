using System.Net;
using System.Net.Http.Json;

namespace Federation.IntegrationTests.Infrastructure;

/// <summary>
/// A small federation for a test: the city federation with two branches, and one user per
/// role in each, all created through the admin API.
/// </summary>
public sealed class TestFederation
{
    public const string Password = "Staff-Passw0rd-1";

    private TestFederation(FederationFactory factory, HttpClient admin, Guid root, Guid branchA, Guid branchB)
    {
        Factory = factory;
        Admin = admin;
        Root = root;
        BranchA = branchA;
        BranchB = branchB;
    }

    public FederationFactory Factory { get; }
    public HttpClient Admin { get; }
    public Guid Root { get; }
    public Guid BranchA { get; }
    public Guid BranchB { get; }

    public static async Task<TestFederation> Create(FederationFactory factory)
    {
        var admin = await factory.Admin();
        var organisations = await (await admin.GetAsync("/api/admin/organisations")).ShouldBe(HttpStatusCode.OK);
        var root = organisations.EnumerateArray().Single(o => o.GetProperty("parentId").ValueKind == System.Text.Json.JsonValueKind.Null).Id();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var a = await CreateOrganisation(admin, $"石岐区侨联-{suffix}", root, "石岐");
        var b = await CreateOrganisation(admin, $"黄圃镇侨联-{suffix}", root, "黄圃");
        return new TestFederation(factory, admin, root, a, b);
    }

    /// <summary>
    /// Loads Zhongshan's towns (as the demo does) through the admin API, for a host whose tests
    /// also add a town: once the directory holds one, every town a record names must be known.
    /// </summary>
    public async Task LoadZhongshanTowns()
    {
        foreach (var (name, nameEn, aliases, _) in Federation.Platform.Places.ZhongshanTowns.All)
            await (await Admin.PostAsJsonAsync("/api/admin/places/towns", new { name, nameEn, aliases })).ShouldBe(HttpStatusCode.Created);
    }

    public static async Task<Guid> CreateOrganisation(HttpClient admin, string name, Guid parent, string town)
    {
        var response = await admin.PostAsJsonAsync("/api/admin/organisations",
            new { name, kind = "branchFederation", parentId = parent, town });
        return (await response.ShouldBe(HttpStatusCode.Created)).Id();
    }

    /// <summary>Creates a user with the given roles in the given organisation and signs them in.</summary>
    public async Task<HttpClient> User(Guid organisation, params string[] roles)
    {
        var userName = $"u{Guid.NewGuid():N}"[..20];
        var response = await Admin.PostAsJsonAsync("/api/admin/users",
            new { userName, displayName = "测试用户", password = Password, organisationId = organisation, roles });
        await response.ShouldBe(HttpStatusCode.Created);
        return await Factory.SignedIn(userName, Password);
    }
}
