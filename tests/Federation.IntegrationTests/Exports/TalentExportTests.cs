using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Exports;

/// <summary>The talent events, talents, letters and partner bases export exactly what their filters select, every page of it, in the reader's language.</summary>
public sealed class TalentExportTests
{
    [Fact]
    public async Task The_events_list_exports_every_filtered_event_with_the_talents_met_by_degree_and_country()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        for (var i = 0; i < 2; i++)
            await ListExports.Create(admin, "/api/talent/events", TalentRequests.Event(), ("title", $"导出引才沙龙{i}"), ("startDate", $"2036-04-1{i}"), ("endDate", $"2036-04-1{i}"));
        await ListExports.Create(admin, "/api/talent/events", TalentRequests.Event(), ("title", "导出引才学联专场"), ("format", "studentAssociationSession"), ("startDate", "2036-05-01"), ("endDate", "2036-05-01"));
        await ListExports.Create(admin, "/api/talent/events", TalentRequests.Event(), ("title", "导出引才沙龙-次年"), ("startDate", "2037-04-10"), ("endDate", "2037-04-10"));
        await ListExports.Create(admin, "/api/talent/events", TalentRequests.Event(), ("title", "别的沙龙"), ("startDate", "2036-06-01"), ("endDate", "2036-06-01"));

        var export = await ListExports.LinkOn(admin, "/talent/events?year=2036&format=Salon&q=导出引才&page=2");
        var rows = await Workbooks.Rows(admin, export);

        rows.Should().HaveCount(2, "the filters select two salons of 2036, whatever page the reader was on");
        rows.Select(r => (string)r["名称"]).Should().BeEquivalentTo(["导出引才沙龙0", "导出引才沙龙1"]);
        var first = rows.Single(r => (string)r["名称"] == "导出引才沙龙0");
        first["开始日期"].Should().Be("2036-04-10");
        first["形式"].Should().Be("沙龙");
        first["品牌活动"].Should().Be("是");
        first["国家和地区"].Should().Be("中国澳门");
        first["合作机构"].Should().Be("澳门中山同乡会");
        Convert.ToInt32(first["见面人才"]).Should().Be(24);
        first["见面人才构成"].Should().Be("博士·中国澳门 18人、硕士·葡萄牙 6人");
        ((string?)first["所属组织"]).Should().NotBeNullOrWhiteSpace();

