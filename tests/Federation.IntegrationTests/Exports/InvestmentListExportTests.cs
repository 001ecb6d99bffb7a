using System.Net;
using System.Net.Http.Json;
using AngleSharp;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Exports;

/// <summary>The investment events and the credit lines export exactly what their filters select, every page of it, in the reader's language.</summary>
public sealed class InvestmentListExportTests
{
    [Fact]
    public async Task The_events_list_exports_every_filtered_event_with_its_organisers_and_countries_named()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        for (var i = 0; i < 3; i++)
        {
            var body = InvestmentRequests.Event();
            body["title"] = $"导出测试活动{i}";
            body["startDate"] = body["endDate"] = $"2036-03-0{i + 1}";
            body["attendeeCount"] = 100 + i;
            body["organisers"] = new[] { new { name = "中山市侨联", role = "host" }, new { name = "中山市侨商会", role = "coHost" } };
            (await admin.PostAsJsonAsync("/api/investment/events", body)).StatusCode.Should().Be(HttpStatusCode.Created);
        }
        await ListExports.Create(admin, "/api/investment/events", InvestmentRequests.Event(), ("title", "导出测试活动-展会"), ("kind", "fair"), ("startDate", "2036-04-01"), ("endDate", "2036-04-01"));
        await ListExports.Create(admin, "/api/investment/events", InvestmentRequests.Event(), ("title", "导出测试活动-次年"), ("startDate", "2037-04-01"), ("endDate", "2037-04-01"));
        await ListExports.Create(admin, "/api/investment/events", InvestmentRequests.Event(), ("title", "别的大会"), ("startDate", "2036-05-01"), ("endDate", "2036-05-01"));

        var export = await ListExports.LinkOn(admin, "/investment/events?year=2036&kind=Conference&q=导出测试活动&page=2");
        var rows = await Workbooks.Rows(admin, export);

        rows.Should().HaveCount(3, "the filters select three conferences of 2036, whatever page the reader was on");
        rows.Select(r => (string)r["活动名称"]).Should().BeEquivalentTo(["导出测试活动0", "导出测试活动1", "导出测试活动2"]);
        var second = rows.Single(r => (string)r["活动名称"] == "导出测试活动1");
        second["类型"].Should().Be("大会");
        second["开始日期"].Should().Be("2036-03-02");
        Convert.ToInt32(second["参会人数"]).Should().Be(101);
        Convert.ToInt32(second["国家和地区数"]).Should().Be(3);
        second["国家和地区"].Should().Be("中国香港、中国澳门、美国");
        second["主办、协办和指导单位"].Should().Be("中山市侨联（主办）、中山市侨商会（协办）");
        ((string?)second["所属组织"]).Should().NotBeNullOrWhiteSpace();

        var english = await Workbooks.Rows(admin, "/investment/events?handler=Export&year=2036&kind=Conference&q=导出测试活动&culture=en");
        english.Should().HaveCount(3);
        english[0].Keys.Should().Contain(["Title", "Kind", "Start date", "Attendees", "Countries and regions", "Organisation"]);
        english[0]["Kind"].Should().Be("Conference");
        english.Select(r => (string)r["Countries and regions"]).Should().AllBe("Hong Kong (China); Macao (China); United States");
    }

    [Fact]
    public async Task The_credit_lines_export_every_line_of_the_year_in_yuan_and_wan_yuan_with_the_event_named()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var fair = await (await admin.PostAsJsonAsync("/api/investment/events", InvestmentRequests.Event())).ShouldBe(HttpStatusCode.Created);
        for (var i = 0; i < 3; i++)
            await ListExports.Create(admin, "/api/investment/credit-lines", InvestmentRequests.CreditLine(),
                ("bank", $"导出测试银行{i}"), ("amountYuan", 12_345_678.9m + i), ("grantedOn", $"2036-0{i + 1}-15"), ("eventId", i == 0 ? fair.Id() : null));
        await ListExports.Create(admin, "/api/investment/credit-lines", InvestmentRequests.CreditLine(), ("bank", "往年的银行"), ("grantedOn", "2035-12-31"));

        var export = await ListExports.LinkOn(admin, "/investment/credit-lines?year=2036&page=3");
        var rows = await Workbooks.Rows(admin, export);

        rows.Should().HaveCount(3, "the year selects three credit lines, whatever page the reader was on");
        rows.Select(r => (string)r["银行"]).Should().BeEquivalentTo(["导出测试银行0", "导出测试银行1", "导出测试银行2"]);
        var first = rows.Single(r => (string)r["银行"] == "导出测试银行0");
        Convert.ToDecimal(first["金额（元）"]).Should().Be(12_345_678.9m);
        Convert.ToDecimal(first["金额（万元）"]).Should().Be(1234.5679m);
        first["授信日期"].Should().Be("2036-01-15");
        first["受益企业群体"].Should().Be("侨青联会员企业");
        first["获得于活动"].Should().Be("侨助高质量发展大会");
        rows.Single(r => (string)r["银行"] == "导出测试银行1")["获得于活动"].Should().BeNull();
        ((string?)first["所属组织"]).Should().NotBeNullOrWhiteSpace();

        var english = await Workbooks.Rows(admin, "/investment/credit-lines?handler=Export&year=2036&culture=en");
        english.Should().HaveCount(3);
        english[0].Keys.Should().Contain(["Bank", "Beneficiary group", "Granted on", "Amount (yuan)", "Amount (10,000 yuan)", "Organisation"]);
    }

    [Theory]
    [InlineData("/investment/events?handler=Export&year=abc")]
    [InlineData("/investment/events?handler=Export&kind=bogus")]
    [InlineData("/investment/events?handler=Export&year=1800")]
    [InlineData("/investment/credit-lines?handler=Export&year=abc")]
    [InlineData("/investment/credit-lines?handler=Export&year=3000")]
    public async Task A_bad_filter_shows_the_list_again_with_400_and_no_workbook(string url)
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        await ListExports.Refused(admin, url);
    }
}
