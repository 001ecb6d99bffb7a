using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Pages;

/// <summary>
/// Every form that deletes, removes, revokes, resets or merges carries the question the browser
/// asks before it is sent (data-confirm, asked by site.js), naming what will happen, in the reader's language.
/// </summary>
public sealed class DestructiveFormTests
{
    private static readonly Regex Destructive = new(@"handler=(Delete\w*|Remove\w*|Revoke\w*|ResetPassword|Merge|Unassign)\b");

    [Fact]
    public async Task Every_destructive_form_of_the_order_token_user_town_and_calendar_pages_asks_naming_what_happens()
    {
        using var factory = new FederationFactory();
        var api = await factory.Admin();
        var name = $"中山市确认测试五金有限公司{EnterpriseRequests.Unique()}";
        var order = await TradeRequests.Record(api, TradeRequests.Order(enterpriseName: name));
        var users = await (await api.GetAsync("/api/admin/users")).ShouldBe(HttpStatusCode.OK);
        var adminId = users.GetProperty("items").EnumerateArray().First(u => u.GetProperty("userName").GetString() == "admin").Id();
        await (await api.PostAsJsonAsync("/api/admin/tokens", new { userId = adminId, name = "对接测试令牌" })).ShouldBe(HttpStatusCode.Created);
        var town = await (await api.PostAsJsonAsync("/api/admin/places/towns", new { name = "确认镇", aliases = Array.Empty<string>() })).ShouldBe(HttpStatusCode.Created);
        await (await api.PostAsJsonAsync($"/api/admin/places/towns/{town.Id()}/areas", new { name = "确认片区", version = 1 })).ShouldBe(HttpStatusCode.Created);
        await (await api.PostAsJsonAsync("/api/calendar/feeds", new { language = "zh-CN" })).ShouldBe(HttpStatusCode.Created);
        var browser = await PageClient.Admin(factory);

        var questions = new Dictionary<string, string>();
        foreach (var path in new[] { $"/trade/orders/{order.Id()}", "/admin/tokens", $"/admin/users/{adminId}", $"/admin/places/towns/{town.Id()}", "/calendar" })
        {
            var page = await browser.Get(path);
            page.Status.Should().Be(HttpStatusCode.OK, path);
            foreach (var form in page.Document.QuerySelectorAll("form[method=post]").Where(f => Destructive.IsMatch(f.GetAttribute("action") ?? "")))
            {
                var handler = Destructive.Match(form.GetAttribute("action")!).Groups[1].Value;
                var question = form.GetAttribute("data-confirm");
                question.Should().NotBeNullOrWhiteSpace($"the {handler} form of {path} must ask first");
                questions[handler] = question!;
            }
        }

        questions.Keys.Should().BeEquivalentTo(["Delete", "Revoke", "ResetPassword", "Remove", "RemoveArea", "RevokeFeed"]);
        questions["Delete"].Should().Be($"删除海外订单“{name} · 广式腊味”？删除后可在回收站中恢复30天。");
        questions["Revoke"].Should().Contain("对接测试令牌").And.Contain("无法访问接口");
        questions["ResetPassword"].Should().Contain("admin").And.Contain("原密码立即失效");
        questions["Remove"].Should().Be("永久删除镇街“确认镇”？此操作无法撤销。");
        questions["RemoveArea"].Should().Be("永久删除片区“确认片区”？此操作无法撤销。");

        var english = await browser.Get($"/trade/orders/{order.Id()}?culture=en");
        english.Document.QuerySelector("[data-testid=delete-form]")!.GetAttribute("data-confirm").Should()
            .Be($"Delete “{name} · 广式腊味” (overseas order)? It stays in the recycle bin for 30 days and can be restored from there.");
    }
}
