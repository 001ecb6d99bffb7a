using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using Federation.Trade.Commendations;
using Federation.Trade.Contracts;
using Federation.Trade.Data;
using Federation.Trade.Orders;
using Federation.Trade.Pilots;
using Federation.Trade.Tours;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Geography;

namespace Federation.Trade.Demo;

/// <summary>
/// The seed report's 2023 trade support: the 以侨助贸 pilot in 黄圃 with about 1.5亿元 of new
/// overseas orders (priced in their currencies at recorded rates), seven 侨创中山华商行 tours with
/// 110 entrepreneur person-times across 翠亨新区, 东凤, 横栏, 小榄, 黄圃 and 古镇, and the banner an
/// exporter sent. The sellers are the demo registry's 黄圃 enterprises, named as the registry names them.
/// </summary>
internal sealed class TradeDemoData(TradeDbContext db, IProgrammeCatalogue programmes, IPlaceDirectory places) : IDemoData
{
    private static readonly (string Seller, string Product, string Buyer, string Currency, decimal Amount, decimal Rate, DateOnly On)[] Orders =
    [
        ("中山市海晖食品有限公司", "广式腊味", "US", "USD", 3_200_000.00m, 7.0467m, new DateOnly(2023, 4, 12)),
        ("中山市联昌电器有限公司", "小家电", "DE", "EUR", 2_150_000.00m, 7.6432m, new DateOnly(2023, 5, 8)),
        ("中山市南洋食品有限公司", "休闲食品", "HK", "HKD", 18_600_000.00m, 0.9012m, new DateOnly(2023, 5, 26)),
        ("中山市澳丰电器有限公司", "厨房电器", "CA", "USD", 2_680_000.00m, 7.1268m, new DateOnly(2023, 6, 19)),
        ("中山市海晖食品有限公司", "腊肠礼盒", "MY", "MYR", 9_800_000.00m, 1.5486m, new DateOnly(2023, 7, 3)),
        ("中山市宏达五金制品有限公司", "五金配件", "AU", "AUD", 3_150_000.00m, 4.7213m, new DateOnly(2023, 7, 28)),
        ("中山市协和灯饰有限公司", "LED灯具", "GB", "GBP", 1_260_000.00m, 8.8321m, new DateOnly(2023, 8, 21)),
        ("中山市联昌电器有限公司", "电热水壶", "JP", "JPY", 185_000_000m, 0.0503m, new DateOnly(2023, 9, 14)),
        ("中山市汇侨服装有限公司", "针织服装", "TH", "THB", 24_000_000.00m, 0.2019m, new DateOnly(2023, 10, 9)),
        ("中山市华诚五金制品有限公司", "卫浴五金", "SG", "USD", 1_875_000.55m, 7.1776m, new DateOnly(2023, 11, 6)),
        ("中山市南洋食品有限公司", "腊味礼盒", "MO", "CNY", 6_500_000.00m, 1m, new DateOnly(2023, 12, 4)),
    ];

    private static readonly (string Title, DateOnly On, string[] Towns, (string Country, int People)[] Participants)[] Tours =
    [
        ("侨创中山华商行·走进翠亨新区", new DateOnly(2023, 3, 16), ["翠亨新区"], [("HK", 8), ("MO", 5), ("SG", 3)]),
        ("侨创中山华商行·走进东凤", new DateOnly(2023, 4, 20), ["东凤"], [("HK", 6), ("US", 4), ("MY", 5)]),
        ("侨创中山华商行·走进横栏", new DateOnly(2023, 5, 18), ["横栏"], [("HK", 7), ("CA", 5), ("AU", 6)]),
        ("侨创中山华商行·走进小榄", new DateOnly(2023, 6, 15), ["小榄"], [("MO", 6), ("TH", 4), ("HK", 4)]),
        ("侨创中山华商行·走进黄圃", new DateOnly(2023, 7, 20), ["黄圃"], [("HK", 9), ("US", 4), ("MY", 4)]),
        ("侨创中山华商行·走进古镇", new DateOnly(2023, 9, 21), ["古镇"], [("HK", 7), ("GB", 4), ("SG", 4)]),
        ("侨创中山华商行·黄圃小榄产业对接", new DateOnly(2023, 11, 16), ["黄圃", "小榄"], [("HK", 6), ("MO", 5), ("TW", 4)]),
    ];

    public async Task Load(DemoOrganisations organisations, CancellationToken ct)
    {
        var user = SystemUser.Instance;
        var huangpu = organisations["黄圃镇侨联"];
        var city = organisations.CityFederation;

        var pilot = (await PilotEndpoints.Start(new PilotRequest("黄圃镇“以侨助贸”试点", "黄圃", new DateOnly(2023, 3, 1), new DateOnly(2023, 12, 31),
            120_000_000m, Orders.Select(o => o.Seller).Distinct().ToList(), "发挥海外侨胞联系广泛的优势，帮助外贸企业开拓海外订单。", null, huangpu, null),
            db, user, programmes, places, ct)).Value!;

        foreach (var o in Orders)
            await OrderEndpoints.Record(new OrderRequest(null, o.Seller, o.Buyer, o.Product, o.Currency, o.Amount, o.Rate, o.On, o.On,
                OrderStatus.Confirmed, pilot.Id, "黄圃", null, null, huangpu, null), db, user, programmes, places, ct);

        // Orders that did not come through: one cancelled by the buyer, one still an intent; neither counts.
        var cancelled = (await OrderEndpoints.Record(new OrderRequest(null, "中山市海晖食品有限公司", "NZ", "腊味", "USD", 500_000m, 7.1823m,
            new DateOnly(2023, 10, 20), new DateOnly(2023, 10, 20), OrderStatus.Confirmed, pilot.Id, "黄圃", null, null, huangpu, null),
            db, user, programmes, places, ct)).Value!;
        await OrderEndpoints.Move(cancelled.Id, new OrderStatusRequest(OrderStatus.Cancelled, new DateOnly(2023, 11, 30), "买方取消采购计划", cancelled.Version),
            db, user, ct);
        await OrderEndpoints.Record(new OrderRequest(null, "中山市澳丰电器有限公司", "FR", "小家电", "EUR", 800_000m, 7.8245m,
            new DateOnly(2023, 12, 18), new DateOnly(2023, 12, 18), OrderStatus.Intent, pilot.Id, "黄圃", null, null, huangpu, null),
            db, user, programmes, places, ct);

        foreach (var t in Tours)
            await TourEndpoints.Hold(new TourRequest(t.Title, t.On, t.On.AddDays(1), t.Towns,
                t.Participants.Select(p => new ParticipantsRequest(p.Country, p.People)).ToList(), "组织侨界企业家实地考察、座谈交流。", null, city, null),
                db, user, programmes, places, ct);

        await CommendationEndpoints.Receive(new CommendationRequest("中山市海晖食品有限公司", CommendationKind.Banner, new DateOnly(2023, 12, 20),
            "感谢市侨联“以侨助贸”帮助企业拓展海外市场", null, huangpu, null), db, user, ct);
    }
}
