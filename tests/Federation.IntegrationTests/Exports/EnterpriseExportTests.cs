using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Enterprises;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Exports;

/// <summary>
/// Every Enterprise services list exports exactly what its filters select, every page of it, in the
/// reader's language; a filter the list refuses answers 400 with the page, not a workbook.
/// Tests share the fixture's database, so each selects its own records by a unique town, text, department or year.
/// </summary>
public sealed class EnterpriseExportTests(EnterpriseWorld world) : IClassFixture<EnterpriseWorld>
{
    [Fact]
    public async Task The_registry_exports_every_enterprise_its_filters_select_across_pages()
    {
        var town = $"导出镇{EnterpriseRequests.Unique()}";
        for (var i = 0; i < 52; i++)
        {
            var body = EnterpriseRequests.Enterprise();
            body["town"] = town;
            await world.Register(world.Staff, body);
        }
        var oldName = $"中山市导出旧名有限公司{EnterpriseRequests.Unique()}";
        var branched = EnterpriseRequests.Enterprise(world.Federation.BranchA, oldName);
        branched["town"] = town;
        branched["contacts"] = new[]
        {
            new { name = "陈先生", role = "总经理", phone = "0760-88888888" },
            new { name = "李女士", role = "财务", phone = "13800000000" },
        };
        var registered = await world.Register(world.Staff, branched);
        var newName = $"广东导出新名科技有限公司{EnterpriseRequests.Unique()}";
        branched["name"] = newName;
        branched["status"] = "movedAway";
        branched["creditCode"] = registered.GetProperty("creditCode").GetString();
        branched["version"] = registered.Version();
        await (await world.Staff.PutAsJsonAsync($"/api/enterprises/enterprises/{registered.Id()}", branched)).ShouldBe(HttpStatusCode.OK);
        var elsewhere = EnterpriseRequests.Enterprise();
        elsewhere["town"] = $"别的镇{EnterpriseRequests.Unique()}";
        await world.Register(world.Staff, elsewhere);

        var rows = await Workbooks.Rows(world.Staff, $"/enterprises/registry?handler=Export&town={Uri.EscapeDataString(town)}&page=2");

        rows.Should().HaveCount(53, "the town selects 53 enterprises, more than one page of the list, whatever page the reader was on");
        rows.Select(r => (string)r["镇街"]).Should().AllBe(town);
        var moved = rows.Single(r => (string)r["企业名称"] == newName);
        moved["曾用名"].Should().Be(oldName);
        moved["统一社会信用代码"].Should().Be(registered.GetProperty("creditCode").GetString());
        moved["行业"].Should().Be("智能家电");
        moved["投资方所在国家和地区"].Should().Be("中国香港", "the investor's region by name, not its code");
        moved["状态"].Should().Be("已迁出");
        ((string)moved["联系人"]).Should().Contain("陈先生 总经理 076******8888").And.Contain("李女士 财务 138****0000",
            "without a reason the workbook has phones masked, even for an admin (PersonalDataTests)");
        moved["所属组织"].Should().Be(await OrganisationName(world.Federation.BranchA));

        var moving = await Workbooks.Rows(world.Staff, $"/enterprises/registry?handler=Export&town={Uri.EscapeDataString(town)}&status=movedAway");
        moving.Select(r => (string)r["企业名称"]).Should().Equal(newName);

        var english = await Workbooks.Rows(world.Staff, $"/enterprises/registry?handler=Export&town={Uri.EscapeDataString(town)}&status=movedAway&culture=en");
        english.Should().HaveCount(1);
        english[0].Keys.Should().Contain(["Enterprise name", "Former names", "Unified social credit code", "Investor's country or region", "Status", "Contacts", "Organisation"]);
        english[0]["Status"].Should().Be("Moved away");
        english[0]["Investor's country or region"].Should().Be("Hong Kong (China)");

        await ShouldRefuse("/enterprises/registry?handler=Export&status=nonsense");
    }

