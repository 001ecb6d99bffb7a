using Federation.Kernel.Geography;
using Federation.Investment.Contracts;
using Federation.Investment.CreditLines;
using Federation.Investment.Data;
using Federation.Investment.Events;
using Federation.Investment.Projects;
using Federation.Kernel.Figures;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using Federation.Scorecard.Contracts;

namespace Federation.Investment.Demo;

/// <summary>
/// The seed report's 2023 investment work: three flagship conferences, the seven projects signed
/// on site in February (56亿元), the projects signed at the later conferences (together 96.12亿元
/// for the year), the two bank credit lines, and the four branch trips to Hong Kong, of which 石岐's
/// brought about 15亿元 of intended investment (intents, not signed projects).
/// </summary>
internal sealed class InvestmentDemoData(InvestmentDbContext db, TimeProvider clock, IProgrammeCatalogue programmes, IKpiCatalogue catalogue, IPlaceDirectory places) : IDemoData
{
    private static readonly string[] FebruaryCountries =
        ["HK", "MO", "TW", "US", "CA", "GB", "FR", "DE", "IT", "NL", "ES", "AU", "NZ", "JP", "KR", "SG", "MY", "TH", "ID", "PH", "VN", "BR", "RU"];

    public async Task Load(DemoOrganisations organisations, CancellationToken ct)
    {
        var user = SystemUser.Instance;
        var city = organisations.CityFederation;

        var february = await HoldEvent(new EventRequest(
            "中国侨商投资（广东）大会中山行暨中山市侨界交流合作洽谈会", InvestmentEventKind.Conference,
            new DateOnly(2023, 2, 26), new DateOnly(2023, 2, 26), "中山国际会展中心", "中山",
            [new("广东省归国华侨联合会", OrganiserRole.Guide), new("中山市人民政府", OrganiserRole.Host), new("中山市归国华侨联合会", OrganiserRole.CoHost)],
            200, [.. FebruaryCountries], "侨助高质量发展大会（第一场），现场签约项目7个。", city, null,
            AttendeeQualifier: Qualifier.AtLeast, IsFlagship: true), ct);
        var august = await HoldEvent(new EventRequest(
            "侨助高质量发展大会·侨青专场", InvestmentEventKind.Conference,
            new DateOnly(2023, 8, 18), new DateOnly(2023, 8, 18), "中山市侨界活动中心", "中山",
            [new("中山市归国华侨联合会", OrganiserRole.Guide), new("中山市侨青联", OrganiserRole.Host)],
            160, ["HK", "MO", "US", "CA", "AU", "SG", "MY"], "银企对接，获银行授信100亿元。", organisations["中山市侨青联"], null,
            IsFlagship: true), ct);
        var november = await HoldEvent(new EventRequest(
            "侨助高质量发展大会·海创专场", InvestmentEventKind.Conference,
            new DateOnly(2023, 11, 10), new DateOnly(2023, 11, 10), "中山科技创新园", "中山",
            [new("中山市归国华侨联合会", OrganiserRole.Guide), new("中山市海创会", OrganiserRole.Host)],
            150, ["HK", "US", "GB", "DE", "JP", "SG"], "留学回国人员创新创业项目对接，获银行授信20亿元。", organisations["中山市海创会"], null,
            IsFlagship: true), ct);
        var hongKongTrip = await HoldEvent(new EventRequest(
            "石岐街道侨联赴香港招商考察", InvestmentEventKind.InvestmentTrip,
            new DateOnly(2023, 5, 15), new DateOnly(2023, 5, 17), "香港", "香港",
            [new("石岐街道侨联", OrganiserRole.Host)], 40, ["HK"], "与香港地区商会及企业签订意向投资约15亿元。", organisations["石岐街道侨联"], null), ct);
        // The other three branch trips to Hong Kong: the report names them but gives no figures.
        foreach (var (branch, month) in new[] { ("东区街道侨联", 6), ("黄圃镇侨联", 7), ("小榄镇侨联", 9) })
            await HoldEvent(new EventRequest(
                $"{branch}赴香港招商考察", InvestmentEventKind.InvestmentTrip, new DateOnly(2023, month, 12), new DateOnly(2023, month, 14),
                null, "香港", [new(branch, OrganiserRole.Host)], null, ["HK"], null, organisations[branch], null), ct);

        string[] februaryTowns = ["翠亨新区", "火炬开发区", "小榄", "黄圃", "三乡", "南朗", "古镇"];
        decimal[] februaryAmounts = [15m, 12m, 10m, 8m, 5m, 3.5m, 2.5m];
        string[] februaryIndustries = ["高端装备制造", "新一代信息技术", "健康医药", "新材料", "智能家电", "现代物流", "灯饰照明"];
        for (var i = 0; i < 7; i++)
            await Enter(february, city, $"侨商大会签约项目{i + 1}号（{februaryIndustries[i]}）", februaryIndustries[i],
                februaryAmounts[i], februaryTowns[i], i % 2 == 0 ? "HK" : "MO", new DateOnly(2023, 2, 26),
                broke: i < 3 ? new DateOnly(2023, 9, 1 + i) : null, ct);

        await Enter(august, organisations["中山市侨青联"], "侨青专场签约项目：跨境电商产业园", "跨境电商", 12.5m, "东区", "HK", new DateOnly(2023, 8, 18), new DateOnly(2023, 12, 1), ct);
        await Enter(august, organisations["中山市侨青联"], "侨青专场签约项目：智能制造基地", "智能制造", 8.3m, "火炬开发区", "SG", new DateOnly(2023, 8, 18), null, ct);
        await Enter(august, organisations["中山市侨青联"], "侨青专场签约项目：文旅综合体", "文化旅游", 6.02m, "南朗", "MO", new DateOnly(2023, 8, 18), null, ct);
        await Enter(november, organisations["中山市海创会"], "海创专场签约项目：生物医药研发中心", "生物医药", 9.1m, "翠亨新区", "US", new DateOnly(2023, 11, 10), null, ct);
        await Enter(november, organisations["中山市海创会"], "海创专场签约项目：半导体封装测试", "半导体", 4.2m, "火炬开发区", "DE", new DateOnly(2023, 11, 10), null, ct);

        await Intent(hongKongTrip, organisations["石岐街道侨联"], "港资商业综合体（意向）", "现代服务业", 9m, "石岐", ct);
        await Intent(hongKongTrip, organisations["石岐街道侨联"], "港资食品加工项目（意向）", "食品加工", 6m, "石岐", ct);

        await Grant(august, organisations["中山市侨青联"], "多家银行联合授信（侨青专场）", "中山市侨青联会员企业", 100m, new DateOnly(2023, 8, 18), ct);
        await Grant(november, organisations["中山市海创会"], "多家银行联合授信（海创专场）", "中山市海创会会员企业", 20m, new DateOnly(2023, 11, 10), ct);

        async Task Intent(Guid eventId, Guid organisation, string name, string industry, decimal yi, string town, CancellationToken token) =>
            await ProjectEndpoints.Enter(new ProjectRequest(name, "香港投资者", InvestorKind.Organisation, "HK", industry, yi * 100_000_000m,
                town, eventId, "石岐街道侨联", ProjectStage.Intent, new DateOnly(2023, 5, 17), organisation, AmountQualifier: Qualifier.About),
                db, user, clock, programmes, places, token);
    }

