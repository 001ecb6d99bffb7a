using Federation.Enterprises.Campaigns;
using Federation.Enterprises.Concerns;
using Federation.Enterprises.Contracts;
using Federation.Enterprises.Data;
using Federation.Enterprises.Registry;
using Federation.Enterprises.Sessions;
using Federation.Enterprises.Visits;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using Federation.Kernel.Registry;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Departments;
using Federation.Kernel.Geography;

namespace Federation.Enterprises.Demo;

/// <summary>
/// The seed report's 2023 enterprise services: the 百家侨企服务行动 campaign (a hundred enterprises
/// assigned to the leadership, 86 visited), the concerns heard and followed up, the six
/// "中山侨声·侨界与政府部门面对面" sessions on digital transformation and e-commerce, and the ten tax
/// measures issued with the tax bureau (税侨共建). The enterprises and people are invented.
/// </summary>
internal sealed class EnterpriseDemoData(
    EnterprisesDbContext db, IPeopleDirectory people, IOrganisationDirectory organisationDirectory, IProgrammeCatalogue programmes, TimeProvider clock,
    IDepartmentDirectory departments, IPlaceDirectory places) : IDemoData
{
    private static readonly string[] Brands =
        ["侨丰", "海晖", "嘉信", "裕泰", "联昌", "永盛", "宏达", "金侨", "汇侨", "恒基", "致远", "协和", "广益", "南洋", "美华", "加德", "澳丰", "粤港", "华诚", "德昌"];

    private static readonly (string Product, string Industry)[] Products =
    [
        ("电器", "智能家电"), ("灯饰", "灯饰照明"), ("五金制品", "五金制造"), ("食品", "食品加工"), ("服装", "纺织服装"),
    ];

    private static readonly string[] Towns = ["石岐", "东区", "火炬开发区", "翠亨新区", "小榄", "古镇", "横栏", "东凤", "黄圃", "三乡", "南朗", "坦洲"];
    private static readonly string[] Countries = ["HK", "MO", "TW", "US", "CA", "AU", "SG", "MY", "TH", "GB"];

    private static readonly (ConcernCategory Category, string Description, string Department)[] Concerns =
    [
        (ConcernCategory.Tax, "出口退税办理周期较长，影响资金周转", "国家税务总局中山市税务局"),
        (ConcernCategory.Finance, "扩大生产需流动资金贷款，希望对接银行", "市金融工作局"),
        (ConcernCategory.LandAndPremises, "现有厂房不足，希望协调租用周边闲置厂房", "市自然资源局"),
        (ConcernCategory.Talent, "技术工人招聘难，希望对接职业院校", "市人力资源和社会保障局"),
        (ConcernCategory.MarketAccess, "新产品认证流程不熟悉，希望获得指导", "市市场监督管理局"),
        (ConcernCategory.Policy, "希望了解技改补贴政策的申报条件", "市工业和信息化局"),
        (ConcernCategory.Other, "企业门前道路破损，影响货车进出", "市住房和城乡建设局"),
        (ConcernCategory.Tax, "境外股东分红涉及税收协定待遇，希望获得辅导", "国家税务总局中山市税务局"),
    ];

    private static readonly string[] SessionTopics =
    [
        "制造业数字化转型政策解读", "跨境电商出海渠道与合规", "工业互联网平台应用", "直播电商赋能传统外贸", "数字化车间与智能工厂建设", "跨境电商物流与海外仓",
    ];

    private static readonly string[][] SessionDepartments =
    [
        ["市工业和信息化局", "市科学技术局"], ["市商务局", "中山海关"], ["市工业和信息化局", "市政务服务和数据管理局"],
        ["市商务局", "市市场监督管理局"], ["市工业和信息化局", "市人力资源和社会保障局"], ["市商务局", "中山海关", "国家税务总局中山市税务局"],
    ];

    private static readonly string[] TaxMeasures =
    [
        "设立侨资企业涉税服务专窗", "建立侨企涉税诉求快速响应机制", "精准推送侨企适用的税费优惠政策", "组建侨企税务服务专员队伍",
        "定期举办跨境税收政策宣讲会", "优化侨资出口企业退税办理流程", "提供境外投资和跨境经营税收指引", "开展“税侨同行”走访活动",
        "推行侨企涉税事项“一次办”", "建立税侨共建联席会议制度",
    ];

    public async Task Load(DemoOrganisations organisations, CancellationToken ct)
    {
        var user = SystemUser.Instance;
        var city = organisations.CityFederation;

        var enterprises = new List<EnterpriseResponse>();
        for (var i = 0; i < 100; i++)
        {
            var (product, industry) = Products[i % Products.Length];
            var brand = Brands[i / Products.Length];
            var code = CreditCode.Complete($"9144200071{i + 1:D7}");
            var created = await EnterpriseEndpoints.Register(new EnterpriseRequest(
                $"中山市{brand}{product}有限公司", code, Towns[i % Towns.Length], industry, Countries[i % Countries.Length],
                [new ContactRequest(ContactName(i), "总经理", null)], EnterpriseStatus.Operating, null, city, null), db, user, places, ct);
            enterprises.Add(created.Value!);
        }

        var campaign = (await CampaignEndpoints.Create(new CampaignRequest("2023年百家侨企服务行动", new DateOnly(2023, 1, 10),
            new DateOnly(2023, 12, 31), 100, null, "领导班子定点联系走访侨界企业，及时协调解决企业发展难题。", city, null), db, user, programmes, ct)).Value!;
        var leaders = await people.Leaders(user, ct);
        for (var i = 0; i < enterprises.Count && leaders.Count > 0; i++)
        {
            var assigned = await CampaignEndpoints.Assign(campaign.Id, new AssignRequest(enterprises[i].Id, leaders[i % leaders.Count].Id, campaign.Version),
                db, user, people, organisationDirectory, ct);
            campaign = ((Microsoft.AspNetCore.Http.HttpResults.Ok<CampaignResponse>)assigned.Result).Value!;
        }

        var concernNumber = 0;
        for (var i = 0; i < 86; i++)
        {
            var leader = leaders.Count > 0 ? leaders[i % leaders.Count].DisplayName : "市侨联领导班子";
            var greeting = new DateOnly(2023, 1, 10).AddDays(i % 15);
            await VisitEndpoints.Record(new VisitRequest(enterprises[i].Id, greeting, VisitPurpose.NewYearGreeting,
                [leader, "市侨联经济科技部"], "送上新春问候，了解企业开工情况。", null, city, null), db, user, programmes, ct);
            if (i % 4 != 0) continue;
            var listening = (await VisitEndpoints.Record(new VisitRequest(enterprises[i].Id, new DateOnly(2023, 3, 1).AddDays(i * 3),
                VisitPurpose.ListeningSession, [leader], "座谈听取企业发展诉求。", null, city, null), db, user, programmes, ct)).Value!;
            await Raise(listening, concernNumber++, ct);
        }

        var sessions = new List<PolicySessionResponse>();
        for (var i = 0; i < SessionTopics.Length; i++)
            sessions.Add((await PolicySessionEndpoints.Hold(new PolicySessionRequest($"中山侨声·侨界与政府部门面对面：{SessionTopics[i]}",
                new DateOnly(2023, 4 + i, 20), SessionDepartments[i], 40 + i * 5, "中山市侨界活动中心", null, null, city, null), db, user, programmes, departments, ct)).Value!);
        await ConcernEndpoints.Raise(new ConcernRequest(enterprises[90].Id, null, sessions[1].Id, ConcernCategory.MarketAccess,
            "希望了解跨境电商B2B出口监管方式的申报要求", new DateOnly(2023, 5, 20), new DateOnly(2023, 6, 30), null, city, null), db, user, clock, programmes, ct);
        await ConcernEndpoints.Raise(new ConcernRequest(null, null, sessions[5].Id, ConcernCategory.Policy,
            "侨企代表建议增加海外仓建设扶持政策", new DateOnly(2023, 9, 20), null, null, city, null), db, user, clock, programmes, ct);

        await JointMeasureEndpoints.Issue(new JointMeasureRequest("深化税收精诚共治助力侨界企业高质量发展十条", "国家税务总局中山市税务局", new DateOnly(2023, 6, 16),
            TaxMeasures, "与税务部门共建，为侨资企业提供精准税费服务。", null, city, null), db, user, programmes, departments, ct);

        await new OverdueConcerns(db, clock).Flag(ct);
    }

    /// <summary>
    /// The concerns heard at listening sessions: most resolved within weeks, a few closed
    /// unresolved or still with a department, and one expansion plan passed on as an investment lead.
    /// </summary>
    private async Task Raise(VisitResponse visit, int n, CancellationToken ct)
    {
        var user = SystemUser.Instance;
        var expansion = n == 5;
        var (category, description, department) = expansion
            ? (ConcernCategory.Expansion, "企业计划新增一条自动化生产线，希望了解用地和投资落地政策", "市投资促进局")
            : Concerns[n % Concerns.Length];
        var raisedOn = visit.VisitedOn;
        var concern = (await ConcernEndpoints.Raise(new ConcernRequest(visit.EnterpriseId, visit.Id, null, category, description, raisedOn,
            raisedOn.AddDays(30), null, visit.OrganisationId, null), db, user, clock, programmes, ct)).Value!;
        if (expansion)
            concern = Value(await ConcernEndpoints.RaiseLead(concern.Id, new LeadRequest(80_000_000m, concern.Version), db, user, clock, ct));
        concern = Value(await ConcernEndpoints.Step(concern.Id, new StepRequest(ConcernStatus.Referred, raisedOn.AddDays(2), department,
            raisedOn.AddDays(30), null, concern.Version), db, user, clock, departments, ct));
        if (n % 11 == 10) return;
        if (n % 7 == 6)
        {
            await ConcernEndpoints.Step(concern.Id, new StepRequest(ConcernStatus.ClosedUnresolved, raisedOn.AddDays(40), null, null,
                "受现行政策限制，暂无法解决，已向企业说明。", concern.Version), db, user, clock, departments, ct);
            return;
        }
        await ConcernEndpoints.Step(concern.Id, new StepRequest(ConcernStatus.Resolved, raisedOn.AddDays(6 + n % 5 * 6), null, null,
            "经协调，相关部门已上门对接并落实。", concern.Version), db, user, clock, departments, ct);
    }

    private static ConcernResponse Value(Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<ConcernResponse>,
        Microsoft.AspNetCore.Http.HttpResults.NotFound> result) =>
        ((Microsoft.AspNetCore.Http.HttpResults.Ok<ConcernResponse>)result.Result).Value!;

    private static string ContactName(int i) =>
        "陈李张黄何梁林郑谢罗"[i % 10] + (i % 3 == 0 ? "先生" : "女士");
}