    [Fact]
    public async Task The_campaigns_export_with_their_period_and_coverage()
    {
        var leader = await world.NewUser(world.Federation.Root, $"导出领导{EnterpriseRequests.Unique()}", "leadership");
        var campaign = await EnterpriseRequests.Created(world.Staff, "/api/enterprises/campaigns",
            EnterpriseRequests.Campaign(startsOn: "2011-01-10", endsOn: "2011-12-31", target: 4));
        var first = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        var second = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        await EnterpriseRequests.Created(world.Staff, "/api/enterprises/visits", EnterpriseRequests.Visit(first.Id(), "2011-03-01"));
        campaign = await Assign(campaign, first.Id(), leader.Id);
        await Assign(campaign, second.Id(), leader.Id);
        await EnterpriseRequests.Created(world.Staff, "/api/enterprises/campaigns",
            EnterpriseRequests.Campaign(startsOn: "2011-06-01", endsOn: "2012-05-31"));
        await EnterpriseRequests.Created(world.Staff, "/api/enterprises/campaigns",
            EnterpriseRequests.Campaign(startsOn: "2013-01-01", endsOn: "2013-12-31"));

        var rows = await Workbooks.Rows(world.Staff, "/enterprises/campaigns?handler=Export&year=2011&page=3");

        rows.Should().HaveCount(2, "two campaigns run in 2011");
        var row = rows.Single(r => (string)r["行动名称"] == campaign.GetProperty("name").GetString());
        row["开始日期"].Should().Be("2011-01-10");
        row["结束日期"].Should().Be("2011-12-31");
        Convert.ToInt32(row["目标数"]).Should().Be(4);
        Convert.ToInt32(row["已安排"]).Should().Be(2);
        Convert.ToInt32(row["已走访"]).Should().Be(1);
        Convert.ToDecimal(row["走访覆盖率（%）"]).Should().Be(25m, "one of the four targeted enterprises was visited");

        var english = await Workbooks.Rows(world.Staff, "/enterprises/campaigns?handler=Export&year=2011&culture=en");
        english.Should().HaveCount(2);
        english[0].Keys.Should().Contain(["Campaign", "Starts on", "Ends on", "Target", "Assigned", "Visited", "Coverage (%)"]);

        await ShouldRefuse("/enterprises/campaigns?handler=Export&year=1800");
        await ShouldRefuse("/enterprises/campaigns?handler=Export&year=abc");
    }

    [Fact]
    public async Task The_visits_export_what_the_town_and_purpose_select()
    {
        var town = $"走访镇{EnterpriseRequests.Unique()}";
        var body = EnterpriseRequests.Enterprise();
        body["town"] = town;
        var enterprise = await world.Register(world.Staff, body);
        for (var i = 1; i <= 3; i++)
            await EnterpriseRequests.Created(world.Staff, "/api/enterprises/visits", EnterpriseRequests.Visit(enterprise.Id(), $"2024-0{i}-15"));
        var greeting = EnterpriseRequests.Visit(enterprise.Id(), "2024-02-01");
        greeting["purpose"] = "newYearGreeting";
        await EnterpriseRequests.Created(world.Staff, "/api/enterprises/visits", greeting);
        await EnterpriseRequests.Created(world.Staff, "/api/enterprises/visits", EnterpriseRequests.Visit((await world.Register(world.Staff, EnterpriseRequests.Enterprise())).Id()));

        var rows = await Workbooks.Rows(world.Staff, $"/enterprises/visits?handler=Export&town={Uri.EscapeDataString(town)}&purpose=listeningSession&page=2");

        rows.Should().HaveCount(3, "three listening sessions were held in the town; the greeting is another purpose");
        rows.Select(r => (string)r["走访日期"]).Should().Equal("2024-03-15", "2024-02-15", "2024-01-15");
        rows[0]["企业"].Should().Be(enterprise.GetProperty("name").GetString());
        rows[0]["镇街"].Should().Be(town);
        rows[0]["走访事由"].Should().Be("座谈听取意见");
        rows[0]["走访人员"].Should().Be("林志远、市侨联经济科技部");
        rows[0]["走访情况"].Should().Be("座谈听取企业发展诉求。");

        var all = await Workbooks.Rows(world.Staff, $"/enterprises/visits?handler=Export&town={Uri.EscapeDataString(town)}");
        all.Should().HaveCount(4);

        var english = await Workbooks.Rows(world.Staff, $"/enterprises/visits?handler=Export&town={Uri.EscapeDataString(town)}&culture=en");
        english.Should().HaveCount(4);
        english[0].Keys.Should().Contain(["Visited on", "Enterprise", "Town", "Purpose", "Visitors"]);
        english.Select(r => (string)r["Purpose"]).Should().Contain("New-year greeting");

        await ShouldRefuse("/enterprises/visits?handler=Export&purpose=nonsense");
        await ShouldRefuse("/enterprises/visits?handler=Export&year=abc");
    }

