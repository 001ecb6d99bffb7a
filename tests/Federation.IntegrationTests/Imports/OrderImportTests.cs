using System.Net;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Imports;

/// <summary>
/// The overseas order ledger (海外订单台账) uploaded, checked and imported: the orders land as if entered
/// by hand, a row known by its contract (seller, buyer, product, order date, amount in its currency)
/// updates its order, and the orders list's own export imports back unchanged.
/// </summary>
public sealed class OrderImportTests
{
    private static readonly string[] Headers =
        ["下单日期", "出口企业", "统一社会信用代码", "产品类别", "买方国家/地区", "币种", "合同金额（原币）", "汇率", "汇率日期",
         "状态", "确认日期", "交付日期", "取消日期", "取消原因", "镇街"];

    [Fact]
    public async Task A_dry_run_reports_each_bad_cell_on_its_column_and_writes_nothing()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var seller = $"中山市联昌电器有限公司{EnterpriseRequests.Unique()}";
        var flawed = Ledgers.Workbook(Headers,
            ["2023-06-14", seller, null, "小家电", "日本", "JPY", 185_000_000.5m, 0.0503m, null, "已确认", null, null, null, null, "黄圃"],
            ["2023-06-15", seller, null, "小家电", "美国", "XYZ", 100_000m, 7.1776m, null, "意向", null, null, null, null, "黄圃"],
            ["2023-06-16", seller, null, "小家电", "中国香港", "CNY", 100_000m, 7.1776m, null, "已确认", null, null, null, null, "黄圃"],
            ["2023/13/40", seller, null, "小家电", "美国", "USD", 100_000m, 7.1776m, null, "意向", null, null, null, null, "黄圃"],
            ["2023-06-17", seller, null, "小家电", "美国", "USD", 100_000m, 7.1776m, null, "已确认", null, null, null, null, "黄圃"]);

        var dryRun = await Ledgers.Run(admin, "overseas-orders", flawed);