    private async Task<Guid> HoldEvent(EventRequest request, CancellationToken ct) =>
        (await EventEndpoints.Create(request, db, SystemUser.Instance, programmes, catalogue, places, ct)).Value!.Id;

    private async Task Enter(Guid eventId, Guid organisation, string name, string industry, decimal yi, string town, string country,
        DateOnly signed, DateOnly? broke, CancellationToken ct)
    {
        var created = await ProjectEndpoints.Enter(new ProjectRequest(name, $"{country} 侨商企业", InvestorKind.Organisation, country, industry,
            yi * 100_000_000m, town, eventId, "投资促进部", ProjectStage.Signed, signed, organisation), db, SystemUser.Instance, clock, programmes, places, ct);
        if (broke is { } date)
            await ProjectEndpoints.Advance(created.Value!.Id, new AdvanceRequest(ProjectStage.Groundbreaking, date, created.Value.Version),
                db, SystemUser.Instance, clock, ct);
    }

    private Task Grant(Guid eventId, Guid organisation, string bank, string group, decimal yi, DateOnly on, CancellationToken ct) =>
        CreditLineEndpoints.Grant(new CreditLineRequest(bank, group, yi * 100_000_000m, on, eventId, null, organisation, null),
            db, SystemUser.Instance, ct);
}
