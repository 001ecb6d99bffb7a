using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Federation.BrowserTests;

/// <summary>
/// An admin renames an enterprise and changes a talent's field, then reads it in 审计日志: filtered by
/// module, record type and user from the pick-lists, "名称: 旧 → 新" by the admin's display name, the
/// English field names in English, their own sign-in, and an export with the same readable columns.
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class AuditLogWorkflowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string DisplayName = "审计测试管理员";

    [Fact]
    public async Task An_admin_finds_their_changes_and_sign_in_by_name_in_the_audit_log_and_exports_them()
    {
        var api = await session.Factory.Admin();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var userName = $"auditor{tag}";
        var organisations = await (await api.GetAsync("/api/admin/organisations")).ShouldBe(HttpStatusCode.OK);
        var root = organisations.EnumerateArray().Single(o => o.GetProperty("parentId").ValueKind == System.Text.Json.JsonValueKind.Null).Id();
        await (await api.PostAsJsonAsync("/api/admin/users",
            new { userName, displayName = DisplayName, password = TestFederation.Password, organisationId = root, roles = new[] { "admin" } }))
            .ShouldBe(HttpStatusCode.Created);
        var oldName = $"中山市审计测试电器有限公司{tag}";
        var newName = $"广东审计测试智能科技有限公司{tag}";
        var enterprise = (await EnterpriseRequests.Created(api, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise(name: oldName))).Id();
        var talent = (await (await api.PostAsJsonAsync("/api/talent/talents", TalentRequests.Talent(name: $"审计测试博士{tag}")))
            .ShouldBe(HttpStatusCode.Created)).Id();

        var page = await session.SignedIn(userName, TestFederation.Password);
        await page.GotoAsync($"{session.BaseUrl}/enterprises/registry/{enterprise}/edit");
        await page.FillAsync("#Form_Name", newName);
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForURLAsync(url => !url.EndsWith("/edit", StringComparison.Ordinal));
        await page.GotoAsync($"{session.BaseUrl}/talent/talents/edit/{talent}");
        await page.FillAsync("#Form_Field", "新能源材料");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForURLAsync(new Regex("/talent/talents/[0-9a-f-]{36}$"));

        var renamed = await Filtered(page, "Enterprises", "Enterprise", userName, $"名称: {oldName} → {newName}");
        (await renamed.Locator("[data-testid=audit-user]").InnerTextAsync()).Should().Contain(DisplayName);
        (await renamed.InnerTextAsync()).Should().NotContain("联系人", "only the fields that changed are listed, not the contacts saved again as they were");
        (await renamed.Locator("[data-testid=audit-record]").InnerTextAsync()).Should().Contain("侨资企业").And.Contain(newName);
        Id().IsMatch(await page.InnerTextAsync("[data-testid=audit-table]")).Should().BeFalse("the log shows names, not ids");
        await BrowserSession.Screenshot(page, "audit-01-renamed-enterprise-zh");

        var export = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export]"));
        var file = Path.Combine(Path.GetTempPath(), $"audit-{tag}.xlsx");
        await export.SaveAsAsync(file);
        var rows = MiniExcelLibs.MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object>>()
            .Select(r => r.ToDictionary(c => c.Key, c => c.Value?.ToString() ?? "")).ToList();
        File.Delete(file);
        rows.Should().Contain(r => r["姓名"] == DisplayName && r["记录类型"] == "侨资企业" && r["变更内容"].Contains($"名称: {oldName} → {newName}"),
            "the workbook has the page's readable columns");
        rows.Select(r => string.Join(" ", r.Values)).Should().NotContain(r => Id().IsMatch(r), "the workbook shows names, not ids");

        var changedTalent = await Filtered(page, "Talent", "Talent", userName, "专业领域: 材料科学 → 新能源材料");
        (await changedTalent.Locator("[data-testid=audit-user]").InnerTextAsync()).Should().Contain(DisplayName);

        var signIn = await Filtered(page, "Platform", "SignIn", userName, "登录");
        (await signIn.Locator("[data-testid=audit-user]").InnerTextAsync()).Should().Contain(DisplayName).And.Contain(userName);
        await BrowserSession.Screenshot(page, "audit-02-sign-in-zh");

        await page.ClickAsync("[data-testid=switch-language]");
        await page.WaitForSelectorAsync("[data-testid=switch-language]:text('中文')");
        var english = await Filtered(page, "Enterprises", "Enterprise", userName, $"Name: {oldName} → {newName}");
        (await english.Locator("[data-testid=audit-record]").InnerTextAsync()).Should().Contain("Enterprise");
        await Filtered(page, "Talent", "Talent", userName, "Field: 材料科学 → 新能源材料");
        await BrowserSession.Screenshot(page, "audit-03-talent-en");
    }

    /// <summary>
    /// The audit log filtered from its pick-lists, once the row saying <paramref name="text"/> is
    /// there (entries arrive as the changes' events are delivered): that row.
    /// </summary>
    private async Task<ILocator> Filtered(IPage page, string module, string recordType, string userName, string text)
    {
        for (var attempt = 0; ; attempt++)
        {
            await page.GotoAsync($"{session.BaseUrl}/admin/audit");
            await page.SelectOptionAsync("#Module", module);
            await page.SelectOptionAsync("#EntityType", recordType);
            await page.SelectOptionAsync("#UserName", userName);
            await page.ClickAsync("[data-testid=audit-filters] button[type=submit]");
            await page.WaitForSelectorAsync("[data-testid=audit-table]");
            var row = page.Locator("[data-testid=audit-row]").Filter(new LocatorFilterOptions { HasText = text });
            if (await row.CountAsync() > 0) return row.First;
            if (attempt == 40) throw new Xunit.Sdk.XunitException($"No row says \"{text}\":\n{await page.InnerTextAsync("[data-testid=audit-table]")}");
            await Task.Delay(500);
        }
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Id();
}