    [Fact]
    public async Task The_concern_queue_exports_its_filtered_rows_and_only_the_overdue_ones_when_asked()
    {
        var tag = $"导出诉求{EnterpriseRequests.Unique()}";
        var enterprise = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        async Task<JsonElement> Raise(string raisedOn, string? dueOn, string category = "tax")
        {
            var body = EnterpriseRequests.Concern(enterprise.Id(), raisedOn, category, dueOn);
            body["description"] = $"{tag}：出口退税办理周期较长";
            return await EnterpriseRequests.Created(world.Staff, "/api/enterprises/concerns", body);
        }
        var overdue = await Raise("2023-03-01", "2023-04-01");
        var referred = await Raise("2023-03-05", null, "finance");
        referred = await EnterpriseRequests.Step(world.Staff, referred.Id(), EnterpriseRequests.Refer("2023-03-06", referred.Version(), dueOn: "2023-05-01"));
        await Raise("2023-03-10", "2099-12-31");
        var resolved = await Raise("2023-03-12", "2023-04-01");
        await EnterpriseRequests.Step(world.Staff, resolved.Id(), EnterpriseRequests.Resolve("2023-03-20", resolved.Version()));
        var otherBody = EnterpriseRequests.Concern(enterprise.Id(), "2023-03-01", dueOn: "2023-04-01");
        await EnterpriseRequests.Created(world.Staff, "/api/enterprises/concerns", otherBody);

        var q = Uri.EscapeDataString(tag);
        var rows = await Workbooks.Rows(world.Staff, $"/enterprises/concerns?handler=Export&q={q}&page=2");

        rows.Should().HaveCount(4, "the text selects the four concerns of this test");
        var first = rows.Single(r => (string)r["提出日期"] == "2023-03-01");
        first["诉求类别"].Should().Be("税收");
        first["诉求内容"].Should().Be($"{tag}：出口退税办理周期较长");
        first["企业"].Should().Be(enterprise.GetProperty("name").GetString());
        first["办理期限"].Should().Be("2023-04-01");
        first["状态"].Should().Be("待办理");
        first["已超期"].Should().Be("是");
        var settled = rows.Single(r => (string)r["提出日期"] == "2023-03-12");
        settled["状态"].Should().Be("已解决");
        settled["已超期"].Should().Be("否");
        settled["办结日期"].Should().Be("2023-03-20");
        settled["办理结果"].Should().Be("经协调，相关部门已上门对接并落实。");
        rows.Single(r => (string)r["提出日期"] == "2023-03-05")["承办部门"].Should().Be("国家税务总局中山市税务局");
        rows.Single(r => (string)r["提出日期"] == "2023-03-10")["已超期"].Should().Be("否");

        var onlyOverdue = await Workbooks.Rows(world.Staff, $"/enterprises/concerns?handler=Export&q={q}&overdue=true");
        onlyOverdue.Select(r => (string)r["提出日期"]).Should().BeEquivalentTo(["2023-03-01", "2023-03-05"],
            "only the pending concerns past their due date are overdue");
        onlyOverdue.Select(r => (string)r["已超期"]).Should().AllBe("是");

        var referredOnly = await Workbooks.Rows(world.Staff, $"/enterprises/concerns?handler=Export&q={q}&status=referred&category=finance");
        referredOnly.Should().ContainSingle().Which["诉求类别"].Should().Be("融资");

        var english = await Workbooks.Rows(world.Staff, $"/enterprises/concerns?handler=Export&q={q}&overdue=true&culture=en");
        english.Should().HaveCount(2);
        english[0].Keys.Should().Contain(["Category", "Description", "Enterprise", "Raised on", "Due on", "Status", "Department", "Overdue", "Settled on", "Outcome"]);
        english.Select(r => (string)r["Overdue"]).Should().AllBe("Yes");

        await ShouldRefuse($"/enterprises/concerns?handler=Export&q={q}&status=nonsense");
        await ShouldRefuse($"/enterprises/concerns?handler=Export&q={q}&overdue=maybe");
        await ShouldRefuse($"/enterprises/concerns?handler=Export&q={q}&category=nonsense");
    }

