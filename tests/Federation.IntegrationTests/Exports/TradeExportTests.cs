using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Exports;

/// <summary>The Trade lists export exactly what their filters select, every page of it, in the reader's language.</summary>
public sealed class TradeExportTests
{
    [Fact]
    public async Task The_orders_export_every_filtered_order_with_the_yuan_to_the_fen_and_names_for_codes()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var pilot = await EnterpriseRequests.Created(admin, TradeRequests.Pilots, TradeRequests.Pilot());
        var pilotName = pilot.GetProperty("name").GetString();
        var known = await TradeRequests.Record(admin, TradeRequests.Order(
            amount: 123_456.78m, rateToYuan: 7.1776m, orderedOn: "2023-05-06", status: "confirmed",
            enterpriseName: "导出测试出口企业", pilotId: pilot.Id(), town: "导出测试镇"));
        for (var i = 0; i < 51; i++)
            await TradeRequests.Record(admin, TradeRequests.Order(amount: 1_000m + i, town: "导出测试镇"));
        await TradeRequests.Record(admin, TradeRequests.Order(town: "别的镇"));
        var total = (await TradeRequests.OrderPage(admin, "?town=导出测试镇")).GetProperty("total").GetInt32();
        total.Should().Be(52);

        var rows = await Workbooks.Rows(admin, "/trade/orders?handler=Export&town=导出测试镇&page=2");

        rows.Should().HaveCount(total, "the export holds every order the filter selects, more than one page of the list");
        rows[0].Keys.Should().Contain(["下单日期", "出口企业", "统一社会信用代码", "产品类别", "买方国家/地区", "币种", "合同金额（原币）",
            "汇率", "汇率日期", "折合人民币（元）", "折合人民币（万元）", "状态", "确认日期", "所属试点", "镇街", "所属组织"]);
        var row = rows.Single(r => (string)r["出口企业"] == "导出测试出口企业");
        known.Yuan().Should().Be(886_123.38m);
        Convert.ToDecimal(row["折合人民币（元）"]).Should().Be(886_123.38m, "the yuan is exact to the fen");
        Convert.ToDecimal(row["折合人民币（万元）"]).Should().Be(88.6123m);
        Convert.ToDecimal(row["合同金额（原币）"]).Should().Be(123_456.78m);
        Convert.ToDecimal(row["汇率"]).Should().Be(7.1776m);
        row["下单日期"].Should().Be("2023-05-06");
        row["确认日期"].Should().Be("2023-05-06");
        row["买方国家/地区"].Should().Be("美国");
        row["币种"].Should().Be("USD");
        row["状态"].Should().Be("已确认");
        row["所属试点"].Should().Be(pilotName);
        row["镇街"].Should().Be("导出测试镇");
        row["所属组织"].Should().Be("中山市归国华侨联合会");

