using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Modules;
using Federation.Talent.Contracts;
using Federation.Talent.Data;
using Federation.Talent.Events;
using Federation.Talent.Letters;
using Federation.Talent.Partners;
using Federation.Talent.Talents;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Geography;

namespace Federation.Talent.Demo;

/// <summary>
/// The seed report's 2023 talent work under 雁南归: the Macau salon, the online session with
/// overseas Chinese students in Russia, the supply–demand meeting (the three flagship formats) and
/// the Moscow University students association session (one of the "N"); 262 talents met from
/// 11 countries and regions; letters of intent from 18 PhDs and 3 Masters; and the social-practice
/// centre and talent workstation set up with that association. The people are invented.
/// </summary>
internal sealed class TalentDemoData(TalentDbContext db, IProgrammeCatalogue programmes, IPlaceDirectory places) : IDemoData
{
    private static readonly string[] PhdNames =
    [
        "陈思远", "李明哲", "王雨桐", "张嘉豪", "刘子涵", "杨博文", "黄诗琪", "赵一鸣", "周若曦",
        "吴俊杰", "徐晓彤", "孙浩然", "马佳怡", "朱天宇", "胡欣然", "郭文轩", "何雅婷", "林泽宇",
    ];

    private static readonly string[] MasterNames = ["梁嘉欣", "宋子墨", "郑可馨"];

    public async Task Load(DemoOrganisations organisations, CancellationToken ct)
    {
        var user = SystemUser.Instance;
        var city = organisations.CityFederation;

        var macau = await Hold("“雁南归”澳门沙龙", TalentEventFormat.Salon, true, new DateOnly(2023, 4, 15), false, "澳门", "MO",
            ["澳门中山同乡会"], [(Degree.PhD, "MO", 18), (Degree.Master, "MO", 30), (Degree.PhD, "PT", 6), (Degree.Master, "HK", 12)], city, ct);
        var russiaOnline = await Hold("俄罗斯侨菁代表线上对接会", TalentEventFormat.OnlineMatchmaking, true, new DateOnly(2023, 6, 10), true, null, null,
            ["俄罗斯中国留学人员联谊会"], [(Degree.PhD, "RU", 26), (Degree.Master, "RU", 34), (Degree.PhD, "BY", 4)], city, ct);
        await Hold("“雁南归”侨菁代表供需见面会", TalentEventFormat.SupplyDemandMeeting, true, new DateOnly(2023, 7, 22), false, "中山", "CN",
            ["中山市人力资源和社会保障局"],
            [(Degree.PhD, "GB", 12), (Degree.Master, "GB", 14), (Degree.PhD, "US", 10), (Degree.Master, "US", 8),
             (Degree.PhD, "DE", 6), (Degree.Master, "AU", 10), (Degree.PhD, "FR", 5), (Degree.Master, "SG", 9)], city, ct);
        var moscow = await Hold("莫斯科大学中国学联专场供需见面会", TalentEventFormat.StudentAssociationSession, false, new DateOnly(2023, 9, 16), false, "莫斯科", "RU",
            ["莫斯科大学中国学生学者联合会"], [(Degree.PhD, "RU", 24), (Degree.Master, "RU", 34)], city, ct);

        for (var i = 0; i < PhdNames.Length; i++)
        {
            var (metAt, country, institution) = i < 8 ? (moscow, "RU", "莫斯科国立大学") : i < 14 ? (russiaOnline, "RU", "圣彼得堡国立大学") : (macau, "MO", "澳门大学");
            await SignLetter(PhdNames[i], Degree.PhD, country, institution, metAt, i < 10 ? "中山大学中山研究院" : "中山市翠亨新区科技企业",
                i < 10 ? "翠亨新区" : "火炬开发区", new DateOnly(2023, 10, 1).AddDays(i * 3), city, ct);
        }
        for (var i = 0; i < MasterNames.Length; i++)
            await SignLetter(MasterNames[i], Degree.Master, "MO", "澳门科技大学", macau, "中山市侨资企业", "石岐", new DateOnly(2023, 11, 20).AddDays(i), city, ct);

        await Establish("莫斯科大学中国学生学者联合会", "莫斯科大学中国学联（中山）社会实践中心", PartnerBaseKind.SocialPracticeCentre, city, ct);
        await Establish("莫斯科大学中国学生学者联合会", "莫斯科大学中国学联（中山）人才工作站", PartnerBaseKind.TalentWorkstation, city, ct);

        async Task SignLetter(string name, Degree degree, string country, string institution, Guid metAt, string employer, string town,
            DateOnly signedOn, Guid organisation, CancellationToken token)
        {
            var talent = await TalentEndpoints.Create(new TalentRequest(name, null, degree, "工学", country, institution, null,
                "引才活动现场交流", metAt, true, signedOn.AddDays(-30), null, organisation, null), db, user, token);
            await LetterEndpoints.Sign(talent.Value!.Id, new LetterRequest(employer, null, town, signedOn, null), db, user, programmes, places, token);
        }
    }

    private async Task<Guid> Hold(string title, TalentEventFormat format, bool flagship, DateOnly on, bool online, string? city, string? country,
        List<string> partners, (Degree, string, int)[] met, Guid organisation, CancellationToken ct) =>
        (await TalentEventEndpoints.Create(new TalentEventRequest(title, format, flagship, on, on, online, city, country, partners,
            met.Select(m => new TalentsMetRequest(m.Item1, m.Item2, m.Item3)).ToList(), null, null, organisation, null),
            db, SystemUser.Instance, programmes, ct)).Value!.Id;

    private Task Establish(string partner, string name, PartnerBaseKind kind, Guid organisation, CancellationToken ct) =>
        PartnerBaseEndpoints.Establish(new PartnerBaseRequest(partner, name, kind, new DateOnly(2023, 9, 16), "翠亨新区", "RU", null,
            "推动莫斯科大学中国学联首次在中山设立。", organisation, null), db, SystemUser.Instance, programmes, places, ct);
}