    [Fact]
    public async Task The_policy_sessions_export_what_the_department_selects()
    {
        var department = $"市导出局{EnterpriseRequests.Unique()}";
        for (var i = 1; i <= 3; i++)
        {
            var body = EnterpriseRequests.PolicySession(heldOn: $"2022-0{i}-20");
            body["departments"] = new[] { department, "中山海关" };
            await EnterpriseRequests.Created(world.Staff, "/api/enterprises/policy-sessions", body);
        }
        await EnterpriseRequests.Created(world.Staff, "/api/enterprises/policy-sessions", EnterpriseRequests.PolicySession(heldOn: "2022-02-20"));

        var rows = await Workbooks.Rows(world.Staff, $"/enterprises/sessions?handler=Export&department={Uri.EscapeDataString(department)}&page=2");

        rows.Should().HaveCount(3);
        rows.Select(r => (string)r["举办日期"]).Should().Equal("2022-03-20", "2022-02-20", "2022-01-20");
        rows[0]["主题"].Should().Be("中山侨声·侨界与政府部门面对面：跨境电商出海渠道与合规");
        rows[0]["参加部门"].Should().Be($"{department}、中山海关");
        Convert.ToInt32(rows[0]["参加人数"]).Should().Be(45);
        rows[0]["地点"].Should().Be("中山市侨界活动中心");
        Convert.ToInt32(rows[0]["收集诉求数"]).Should().Be(0);

        var english = await Workbooks.Rows(world.Staff, $"/enterprises/sessions?handler=Export&department={Uri.EscapeDataString(department)}&culture=en");
        english.Should().HaveCount(3);
        english[0].Keys.Should().Contain(["Held on", "Topic", "Departments", "Attendees", "Venue", "Concerns raised"]);

        await ShouldRefuse("/enterprises/sessions?handler=Export&year=1800");
        await ShouldRefuse("/enterprises/sessions?handler=Export&year=abc");
    }

    [Fact]
    public async Task The_joint_measures_export_with_their_items_one_a_line()
    {
        var department = $"国家税务总局导出分局{EnterpriseRequests.Unique()}";
        for (var i = 1; i <= 2; i++)
        {
            var body = EnterpriseRequests.JointMeasure(issuedOn: $"2021-0{i}-16", items: 3);
            body["partnerDepartment"] = department;
            await EnterpriseRequests.Created(world.Staff, "/api/enterprises/joint-measures", body);
        }
        await EnterpriseRequests.Created(world.Staff, "/api/enterprises/joint-measures", EnterpriseRequests.JointMeasure(issuedOn: "2021-01-16"));

        var rows = await Workbooks.Rows(world.Staff, $"/enterprises/measures?handler=Export&department={Uri.EscapeDataString(department)}&page=2");

        rows.Should().HaveCount(2);
        rows[0]["文件名称"].Should().Be("税侨共建·服务侨资企业十条措施");
        rows[0]["联合部门"].Should().Be(department);
        rows[0]["发布日期"].Should().Be("2021-02-16");
        rows[0]["具体举措"].Should().Be("第1条措施\n第2条措施\n第3条措施");

        var english = await Workbooks.Rows(world.Staff, $"/enterprises/measures?handler=Export&department={Uri.EscapeDataString(department)}&culture=en");
        english.Should().HaveCount(2);
        english[0].Keys.Should().Contain(["Title", "Partner department", "Issued on", "Items"]);

        await ShouldRefuse("/enterprises/measures?handler=Export&year=1800");
        await ShouldRefuse("/enterprises/measures?handler=Export&year=abc");
    }

