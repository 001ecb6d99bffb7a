using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Imports;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Forms;

/// <summary>
/// Issue 23's form rules through the real host: dates that cannot be true are refused naming the
/// field, a concern's category is never assumed, and amounts are read the way staff write them.
/// </summary>
public sealed class FormSanityTests(FederationFactory factory) : IClassFixture<FederationFactory>
{
    [Fact]
    public async Task A_follow_up_dated_before_the_project_existed_is_refused_and_not_recorded()
    {
        var admin = await factory.Admin();
        var created = await (await admin.PostAsJsonAsync("/api/investment/projects", InvestmentRequests.Project())).Body();

        var refused = await (await admin.PostAsJsonAsync($"/api/investment/projects/{created.Id()}/follow-ups",
            new { date = "2023-01-05", note = "签约前的跟进" })).ShouldBe(HttpStatusCode.BadRequest);

        refused.GetProperty("errors").GetProperty("date")[0].GetString().Should().Be("跟进日期不能早于项目首个阶段日期（2023-02-26）。");
        var read = await (await admin.GetAsync($"/api/investment/projects/{created.Id()}")).Body();
        read.GetProperty("followUps").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_pilot_that_ends_before_it_starts_is_refused_naming_the_end_date()
    {
        var admin = await factory.Admin();
        var refused = await (await admin.PostAsJsonAsync("/api/trade/pilots",
            new { name = "以侨助贸试点", town = "黄圃", startsOn = "2023-06-01", endsOn = "2023-05-01", participants = Array.Empty<object>() }))
            .ShouldBe(HttpStatusCode.BadRequest);

        refused.GetProperty("errors").GetProperty("endsOn")[0].GetString().Should().EndWith("不能早于开始日期。")
            .And.NotBe("不能早于开始日期。");
    }

    [Fact]
    public async Task A_concern_without_a_category_is_refused_naming_the_category()
    {
        var admin = await factory.Admin();
        var enterprise = await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise());
        var concern = EnterpriseRequests.Concern(enterprise.Id());
        concern["category"] = null;

        var refused = await (await admin.PostAsJsonAsync("/api/enterprises/concerns", concern)).ShouldBe(HttpStatusCode.BadRequest);

        refused.GetProperty("errors").GetProperty("category")[0].GetString().Should().Be("诉求类别不能为空。");
    }

    [Fact]
    public async Task A_required_field_left_empty_is_named_in_english_too()
    {
        var admin = await factory.Admin();
        var project = InvestmentRequests.Project();
        project["name"] = "";

        var refused = await (await admin.PostAsJsonAsync("/api/investment/projects?culture=en", project)).ShouldBe(HttpStatusCode.BadRequest);

        refused.GetProperty("errors").GetProperty("name")[0].GetString().Should().Be("Project name is required.");
    }

    [Fact]
    public async Task A_project_form_accepts_1亿_and_a_bare_number_in_the_unit_chosen_beside_it()
    {
        var admin = await PageClient.Admin(factory);
        var api = await factory.Admin();
        var name = $"一亿表单项目{EnterpriseRequests.Unique()}";
        var form = await admin.Get("/investment/projects/edit");

        var saved = await admin.Submit(form.Document, "main form",
            ("Form.Name", name), ("Form.AmountYuan", "1亿"), ("Form.AmountYuan.Unit", "1"),
            ("Form.Town", "石岐"), ("Form.Stage", "signed"), ("Form.StageDate", "2023-05-01"));
        saved.Path.Should().MatchRegex("^/investment/projects/[0-9a-f-]{36}$");
        (await (await api.GetAsync($"/api{saved.Path}")).Body()).GetProperty("amountYuan").GetDecimal().Should().Be(100_000_000m);

        var inTenThousands = await admin.Submit((await admin.Get("/investment/projects/edit")).Document, "main form",
            ("Form.Name", name + "乙"), ("Form.AmountYuan", "5000"), ("Form.AmountYuan.Unit", "10000"),
            ("Form.Town", "石岐"), ("Form.Stage", "signed"), ("Form.StageDate", "2023-05-01"));
        (await (await api.GetAsync($"/api{inTenThousands.Path}")).Body()).GetProperty("amountYuan").GetDecimal().Should().Be(50_000_000m);
    }

    [Fact]
    public async Task A_ledger_import_reads_5000万_and_1点2亿元_as_the_amounts_they_say()
    {
        using var own = new FederationFactory();
        var admin = await own.Admin();
        var tag = EnterpriseRequests.Unique();
        var ledger = Ledgers.Workbook(["项目名称", "金额（元）", "落地镇街", "阶段", "阶段日期"],
            [$"五千万项目{tag}", "5000万", "石岐", "签约", "2023-04-01"],
            [$"一点二亿项目{tag}", "1.2亿元", "石岐", "签约", "2023-04-02"],
            [$"三千万项目{tag}", "3,000万元", "石岐", "签约", "2023-04-03"]);

        (await Ledgers.Run(admin, "investment-projects", ledger, mode: "eachRow")).Count("added").Should().Be(3);

        var listed = await (await admin.GetAsync($"/api/investment/projects?q={tag}&pageSize=10")).ShouldBe(HttpStatusCode.OK);
        listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("amountYuan").GetDecimal())
            .Should().BeEquivalentTo([50_000_000m, 120_000_000m, 30_000_000m]);
    }
}