        var english = await Workbooks.Rows(admin, "/talent/events?handler=Export&year=2036&format=Salon&q=导出引才&culture=en");
        english.Should().HaveCount(2);
        english[0].Keys.Should().Contain(["Start date", "Title", "Format", "Flagship", "Talents met", "Organisation"]);
        english[0]["Format"].Should().Be("Salon");
    }

    [Fact]
    public async Task The_talents_list_exports_every_filtered_talent_with_contact_consent_and_the_event_met_at()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var salon = await (await admin.PostAsJsonAsync("/api/talent/events", TalentRequests.Event())).ShouldBe(HttpStatusCode.Created);
        string[] names = ["导出甲", "导出乙", "导出丙"];
        for (var i = 0; i < names.Length; i++)
            await ListExports.Create(admin, "/api/talent/talents", TalentRequests.Talent(name: names[i], contact: $"talent{i}@example.org"),
                ("institution", "导出测试大学"), ("metAtEventId", i == 0 ? salon.Id() : null));
        await ListExports.Create(admin, "/api/talent/talents", TalentRequests.Talent(name: "导出丁"), ("institution", "导出测试大学"), ("degree", "master"));
        await ListExports.Create(admin, "/api/talent/talents", TalentRequests.Talent(name: "导出戊"), ("institution", "别的大学"));

        var export = await ListExports.LinkOn(admin, "/talent/talents?q=导出测试大学&degree=PhD&status=Met&page=2");
        var rows = await Workbooks.Rows(admin, export);

        rows.Should().HaveCount(3, "the filters select three PhDs of that university, whatever page the reader was on");
        rows.Select(r => (string)r["姓名"]).Should().BeEquivalentTo(names);
        var first = rows.Single(r => (string)r["姓名"] == "导出甲");
        first["学历"].Should().Be("博士");
        first["院校"].Should().Be("导出测试大学");
        first["留学国家和地区"].Should().Be("俄罗斯");
        first["状态"].Should().Be("已见面");
        first["联系方式"].Should().Be("t***@example.org", "without a reason the workbook has contacts masked, even for an admin (PersonalDataTests)");
        first["同意联系"].Should().Be("是");
        first["同意记录日期"].Should().Be("2023-09-16");
        first["结识活动"].Should().Be("“雁南归”澳门沙龙");
        rows.Single(r => (string)r["姓名"] == "导出乙")["结识活动"].Should().BeNull();
        ((string?)first["所属组织"]).Should().NotBeNullOrWhiteSpace();

        var english = await Workbooks.Rows(admin, "/talent/talents?handler=Export&q=导出测试大学&degree=PhD&culture=en");
        english.Should().HaveCount(3);
        english[0].Keys.Should().Contain(["Name", "Degree", "Institution", "Country or region of study", "Status", "Contact", "Organisation"]);
        english.Select(r => (string)r["Country or region of study"]).Should().AllBe("Russian Federation");
    }

    [Fact]
    public async Task The_letters_list_exports_every_letter_of_the_year_and_degree_withdrawn_ones_with_date_and_reason()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var letters = new List<JsonElement>();
        for (var i = 0; i < 3; i++)
            letters.Add(await Sign(admin, $"导出签约{i}", "phD", $"2036-0{i + 1}-08", $"导出意向单位{i}"));
        await Sign(admin, "导出硕士", "master", "2036-02-08", "硕士的单位");
        await Sign(admin, "导出往年", "phD", "2035-02-08", "往年的单位");
        (await admin.PostAsJsonAsync($"/api/talent/letters/{letters[2].Id()}/withdraw", new { on = "2036-06-01", reason = "另有安排", version = 1 }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var export = await ListExports.LinkOn(admin, "/talent/letters?year=2036&degree=PhD&page=2");
        var rows = await Workbooks.Rows(admin, export);

        rows.Should().HaveCount(3, "the filters select three PhD letters of 2036, the withdrawn one too, whatever page the reader was on");
        rows.Select(r => (string)r["姓名"]).Should().BeEquivalentTo(["导出签约0", "导出签约1", "导出签约2"]);
        var active = rows.Single(r => (string)r["姓名"] == "导出签约0");
        active["签署日期"].Should().Be("2036-01-08");
        active["学历"].Should().Be("博士");
        active["意向单位"].Should().Be("导出意向单位0");
        active["镇街"].Should().Be("翠亨新区");
        active["状态"].Should().Be("有效");
        active["撤回日期"].Should().BeNull();
        var withdrawn = rows.Single(r => (string)r["姓名"] == "导出签约2");
        withdrawn["状态"].Should().Be("已撤回");
        withdrawn["撤回日期"].Should().Be("2036-06-01");
        withdrawn["撤回原因"].Should().Be("另有安排");

        var english = await Workbooks.Rows(admin, "/talent/letters?handler=Export&year=2036&degree=PhD&culture=en");
        english.Should().HaveCount(3);
        english[0].Keys.Should().Contain(["Signed on", "Name", "Degree", "Employer", "Town", "Status", "Reason for withdrawal", "Organisation"]);
        english.Select(r => (string)r["Status"]).Should().BeEquivalentTo(["Active", "Active", "Withdrawn"]);
    }

    [Fact]
    public async Task The_partner_bases_export_every_base_of_the_year_with_the_partner_country_named()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        for (var i = 0; i < 3; i++)
            await ListExports.Create(admin, "/api/talent/partner-bases", TalentRequests.PartnerBase(),
                ("name", $"导出测试基地{i}"), ("establishedOn", $"2036-0{i + 1}-16"), ("partnerCountryOrRegion", i == 0 ? "RU" : null));
        await ListExports.Create(admin, "/api/talent/partner-bases", TalentRequests.PartnerBase(), ("name", "往年的基地"), ("establishedOn", "2035-09-16"));

        var export = await ListExports.LinkOn(admin, "/talent/partner-bases?year=2036&page=2");
        var rows = await Workbooks.Rows(admin, export);

        rows.Should().HaveCount(3, "the year selects three bases, whatever page the reader was on");
        rows.Select(r => (string)r["基地名称"]).Should().BeEquivalentTo(["导出测试基地0", "导出测试基地1", "导出测试基地2"]);
        var first = rows.Single(r => (string)r["基地名称"] == "导出测试基地0");
        first["设立日期"].Should().Be("2036-01-16");
        first["类型"].Should().Be("人才工作站");
        first["合作机构"].Should().Be("莫斯科大学中国学生学者联合会");
        first["合作机构所在国家和地区"].Should().Be("俄罗斯");
        first["镇街"].Should().Be("翠亨新区");
        ((string?)first["所属组织"]).Should().NotBeNullOrWhiteSpace();

        var english = await Workbooks.Rows(admin, "/talent/partner-bases?handler=Export&year=2036&culture=en");
        english.Should().HaveCount(3);
        english[0].Keys.Should().Contain(["Established on", "Name of the base", "Kind", "Partner organisation", "Partner's country or region", "Organisation"]);
    }

    [Theory]
    [InlineData("/talent/events?handler=Export&year=abc")]
    [InlineData("/talent/events?handler=Export&format=bogus")]
    [InlineData("/talent/talents?handler=Export&degree=bogus")]
    [InlineData("/talent/talents?handler=Export&status=bogus")]
    [InlineData("/talent/letters?handler=Export&year=abc")]
    [InlineData("/talent/letters?handler=Export&degree=bogus")]
    [InlineData("/talent/partner-bases?handler=Export&year=abc")]
    [InlineData("/talent/partner-bases?handler=Export&year=1800")]
    public async Task A_bad_filter_shows_the_list_again_with_400_and_no_workbook(string url)
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        await ListExports.Refused(admin, url);
    }

    private static async Task<JsonElement> Sign(HttpClient client, string name, string degree, string signedOn, string employer)
    {
        var body = TalentRequests.Talent(name: name);
        body["degree"] = degree;
        var talent = await (await client.PostAsJsonAsync("/api/talent/talents", body)).ShouldBe(HttpStatusCode.Created);
        var letter = TalentRequests.Letter();
        letter["signedOn"] = signedOn;
        letter["employerName"] = employer;
        return await (await client.PostAsJsonAsync($"/api/talent/talents/{talent.Id()}/letter", letter)).ShouldBe(HttpStatusCode.Created);
    }
}
