using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;
using static Federation.IntegrationTests.Platform.AuditCoverage;

namespace Federation.IntegrationTests.Platform;

/// <summary>
/// Every work line's and the platform's audited changes read in both languages: fields by their
/// names, choices by their labels, money in 万元/亿元, ids by names, never JSON.
/// </summary>
public sealed class AuditVocabularyTests : IClassFixture<FederationFactory>
{
    private readonly FederationFactory factory;

    public AuditVocabularyTests(FederationFactory factory) => this.factory = factory;

    [Fact]
    public void Every_audited_field_of_every_module_has_a_name_and_every_choice_a_label_in_both_languages()
    {
        var (gaps, modules) = Check(factory.Services);

        gaps.Should().BeEmpty();
        modules.Should().Contain(["Platform", "Investment", "Talent", "Enterprises", "Trade", "Scorecard"]);
    }

    [Fact]
    public async Task A_talents_changed_field_and_their_degree_and_country_read_by_name()
    {
        var admin = await factory.Admin();
        var talent = await (await admin.PostAsJsonAsync("/api/talent/talents", TalentRequests.Talent())).ShouldBe(HttpStatusCode.Created);
        var changed = TalentRequests.Talent();
        changed["field"] = "新能源材料";
        changed["version"] = 1;
        await (await admin.PutAsJsonAsync($"/api/talent/talents/{talent.Id()}", changed)).ShouldBe(HttpStatusCode.OK);

        var (zh, en) = await Entries(admin, $"module=Talent&entityType=Talent&entityId={talent.Id()}", 2);

        Lines(Modified(zh)).Should().Equal("专业领域: 材料科学 → 新能源材料");
        Lines(Modified(en)).Should().Equal("Field: 材料科学 → 新能源材料");
        Lines(Added(zh)).Should().Contain(["学历: 博士", "留学国家或地区: 俄罗斯", "同意联系: 是", "状态: 已见面", "同意记录日期: 2023-09-16"]);
        Lines(Added(en)).Should().Contain(["Degree: PhD", "Country or region of study: Russian Federation", "Status: Met"]);
        Added(zh).GetProperty("recordType").GetString().Should().Be("人才");
        AllRead(zh, en);
    }

    [Fact]
    public async Task A_renamed_enterprise_reads_old_to_new_and_its_contacts_and_town_read_as_words()
    {
        var federation = await TestFederation.Create(factory);
        await LoadTowns(federation);
        var registered = await EnterpriseRequests.Created(federation.Admin, "/api/enterprises/enterprises", EnterpriseRequests.Enterprise(name: "中山市侨丰电器有限公司"));
        var rename = EnterpriseRequests.Enterprise(name: "广东侨丰智能科技有限公司", creditCode: registered.GetProperty("creditCode").GetString());
        rename["version"] = registered.Version();
        await (await federation.Admin.PutAsJsonAsync($"/api/enterprises/enterprises/{registered.Id()}", rename)).ShouldBe(HttpStatusCode.OK);

        var (zh, en) = await Entries(federation.Admin, $"module=Enterprises&entityType=Enterprise&entityId={registered.Id()}", 2);

        Lines(Modified(zh)).Should().Contain("名称: 中山市侨丰电器有限公司 → 广东侨丰智能科技有限公司");
        Lines(Modified(en)).Should().Contain("Name: 中山市侨丰电器有限公司 → 广东侨丰智能科技有限公司");
        Lines(Added(zh)).Should().Contain(["联系人: 陈先生（总经理，0760-88888888）", "投资方来源地: 中国香港", "镇街: 火炬开发区", "状态: 正常经营"]);
        Lines(Added(en)).Should().Contain(["Contacts: 陈先生 (总经理, 0760-88888888)", "Investor's country or region: Hong Kong (China)",
            "Town: Torch Development Zone", "Status: Operating"]);
        // The record's name comes from search, which takes the rename's event on its own (on RabbitMQ, later).
        var named = await Eventually.Within(TimeSpan.FromSeconds(10),
            async () => (await Entries(federation.Admin, $"module=Enterprises&entityType=Enterprise&entityId={registered.Id()}", 2)).Zh,
            entries => Modified(entries).GetProperty("recordName").GetString() == "广东侨丰智能科技有限公司");
        Modified(named).GetProperty("recordName").GetString().Should().Be("广东侨丰智能科技有限公司");
        AllRead(zh, en);
    }

    [Fact]
    public async Task A_tours_participants_and_a_pilots_target_read_as_words_and_money()
    {
        var federation = await TestFederation.Create(factory);
        await LoadTowns(federation);
        var tour = await EnterpriseRequests.Created(federation.Admin, TradeRequests.Tours, TradeRequests.Tour());
        var pilot = await EnterpriseRequests.Created(federation.Admin, TradeRequests.Pilots, TradeRequests.Pilot());

        var (zhTour, enTour) = await Entries(federation.Admin, $"module=Trade&entityType=InspectionTour&entityId={tour.Id()}", 1);
        var (zhPilot, enPilot) = await Entries(federation.Admin, $"module=Trade&entityType=TradePilot&entityId={pilot.Id()}", 1);

        Lines(Added(zhTour)).Should().Contain(["参加人员来源: 中国香港 9人次、美国 4人次、马来西亚 4人次", "考察镇街: 黄圃", "参加人次: 17"]);
        Lines(Added(enTour)).Should().Contain(["Participants: Hong Kong (China): 9 person-times、United States: 4 person-times、Malaysia: 4 person-times",
            "Towns visited: Huangpu"]);
        Lines(Added(zhPilot)).Should().Contain("目标金额: 1.2亿元");
        Added(zhPilot).GetProperty("recordType").GetString().Should().Be("以侨助贸试点");
        AllRead(zhTour, enTour);
        AllRead(zhPilot, enPilot);
    }