        dryRun.GetProperty("state").GetString().Should().Be("finished");
        dryRun.GetProperty("written").GetBoolean().Should().BeFalse();
        (dryRun.Count("added"), dryRun.Count("refused")).Should().Be((1, 4));
        var report = await Ledgers.Report(admin, dryRun.Id());
        report[2].Problems.Should().ContainSingle().Which.Should().StartWith("amount:", "yen has no decimals");
        report[3].Problems.Should().ContainSingle().Which.Should().StartWith("currency:");
        report[4].Problems.Should().ContainSingle().Which.Should().StartWith("rate:", "a yuan order's rate is 1");
        report[5].Problems.Should().ContainSingle().Which.Should().StartWith("orderedOn:").And.Contain("2023/13/40");
        report[6].Outcome.Should().Be("added");
        (await Orders(admin, seller)).GetProperty("total").GetInt32().Should().Be(0, "a dry run writes nothing");
    }

    [Fact]
    public async Task A_confirmed_import_adds_the_orders_and_the_scorecard_counts_them_to_the_fen_as_if_entered_by_hand()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var tag = EnterpriseRequests.Unique();
        var seller = $"中山市华诚五金制品有限公司{tag}";
        var registered = await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises",
            EnterpriseRequests.Enterprise(name: $"中山市协和灯饰有限公司{tag}"));
        var code = registered.GetProperty("creditCode").GetString()!;
        await Eventually.Within(TimeSpan.FromMinutes(1),
            async () => await (await admin.GetAsync($"{TradeRequests.Enterprises}?q={code}")).ShouldBe(HttpStatusCode.OK),
            c => c.GetArrayLength() == 1);
        var ledger = Ledgers.Workbook(Headers,
            ["2023-03-10", seller, null, "五金制品", "美国", "USD", 1_875_000.55m, 7.1776m, "2023-03-10", "已确认", "2023-03-10", null, null, null, "黄圃"],
            ["2023-06-14", "协和灯饰（旧名）", code, "灯饰", "日本", "JPY", 185_000_000m, 0.0503m, "2023-06-14", "已交付", "2023-06-20", "2023-09-01", null, null, "小榄"],
            ["2023-12-20", seller, null, "五金制品", "中国香港", "HKD", 2_000_000m, 0.9135m, null, "已确认", "2024-01-08", null, null, null, "黄圃"],
            ["2024-02-01", seller, null, "五金制品", "德国", "EUR", 80_000m, 7.65m, null, "意向", null, null, null, null, "黄圃"],
            ["2024-03-01", seller, null, "五金制品", "中国澳门", "CNY", 6_500_000m, null, null, "已确认", null, null, null, null, "黄圃"],
            ["2023-04-01", seller, null, "五金制品", "英国", "EUR", 10_000m, 7.8m, null, "已取消", "2023-04-05", null, "2023-05-01", "买方资金链断裂", "黄圃"]);

        var dryRun = await Ledgers.Run(admin, "overseas-orders", ledger);
        (dryRun.Count("added"), dryRun.Count("refused")).Should().Be((6, 0));
        var imported = await Ledgers.Confirm(admin, dryRun.Id(), "allOrNothing");

        imported.GetProperty("written").GetBoolean().Should().BeTrue();
        imported.Count("added").Should().Be(6);
        var orders = (await Orders(admin, tag)).GetProperty("items").EnumerateArray().ToList();
        orders.Should().HaveCount(6);
        var dollars = orders.Single(o => o.GetProperty("currency").GetString() == "USD");
        dollars.Yuan().Should().Be(13_458_003.95m, "1,875,000.55 × 7.1776 = 13,458,003.94768, rounded once");
        var yen = orders.Single(o => o.GetProperty("currency").GetString() == "JPY");
        yen.GetProperty("enterpriseId").GetGuid().Should().Be(registered.Id(), "the credit code names the registered seller");
        yen.GetProperty("enterpriseName").GetString().Should().Be($"中山市协和灯饰有限公司{tag}", "the order copies the registry's name");
        (yen.GetProperty("status").GetString(), yen.GetProperty("confirmedOn").GetString(), yen.GetProperty("deliveredOn").GetString())
            .Should().Be(("delivered", "2023-06-20", "2023-09-01"));
        yen.Yuan().Should().Be(9_305_500m);
        var cancelled = orders.Single(o => o.GetProperty("buyerCountryOrRegion").GetString() == "GB");
        (cancelled.GetProperty("status").GetString(), cancelled.GetProperty("cancelledOn").GetString(), cancelled.GetProperty("cancelReason").GetString())
            .Should().Be(("cancelled", "2023-05-01", "买方资金链断裂"));
        var yuan = orders.Single(o => o.GetProperty("currency").GetString() == "CNY");
        (yuan.GetProperty("rateToYuan").GetDecimal(), yuan.GetProperty("confirmedOn").GetString()).Should().Be((1m, "2024-03-01"),
            "a yuan order's rate is 1 and, as on the form, an order confirmed without a day was confirmed when ordered");

        var year2023 = await KpisWhen(admin, 2023, k => k["trade.orders"] == 2);
        (year2023["trade.orders"], year2023["trade.order-amount"]).Should().Be((2m, 13_458_003.95m + 9_305_500m),
            "the dollar and yen orders count in 2023; the cancelled one does not");
        var year2024 = await KpisWhen(admin, 2024, k => k["trade.orders"] == 2);
        (year2024["trade.orders"], year2024["trade.order-amount"]).Should().Be((2m, 1_827_000m + 6_500_000m),
            "the Hong Kong order counts on the day it was confirmed, in 2024; the intent does not count");

        var byHand = await TradeRequests.Record(admin, TradeRequests.Order(currency: "USD", amount: 1_875_000.55m, rateToYuan: 7.1776m,
            orderedOn: "2025-03-10", status: "confirmed", enterpriseName: seller));
        var yenByHand = await TradeRequests.Record(admin, TradeRequests.Order(currency: "JPY", amount: 185_000_000m, rateToYuan: 0.0503m,
            orderedOn: "2025-06-14", enterpriseId: registered.Id(), buyer: "JP"));
        var confirmed = await TradeRequests.Step(admin, yenByHand.Id(), "confirmed", "2025-06-20", yenByHand.Version());
        await TradeRequests.Step(admin, yenByHand.Id(), "delivered", "2025-09-01", confirmed.Version());
        byHand.Yuan().Should().Be(dollars.Yuan());
        var year2025 = await KpisWhen(admin, 2025, k => k["trade.orders"] == 2);
        (year2025["trade.orders"], year2025["trade.order-amount"]).Should().Be((year2023["trade.orders"], year2023["trade.order-amount"]),
            "the same orders entered by hand count the same");
    }

    [Fact]
    public async Task Importing_the_same_ledger_again_changes_nothing_and_a_row_now_delivered_updates_its_order_instead_of_adding_one()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var seller = $"中山市海晖食品有限公司{EnterpriseRequests.Unique()}";
        object?[] confirmed = ["2024-05-06", seller, null, "广式腊味", "美国", "USD", 250_000.55m, 7.1m, "2024-05-06", "已确认", "2024-05-10", null, null, null, "黄圃"];
        object?[] intent = ["2024-05-07", seller, null, "广式腊味", "加拿大", "CNY", 300_000m, 1m, null, "意向", null, null, null, null, "黄圃"];
        var first = Ledgers.Workbook(Headers, confirmed, intent);
        (await Ledgers.Run(admin, "overseas-orders", first, mode: "eachRow")).Count("added").Should().Be(2);

        var again = await Ledgers.Run(admin, "overseas-orders", first, mode: "eachRow");

        (again.Count("unchanged"), again.Count("added"), again.Count("updated")).Should().Be((2, 0, 0));
        (await Ledgers.Report(admin, again.Id())).Values.Should().OnlyContain(r => r.Outcome == "unchanged");

        object?[] delivered = ["2024-05-06", seller, null, "广式腊味", "美国", "USD", 250_000.55m, 7.2m, "2024-05-06", "已交付", "2024-05-10", "2024-07-01", null, null, "黄圃"];
        var later = await Ledgers.Run(admin, "overseas-orders", Ledgers.Workbook(Headers, delivered, intent), mode: "eachRow");

        (later.Count("updated"), later.Count("unchanged"), later.Count("added")).Should().Be((1, 1, 0));
        var page = await Orders(admin, seller);
        page.GetProperty("total").GetInt32().Should().Be(2, "a known order is updated, not added again");
        var order = page.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("currency").GetString() == "USD");
        (order.GetProperty("status").GetString(), order.GetProperty("deliveredOn").GetString(), order.GetProperty("confirmedOn").GetString())
            .Should().Be(("delivered", "2024-07-01", "2024-05-10"));
        order.Yuan().Should().Be(1_800_003.96m, "the corrected rate reprices the order: 250,000.55 × 7.2");

        object?[] cancelled = ["2024-05-06", seller, null, "广式腊味", "美国", "USD", 250_000.55m, 7.2m, "2024-05-06", "已取消", null, null, "2024-08-01", "买方取消", "黄圃"];
        var refused = await Ledgers.Run(admin, "overseas-orders", Ledgers.Workbook(Headers, cancelled), mode: "eachRow");

        refused.Count("refused").Should().Be(1);
        (await Ledgers.Report(admin, refused.Id()))[2].Problems.Should().ContainSingle().Which.Should().StartWith("status:", "a delivered order cannot be cancelled");
        (await TradeRequests.ReadOrder(admin, order.Id())).GetProperty("status").GetString().Should().Be("delivered");
    }

    [Fact]
    public async Task An_exported_orders_list_imports_back_with_every_row_unchanged()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        var tag = EnterpriseRequests.Unique();
        var registered = await EnterpriseRequests.Created(admin, "/api/enterprises/enterprises",
            EnterpriseRequests.Enterprise(name: $"中山市协和灯饰有限公司{tag}"));
        await Eventually.Within(TimeSpan.FromMinutes(1),
            async () => await (await admin.GetAsync($"{TradeRequests.Enterprises}?q={tag}")).ShouldBe(HttpStatusCode.OK),
            c => c.GetArrayLength() == 1);
        var pilot = await EnterpriseRequests.Created(admin, TradeRequests.Pilots, TradeRequests.Pilot());
        var seller = $"中山市华诚五金制品有限公司{tag}";
        await TradeRequests.Record(admin, TradeRequests.Order(amount: 123_456.78m, rateToYuan: 7.123456m, orderedOn: "2023-05-06",
            status: "confirmed", enterpriseName: seller, pilotId: pilot.Id()));
        var delivered = await TradeRequests.Record(admin, TradeRequests.Order(currency: "JPY", amount: 185_000_000m, rateToYuan: 0.0503m,
            orderedOn: "2023-06-14", enterpriseId: registered.Id(), buyer: "JP"));
        var confirmed = await TradeRequests.Step(admin, delivered.Id(), "confirmed", "2023-06-20", delivered.Version());
        await TradeRequests.Step(admin, delivered.Id(), "delivered", "2023-09-01", confirmed.Version());
        var cancelled = await TradeRequests.Record(admin, TradeRequests.Order(currency: "EUR", amount: 10_000m, rateToYuan: 7.8m,
            orderedOn: "2023-04-01", enterpriseName: seller, buyer: "GB"));
        await TradeRequests.Step(admin, cancelled.Id(), "cancelled", "2023-05-01", cancelled.Version(), "买方资金链断裂");
        await TradeRequests.Record(admin, TradeRequests.Order(currency: "CNY", amount: 6_500_000m, rateToYuan: 1m, orderedOn: "2024-03-01",
            enterpriseName: seller, buyer: "MO"));

        foreach (var culture in new[] { "zh-CN", "en" })
        {
            var export = await admin.GetAsync($"/trade/orders?handler=Export&q={tag}&culture={culture}");
            export.StatusCode.Should().Be(HttpStatusCode.OK);
            var file = await export.Content.ReadAsByteArrayAsync();

            var reimported = await Ledgers.Run(admin, "overseas-orders", file, mode: "eachRow");

            reimported.GetProperty("state").GetString().Should().Be("finished");
            (reimported.Count("rows"), reimported.Count("unchanged")).Should().Be((4, 4), "the {0} export describes the orders as they are", culture);
            (await Ledgers.Report(admin, reimported.Id())).Values.Should().OnlyContain(r => r.Outcome == "unchanged" && r.Problems.Count == 0);
        }
        (await Orders(admin, tag)).GetProperty("total").GetInt32().Should().Be(4);
    }

    private static async Task<JsonElement> Orders(HttpClient client, string q) =>
        await TradeRequests.OrderPage(client, $"?q={Uri.EscapeDataString(q)}&pageSize=100");

    private static async Task<Dictionary<string, decimal>> KpisWhen(HttpClient client, int year, Func<Dictionary<string, decimal>, bool> done) =>
        ScorecardRequests.Kpis(await Eventually.Within(TimeSpan.FromMinutes(1),
            () => ScorecardRequests.Read(client, $"/api/scorecard/{year}"), s => done(ScorecardRequests.Kpis(s))));
}
