using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using Federation.Scorecard.Data;
using Federation.Scorecard.Programmes;
using Federation.Kernel.Departments;

namespace Federation.Scorecard.Demo;

/// <summary>
/// The programmes the 2023 demo's work was done under: the city federation's ten actions (open-ended,
/// from 2023) and its 2022–2023 hundred-enterprises campaign, with yearly targets; the plans the youth
/// federation and the returnee association launched at their sessions of the 2023 conference. They are
/// entered through the programmes' own use case and tag no records, so they load in any order with
/// the work lines' demo. A programme of a work line switched off, and a target on a KPI no enabled
/// module declares, are left out, as the validator would refuse them.
/// </summary>
internal sealed class ProgrammeDemoData(ScorecardDbContext db, IKpiCatalogue kpis, IDepartmentDirectory departments) : IDemoData
{
    private static readonly string[] TenActions =
    [
        "举办侨助高质量发展大会", "台账式跟进意向项目", "开展百家侨企服务行动", "实施“雁南归”引才工程", "以侨助贸，助企开拓海外市场",
        "建设侨界创新创业平台", "深化港澳侨界交流合作", "拓展海外侨团联谊网络", "维护侨益，优化营商环境", "讲好中山侨乡故事",
    ];

    public async Task Load(DemoOrganisations organisations, CancellationToken ct)
    {
        var city = organisations.CityFederation;
        await Enter(new("《侨联助力高质量发展十大行动方案》", "Ten Actions of the Federation for High-Quality Development", null,
            new DateOnly(2023, 1, 1), null, "经济科技部", city,
            [new("investment.signed-amount", 8_000_000_000m), new("investment.flagship-conferences", 3m)], null,
            Actions: TenActions.Select(a => new ActionRequest(a, null)).ToList()), ct);
        await Enter(new("百家侨企服务行动", "Serving a Hundred Overseas Chinese Enterprises", "Enterprises",
            new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31), "经济科技部", city,
            [new("enterprises.enterprises-served", 100m)], null), ct);
        await Enter(new("中山市侨青联助力高质量发展十大行动", "Ten Actions of the Youth Federation for High-Quality Development", null,
            new DateOnly(2023, 8, 18), null, "侨青联秘书处", organisations["中山市侨青联"], [], null,
            LaunchedAt: "侨助高质量发展大会·侨青专场"), ct);
        await Enter(new("百名海归博士深中行", "A Hundred Returnee PhDs in Shenzhen and Zhongshan", "Talent",
            new DateOnly(2023, 11, 10), null, "海创会秘书处", organisations["中山市海创会"], [], null,
            LaunchedAt: "侨助高质量发展大会·海创专场"), ct);
        await Enter(new("首届侨界电商直播大赛", "First Overseas Chinese Live-Streaming E-Commerce Contest", "Trade",
            new DateOnly(2023, 11, 10), null, "海创会秘书处", organisations["中山市海创会"], [], null,
            LaunchedAt: "侨助高质量发展大会·海创专场"), ct);
    }

    private async Task Enter(ProgrammeRequest programme, CancellationToken ct)
    {
        if (programme.WorkLine is { } line && !kpis.WorkLines.Contains(line)) return;
        var declared = programme with { Targets = programme.Targets!.Where(t => kpis.All.Any(k => k.Key == t.KpiKey)).ToList() };
        await ProgrammeEndpoints.Create(declared, db, SystemUser.Instance, departments, ct);
    }
}
