using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Federation.IntegrationTests.Infrastructure;
using Federation.Kernel.Time;

namespace Federation.BrowserTests;

/// <summary>
/// Issue 23's forms in a real browser, as a clerk of the enterprise services department uses them:
/// the town and the department come from pick-lists, an amount is "1" in 亿元 chosen beside it,
/// a required field left empty is named in its message, and a visit dated after today asks first.
/// </summary>
[Trait("Category", "Browser")]
public sealed class FormsWorkflowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string ClerkPassword = "Clerk-Passw0rd-1";

    [Fact]
    public async Task A_clerk_records_a_concern_choosing_town_and_department_from_lists_and_confirms_a_visit_dated_after_today()
    {
        var admin = await session.Factory.Admin();
        var me = await (await admin.GetAsync("/api/auth/me")).ShouldBe(HttpStatusCode.OK);
        await (await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "forms.clerk", displayName = "表单测试科员", password = ClerkPassword,
            organisationId = me.GetProperty("organisationId").GetGuid(), roles = new[] { "enterprises-staff" },
        })).ShouldBe(HttpStatusCode.Created);
        var clerk = await session.SignedIn("forms.clerk", ClerkPassword);
        var name = "中山市表单测试智能装备有限公司";

        // The registry's town is a pick-list of the directory's towns.
        await clerk.GotoAsync($"{session.BaseUrl}/enterprises/registry/new");
        await clerk.FillAsync("#Form_Name", name);
        await clerk.FillAsync("#Form_CreditCode", Federation.Kernel.Registry.CreditCode.Complete("91442000MA4UB0F7X"));
        (await clerk.EvalOnSelectorAsync<string>("#Form_Town", "e => e.tagName")).Should().Be("SELECT");
        await clerk.SelectOptionAsync("#Form_Town", "小榄");
        await clerk.FillAsync("#Form_Industry", "智能装备");
        await clerk.ClickAsync("[data-testid=save]");
        await clerk.WaitForURLAsync(new Regex("/enterprises/registry/[0-9a-f-]{36}$"));
        var enterpriseId = Guid.Parse(clerk.Url.Split('/').Last());

        // The concern form: the category left empty is named in its message.
        var today = ChinaCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd");
        await clerk.GotoAsync($"{session.BaseUrl}/enterprises/concerns/new?enterpriseId={enterpriseId}");
        await clerk.FillAsync("#Form_Description", "计划新增一条自动化生产线，希望了解用地政策");
        await clerk.ClickAsync("[data-testid=save]");
        await clerk.WaitForSelectorAsync("[data-valmsg-for='Form.Category']:text('诉求类别不能为空')");
        await clerk.SelectOptionAsync("#Form_Category", "Expansion");
        await clerk.ClickAsync("[data-testid=save]");
        await clerk.WaitForURLAsync(new Regex("/enterprises/concerns/[0-9a-f-]{36}$"));
        var concernId = Guid.Parse(clerk.Url.Split('/').Last());

        // Referred to a department chosen from the city's list.
        (await clerk.EvalOnSelectorAsync<string>("#refer-department", "e => e.tagName")).Should().Be("SELECT");
        (await clerk.InnerTextAsync("#refer-department")).Should().Contain("市自然资源局").And.Contain("市商务局");
        await clerk.SelectOptionAsync("#refer-department", "市自然资源局");
        await clerk.FillAsync("#refer-on", today);
        await clerk.ClickAsync("[data-testid=refer]");
        await clerk.WaitForSelectorAsync("[data-testid=concern-status]:text('已转办')");

        // The expansion plan passed on as an investment lead of 1 in 亿元.
        await clerk.FillAsync("#estimatedAmount", "1");
        await clerk.SelectOptionAsync("[name='estimatedAmount.Unit']", "100000000");
        await clerk.ClickAsync("[data-testid=raise-lead]");
        await clerk.WaitForSelectorAsync("[data-testid=lead-raised]");
        await BrowserSession.Screenshot(clerk, "71-concern-referred-with-lead-zh");

        // A visit dated after today is asked about first, naming the field and the date, and saved once confirmed.
        var later = ChinaCalendar.Today(TimeProvider.System).AddDays(3).ToString("yyyy-MM-dd");
        await clerk.GotoAsync($"{session.BaseUrl}/enterprises/visits/new?enterpriseId={enterpriseId}");
        await clerk.FillAsync("#Form_VisitedOn", later);
        await clerk.SelectOptionAsync("#Form_Purpose", "ListeningSession");
        await clerk.FillAsync("#visitors", "表单测试科员");
        await clerk.ClickAsync("[data-testid=save]");
        await clerk.WaitForSelectorAsync("[data-future-dates]");
        (await clerk.InnerTextAsync("[data-valmsg-for='Form.VisitedOn']")).Should().Contain(later).And.Contain("在今天之后，确认无误请勾选并再次保存");
        await BrowserSession.Screenshot(clerk, "72-visit-date-after-today-asks-zh");
        await clerk.CheckAsync("#ConfirmFutureDates");
        await clerk.ClickAsync("[data-testid=save]");
        await clerk.WaitForURLAsync(new Regex("/enterprises/visits/[0-9a-f-]{36}$"));

        var concern = await (await admin.GetAsync($"/api/enterprises/concerns/{concernId}")).ShouldBe(HttpStatusCode.OK);
        concern.GetProperty("department").GetString().Should().Be("市自然资源局");
        var visits = await (await admin.GetAsync($"/api/enterprises/visits?enterpriseId={enterpriseId}")).Body();
        visits.GetProperty("items")[0].GetProperty("visitedOn").GetString().Should().Be(later);
        var enterprise = await (await admin.GetAsync($"/api/enterprises/enterprises/{enterpriseId}")).ShouldBe(HttpStatusCode.OK);
        enterprise.GetProperty("town").GetString().Should().Be("小榄");
        decimal? amount = null;
        for (var i = 0; i < 50 && amount is null; i++)
        {
            var projects = await (await admin.GetAsync($"/api/investment/projects?q={Uri.EscapeDataString("表单测试智能装备")}")).Body();
            if (projects.GetProperty("total").GetInt32() > 0) amount = projects.GetProperty("items")[0].GetProperty("amountYuan").GetDecimal();
            else await Task.Delay(200);
        }
        amount.Should().Be(100_000_000m, "1 in 亿元 is a hundred million yuan");
    }
}