    [Fact]
    public async Task A_leader_exports_their_own_enterprises()
    {
        var leader = await world.NewUser(world.Federation.Root, $"导出领导{EnterpriseRequests.Unique()}", "leadership");
        var campaign = await EnterpriseRequests.Created(world.Staff, "/api/enterprises/campaigns",
            EnterpriseRequests.Campaign(startsOn: "2012-01-10", endsOn: "2012-12-31", target: 2));
        var visited = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        var waiting = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        await EnterpriseRequests.Created(world.Staff, "/api/enterprises/visits", EnterpriseRequests.Visit(visited.Id(), "2012-03-01"));
        campaign = await Assign(campaign, visited.Id(), leader.Id);
        await Assign(campaign, waiting.Id(), leader.Id);

        var rows = await Workbooks.Rows(leader.Client, "/enterprises/mine?handler=Export");

        rows.Should().HaveCount(2);
        rows.Select(r => (string)r["企业"]).Should().Equal(waiting.GetProperty("name").GetString(), visited.GetProperty("name").GetString());
        rows.Select(r => (string)r["服务行动"]).Should().AllBe(campaign.GetProperty("name").GetString());
        rows.Select(r => (string)r["走访日期"]).Should().Equal("未走访", "2012-03-01");
        rows[0]["行动截止日期"].Should().Be("2012-12-31");

        var english = await Workbooks.Rows(leader.Client, "/enterprises/mine?handler=Export&culture=en");
        english.Select(r => (string)r["Visited on"]).Should().Equal("Not visited", "2012-03-01");
        english[0].Keys.Should().Contain(["Enterprise", "Campaign", "Campaign ends on"]);

        var nobody = await Workbooks.Rows(world.Staff, "/enterprises/mine?handler=Export");
        nobody.Should().BeEmpty("nothing is assigned to the staff member");
    }

    [Fact]
    public async Task Every_list_page_offers_the_export_with_its_filters()
    {
        foreach (var (page, filters) in new[]
        {
            ("/enterprises/registry", "town=%E7%81%AB%E7%82%AC&status=operating"),
            ("/enterprises/campaigns", "year=2011"),
            ("/enterprises/visits", "year=2024&purpose=listeningSession"),
            ("/enterprises/concerns", "overdue=true&q=x"),
            ("/enterprises/sessions", "year=2022"),
            ("/enterprises/measures", "year=2021"),
        })
        {
            var html = await (await world.Staff.GetAsync($"{page}?{filters}&page=2")).Content.ReadAsStringAsync();
            html.Should().Contain($"href=\"?handler=Export&amp;{filters.Replace("&", "&amp;")}\"", page);
        }
    }

    private async Task ShouldRefuse(string url)
    {
        var response = await world.Staff.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, url);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html", "a refused filter shows the page with its message, not a workbook");
    }

    private async Task<JsonElement> Assign(JsonElement campaign, Guid enterpriseId, Guid leaderId) =>
        await (await world.Staff.PostAsJsonAsync($"/api/enterprises/campaigns/{campaign.Id()}/assignments",
            new { enterpriseId, leaderUserId = leaderId, version = campaign.Version() })).ShouldBe(HttpStatusCode.OK);

    private async Task<string> OrganisationName(Guid id)
    {
        var organisations = await (await world.Admin.GetAsync("/api/admin/organisations")).ShouldBe(HttpStatusCode.OK);
        return organisations.EnumerateArray().Single(o => o.Id() == id).GetProperty("name").GetString()!;
    }
}