    [Fact]
    public async Task A_programmes_targets_read_by_the_kpis_titles_in_their_units_and_its_work_line_by_title()
    {
        var admin = await factory.Admin();
        var programme = await EnterpriseRequests.Created(admin, "/api/scorecard/programmes", ScorecardRequests.Programme());

        var (zh, en) = await Entries(admin, $"module=Scorecard&entityType=Programme&entityId={programme.Id()}", 1);

        Lines(Added(zh)).Should().Contain(["年度目标: 签约项目金额 ≥ 80亿元、签约项目数 ≥ 10", "所属工作线: 招商引资", "开始日期: 2023-01-01"]);
        Lines(Added(en)).Should().Contain(l => l.StartsWith("Yearly targets: Amount of projects signed ≥ ") && l.Contains("Projects signed ≥ 10"));
        Lines(Added(zh)).Should().Contain(l => l.StartsWith("所属组织: ") && !l.Contains("所属组织: —"));
        AllRead(zh, en);
    }

    [Fact]
    public async Task A_users_display_name_and_roles_and_an_organisations_kind_read_by_their_titles()
    {
        var federation = await TestFederation.Create(factory);
        var userName = $"u{Guid.NewGuid():N}"[..20];
        var user = await (await federation.Admin.PostAsJsonAsync("/api/admin/users",
            new { userName, displayName = "王小明", password = TestFederation.Password, organisationId = federation.BranchA, roles = new[] { "leadership" } }))
            .ShouldBe(HttpStatusCode.Created);
        var id = user.GetProperty("user").Id();
        await (await federation.Admin.PutAsJsonAsync($"/api/admin/users/{id}",
            new { displayName = "王晓明", organisationId = federation.BranchA, roles = new[] { "leadership" }, version = 1 })).ShouldBe(HttpStatusCode.OK);

        var (zh, en) = await Entries(federation.Admin, $"module=Platform&entityType=User&entityId={id}", 2);
        var (zhOrg, enOrg) = await Entries(federation.Admin, $"module=Platform&entityType=Organisation&entityId={federation.BranchA}", 1);

        Lines(Modified(zh)).Should().Equal("姓名: 王小明 → 王晓明");
        Lines(Modified(en)).Should().Equal("Display name: 王小明 → 王晓明");
        Lines(Added(zh)).Should().Contain(["角色: 领导班子", "已停用: 否"]).And.Contain(l => l.StartsWith("所属组织: 石岐区侨联-"));
        Lines(Added(en)).Should().Contain("Roles: Leadership");
        Lines(Added(zhOrg)).Should().Contain(["组织类型: 镇街侨联", "镇街: 石岐"]).And.Contain(l => l.StartsWith("上级组织: ") && !l.EndsWith("—"));
        Added(zh).GetProperty("recordType").GetString().Should().Be("用户");
        AllRead(zh, en);
        AllRead(zhOrg, enOrg);
    }

    private async Task LoadTowns(TestFederation federation)
    {
        var towns = await (await federation.Admin.GetAsync("/api/admin/places")).ShouldBe(HttpStatusCode.OK);
        if (towns.GetArrayLength() == 0) await federation.LoadZhongshanTowns();
    }

    /// <summary>The record's entries in Chinese and in English, once <paramref name="count"/> have arrived.</summary>
    private static async Task<(JsonElement Zh, JsonElement En)> Entries(HttpClient admin, string query, int count)
    {
        var zh = await Eventually.Within(TimeSpan.FromSeconds(10),
            async () => await (await admin.GetAsync($"/api/admin/audit?{query}")).ShouldBe(HttpStatusCode.OK),
            b => b.GetProperty("total").GetInt32() >= count);
        var en = await (await admin.GetAsync($"/api/admin/audit?{query}&culture=en")).ShouldBe(HttpStatusCode.OK);
        return (zh.GetProperty("items"), en.GetProperty("items"));
    }

    private static JsonElement Added(JsonElement items) => items.EnumerateArray().First(e => e.GetProperty("action").GetString() == "Added");

    private static JsonElement Modified(JsonElement items) => items.EnumerateArray().First(e => e.GetProperty("action").GetString() == "Modified");

    private static void AllRead(JsonElement zh, JsonElement en)
    {
        foreach (var entry in zh.EnumerateArray()) ShouldRead(entry, chinese: true);
        foreach (var entry in en.EnumerateArray()) ShouldRead(entry, chinese: false);
    }
}
