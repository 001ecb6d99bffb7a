using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Imports;

/// <summary>
/// Two hosts on one PostgreSQL database, as behind a load balancer: a dry run uploaded to one is
/// confirmed through the other, and the host holding the file runs the import. Needs the server
/// build/services.sh starts.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class ImportAcrossHostsTests
{
    private static readonly string[] Headers = ["项目名称", "投资方", "投资方国家/地区", "行业", "金额（元）", "金额（万元）", "落地镇街", "阶段", "阶段日期"];

    [Fact]
    public async Task A_dry_run_on_one_host_is_confirmed_through_another_and_imported_by_the_host_with_the_file()
    {
        var database = "fedimport_" + Guid.NewGuid().ToString("N");
        try
        {
            // Hosts of one database share the key file of its key ring (ADR 0028).
            var keys = Path.Combine(Path.GetTempPath(), "federation-tests", database + "-keys");
            using var first = Host(database, "host-a", keys);
            using var second = Host(database, "host-b", keys);
            var cookie = await SignIn(first);
            // The session cookie the first host issued, presented to the second too: the key ring is shared.
            var onFirst = WithCookie(first, cookie);
            var onSecond = WithCookie(second, cookie);

            var ledger = Ledgers.Workbook(Headers, ["跨实例导入项目", "戊集团", "", "电子信息", 30_000_000m, null, "石岐", "签约", "2039-02-01"]);
            var dryRun = await Ledgers.Run(onFirst, "investment-projects", ledger);
            dryRun.GetProperty("state").GetString().Should().Be("finished");

            var confirmed = await (await onSecond.PostAsJsonAsync($"/api/imports/{dryRun.Id()}/confirm", new { mode = "eachRow" }))
                .ShouldBe(HttpStatusCode.Accepted);
            var done = await Ledgers.Finished(onSecond, confirmed.Id());
            done.GetProperty("state").GetString().Should().Be("finished", "the first host, which keeps the file, should have run it: {0}", done);
            done.GetProperty("added").GetInt32().Should().Be(1);

            var projects = await (await onSecond.GetAsync("/api/investment/projects?pageSize=200")).ShouldBe(HttpStatusCode.OK);
            projects.GetProperty("items").EnumerateArray().Count(p => p.GetProperty("name").GetString() == "跨实例导入项目")
                .Should().Be(1, "the row is imported once, though both hosts' queues could see the job");
        }
        finally
        {
            TestStore.Drop(database);
        }
    }

    private static FederationFactory Host(string database, string name, string keys) => new FederationFactory()
        .With("KeyRing:Folder", keys).With("Store:Provider", "Postgres").With("Store:Postgres", TestStore.DatabaseFor(database))
        .With("Messaging:Transport", "InMemory").With("Host:Name", name);

    private static async Task<string> SignIn(FederationFactory host)
    {
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        var response = await client.PostAsJsonAsync("/api/auth/sign-in", new { userName = "admin", password = FederationFactory.AdminPassword });
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Set-Cookie").First().Split(';')[0];
    }

    private static HttpClient WithCookie(FederationFactory host, string cookie)
    {
        var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