        var english = await Workbooks.Rows(admin, "/trade/orders?handler=Export&town=导出测试镇&status=confirmed&culture=en");
        english.Should().ContainSingle("one order of the town is confirmed");
        english[0].Keys.Should().Contain(["Order date", "Seller", "Buyer country or region", "Converted amount (yuan)", "Converted amount (10,000 yuan)", "Status"]);
        english[0]["Buyer country or region"].Should().Be("United States");
        english[0]["Status"].Should().Be("Confirmed");
    }

    [Theory]
    [InlineData("/trade/orders?handler=Export&status=bogus")]
    [InlineData("/trade/pilots?handler=Export&year=1800")]
    [InlineData("/trade/tours?handler=Export&year=1800")]
    [InlineData("/trade/commendations?handler=Export&kind=bogus")]
    public async Task A_bad_filter_answers_the_list_page_with_400_and_no_workbook(string url)
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();

        var response = await admin.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Content.Headers.ContentDisposition.Should().BeNull();
    }

    [Fact]
    public async Task The_pilots_export_target_and_confirmed_amounts_as_money_with_the_achievement()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var pilot = await EnterpriseRequests.Created(admin, TradeRequests.Pilots,
            TradeRequests.Pilot(startsOn: "2021-03-01", endsOn: "2021-12-31", targetAmount: 1_000_000m));
        await EnterpriseRequests.Created(admin, TradeRequests.Pilots, TradeRequests.Pilot(startsOn: "2021-04-01", endsOn: "2021-10-31"));
        await EnterpriseRequests.Created(admin, TradeRequests.Pilots, TradeRequests.Pilot(startsOn: "2022-04-01", endsOn: "2022-10-31"));
        await TradeRequests.Record(admin, TradeRequests.Order(currency: "CNY", amount: 250_000.55m, rateToYuan: 1m, orderedOn: "2021-05-01",
            status: "confirmed", pilotId: pilot.Id()));
        var total = (await (await admin.GetAsync(TradeRequests.Pilots + "?year=2021")).ShouldBe(HttpStatusCode.OK)).GetProperty("total").GetInt32();

        var rows = await Workbooks.Rows(admin, "/trade/pilots?handler=Export&year=2021");

        rows.Should().HaveCount(total).And.HaveCount(2);
        var row = rows.Single(r => (string)r["试点名称"] == pilot.GetProperty("name").GetString());
        Convert.ToDecimal(row["目标金额（元）"]).Should().Be(1_000_000m);
        Convert.ToDecimal(row["目标金额（万元）"]).Should().Be(100m);
        Convert.ToDecimal(row["已确认金额（元）"]).Should().Be(250_000.55m);
        Convert.ToDecimal(row["已确认金额（万元）"]).Should().Be(25.0001m);
        Convert.ToInt32(row["已确认订单（笔）"]).Should().Be(1);
        row["完成率"].Should().Be("25%");
        row["开始日期"].Should().Be("2021-03-01");

        var english = await Workbooks.Rows(admin, "/trade/pilots?handler=Export&year=2021&culture=en");
        english.Should().HaveCount(2);
        english[0].Keys.Should().Contain(["Pilot", "Target (yuan)", "Confirmed amount (yuan)", "Confirmed amount (10,000 yuan)", "Achieved"]);
    }

    [Fact]
    public async Task The_tours_export_towns_person_times_and_where_the_entrepreneurs_came_from()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var tour = await EnterpriseRequests.Created(admin, TradeRequests.Tours,
            TradeRequests.Tour(startsOn: "2021-07-20", towns: ["黄圃", "南头"], participants: [("US", 4), ("HK", 9)]));
        await EnterpriseRequests.Created(admin, TradeRequests.Tours, TradeRequests.Tour(startsOn: "2021-09-20"));
        await EnterpriseRequests.Created(admin, TradeRequests.Tours, TradeRequests.Tour(startsOn: "2022-07-20"));

        var rows = await Workbooks.Rows(admin, "/trade/tours?handler=Export&year=2021");

        rows.Should().HaveCount(2);
        var row = rows.Single(r => (string)r["活动名称"] == tour.GetProperty("title").GetString());
        row["考察镇街"].Should().Be("黄圃、南头");
        Convert.ToInt32(row["人次"]).Should().Be(13);
        row["来自国家/地区（人次）"].Should().Be("中国香港 9、美国 4");
        row["开始日期"].Should().Be("2021-07-20");

        var english = await Workbooks.Rows(admin, "/trade/tours?handler=Export&year=2021&culture=en");
        english.Should().HaveCount(2);
        english.Single(r => (string)r["Title"] == tour.GetProperty("title").GetString())["From (person-times)"]
            .Should().Be("Hong Kong (China) 9、United States 4");
    }

    [Fact]
    public async Task The_commendations_export_the_filtered_kind_with_its_name_in_the_readers_language()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var plaque = await EnterpriseRequests.Created(admin, TradeRequests.Commendations, TradeRequests.Commendation(kind: "plaque", receivedOn: "2021-06-01"));
        await EnterpriseRequests.Created(admin, TradeRequests.Commendations, TradeRequests.Commendation(kind: "plaque", receivedOn: "2021-08-01"));
        await EnterpriseRequests.Created(admin, TradeRequests.Commendations, TradeRequests.Commendation(kind: "banner", receivedOn: "2021-08-01"));
        var total = (await (await admin.GetAsync(TradeRequests.Commendations + "?year=2021&kind=plaque")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("total").GetInt32();

        var rows = await Workbooks.Rows(admin, "/trade/commendations?handler=Export&year=2021&kind=plaque");

        rows.Should().HaveCount(total).And.HaveCount(2);
        rows.Should().OnlyContain(r => (string)r["类型"] == "牌匾");
        var row = rows.Single(r => (string)r["赠送单位"] == plaque.GetProperty("from").GetString());
        row["收到日期"].Should().Be("2021-06-01");
        row["表彰事由"].Should().Be("感谢市侨联“以侨助贸”帮助企业拓展海外市场");

        var english = await Workbooks.Rows(admin, "/trade/commendations?handler=Export&year=2021&kind=plaque&culture=en");
        english.Should().HaveCount(2).And.OnlyContain(r => (string)r["Kind"] == "Plaque");
        english[0].Keys.Should().Contain(["Received on", "From", "Kind", "For"]);
    }
}
