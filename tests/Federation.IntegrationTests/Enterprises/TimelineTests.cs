using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.Enterprises.Contracts;
using Federation.IntegrationTests.Infrastructure;
using Federation.Kernel.Modules;

namespace Federation.IntegrationTests.Enterprises;

/// <summary>
/// An enterprise's timeline gathers what the other work lines did with it, from their events only:
/// projects by investor name (current or former), letters of intent by credit code, and activities
/// later work lines report, where the newest version wins and readers see only their subtree.
/// </summary>
public sealed class TimelineTests(EnterpriseWorld world) : IClassFixture<EnterpriseWorld>
{
    [Fact]
    public async Task A_letter_naming_the_credit_code_and_a_project_under_the_former_name_show_on_the_timeline()
    {
        var tag = EnterpriseRequests.Unique();
        var formerName = $"中山市德昌灯饰有限公司{tag}";
        var registered = await world.Register(world.Staff, EnterpriseRequests.Enterprise(name: formerName));
        var code = registered.GetProperty("creditCode").GetString()!;
        var rename = EnterpriseRequests.Enterprise(name: $"广东德昌照明科技有限公司{tag}", creditCode: code);
        rename["version"] = registered.Version();
        await (await world.Staff.PutAsJsonAsync($"/api/enterprises/enterprises/{registered.Id()}", rename)).ShouldBe(HttpStatusCode.OK);

        var project = InvestmentRequests.Project();
        project["name"] = $"德昌照明扩产项目{tag}";
        project["investorName"] = formerName;
        await EnterpriseRequests.Created(world.Admin, "/api/investment/projects", project);
        var talentName = $"陈思远{tag}";
        var talent = await EnterpriseRequests.Created(world.Admin, "/api/talent/talents", TalentRequests.Talent(name: talentName));
        var letter = TalentRequests.Letter();
        letter["employerName"] = "德昌（写法不同的名称）";
        letter["employerCreditCode"] = code;
        await EnterpriseRequests.Created(world.Admin, $"/api/talent/talents/{talent.Id()}/letter", letter);

        var items = await world.TimelineWhen(world.Staff, registered.Id(),
            i => i.Any(x => Kind(x) == "letterOfIntent") && i.Any(x => Kind(x) == "investmentProject"));

        var signed = items.Should().ContainSingle(i => Kind(i) == "letterOfIntent", "the letter names the enterprise's credit code").Subject;
        signed.GetProperty("title").GetString().Should().NotContain(talentName, "a letter names its talent by id only: a name is personal data (ADR 0032)");
        signed.GetProperty("workLine").GetString().Should().Be("Talent");
        signed.GetProperty("on").GetString().Should().Be("2023-10-08");
        var entered = items.Should().ContainSingle(i => Kind(i) == "investmentProject", "the investor is the enterprise's former name").Subject;
        entered.GetProperty("title").GetString().Should().Be($"德昌照明扩产项目{tag}");
        entered.GetProperty("amountFen").GetInt64().Should().Be(80_000_000_000);
    }

    [Fact]
    public async Task A_reported_activity_shows_until_a_newer_version_removes_it_and_older_versions_change_nothing()
    {
        var enterprise = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        var code = enterprise.GetProperty("creditCode").GetString()!;
        var name = enterprise.GetProperty("name").GetString()!;
        var activity = Guid.NewGuid();
        EnterpriseActivityReported Order(int version, string summary, bool removed = false) => new(activity, world.Federation.Root, "Trade", code, name,
            new DateOnly(2024, 9, 12), new LocalizedText(summary, "Won an overseas order"), 1_234_500_00, removed, version);

        await world.Deliver(Order(2, "获得海外订单（更正）"));
        var shown = Reported(await Items(world.Staff, enterprise.Id()));
        shown.Should().ContainSingle();
        shown[0].GetProperty("title").GetString().Should().Be("获得海外订单（更正）");
        shown[0].GetProperty("workLine").GetString().Should().Be("Trade");
        shown[0].GetProperty("amountFen").GetInt64().Should().Be(1_234_500_00);
        shown[0].GetProperty("on").GetString().Should().Be("2024-09-12");

        await world.Deliver(Order(1, "获得海外订单（旧版本）"));
        Reported(await Items(world.Staff, enterprise.Id())).Single().GetProperty("title").GetString()
            .Should().Be("获得海外订单（更正）", "version 1 arrived after version 2 and must not overwrite it");

        await world.Deliver(Order(3, "获得海外订单（更正）", removed: true));
        Reported(await Items(world.Staff, enterprise.Id())).Should().BeEmpty("version 3 removed the activity");

        await world.Deliver(Order(2, "获得海外订单（更正）"));
        Reported(await Items(world.Staff, enterprise.Id())).Should().BeEmpty("a late version 2 cannot bring the removed activity back");
    }

    [Fact]
    public async Task An_activity_reported_without_a_credit_code_is_matched_by_a_current_or_former_name()
    {
        var tag = EnterpriseRequests.Unique();
        var enterprise = await world.Register(world.Staff, EnterpriseRequests.Enterprise(name: $"中山市华诚服装有限公司{tag}"));
        var rename = EnterpriseRequests.Enterprise(name: $"广东华诚时尚集团有限公司{tag}", creditCode: enterprise.GetProperty("creditCode").GetString());
        rename["version"] = enterprise.Version();
        await (await world.Staff.PutAsJsonAsync($"/api/enterprises/enterprises/{enterprise.Id()}", rename)).ShouldBe(HttpStatusCode.OK);

        await world.Deliver(new EnterpriseActivityReported(Guid.NewGuid(), world.Federation.Root, "Trade", null, $"中山市华诚服装有限公司{tag}",
            new DateOnly(2024, 10, 1), new LocalizedText("参加广交会", "Took part in the Canton Fair"), null, false, 1));
        await world.Deliver(new EnterpriseActivityReported(Guid.NewGuid(), world.Federation.Root, "Trade", null, "另一家毫不相干的公司",
            new DateOnly(2024, 10, 2), new LocalizedText("无关", "Unrelated"), null, false, 1));

        Reported(await Items(world.Staff, enterprise.Id())).Select(i => i.GetProperty("title").GetString()).Should().Equal("参加广交会");
    }

    [Fact]
    public async Task A_branch_user_sees_on_the_timeline_only_what_organisations_of_its_subtree_did()
    {
        var enterprise = await world.Register(world.Admin, EnterpriseRequests.Enterprise(world.Federation.BranchA));
        var code = enterprise.GetProperty("creditCode").GetString()!;
        var name = enterprise.GetProperty("name").GetString()!;
        var branchUser = (await world.NewUser(world.Federation.BranchA, "石岐侨联干事", "branch-staff")).Client;
        var otherTalent = await EnterpriseRequests.Created(world.Admin, "/api/talent/talents",
            TalentRequests.Talent(world.Federation.BranchB, $"黄圃人才{EnterpriseRequests.Unique()}"));
        var letter = TalentRequests.Letter();
        letter["employerCreditCode"] = code;
        await EnterpriseRequests.Created(world.Admin, $"/api/talent/talents/{otherTalent.Id()}/letter", letter);
        await world.Deliver(Activity(world.Federation.BranchA, code, name, "石岐侨联：企业获海外订单"));
        await world.Deliver(Activity(world.Federation.Root, code, name, "市侨联：企业参加广交会"));
        await world.TimelineWhen(world.Admin, enterprise.Id(), i => i.Any(x => Kind(x) == "letterOfIntent"));

        var everything = await Items(world.Admin, enterprise.Id());
        var branch = await Items(branchUser, enterprise.Id());

        everything.Select(Kind).Should().Contain(["letterOfIntent", "reported", "reported"]);
        branch.Where(i => Kind(i) != "visit" && Kind(i) != "concern").Select(i => i.GetProperty("title").GetString())
            .Should().Equal(["石岐侨联：企业获海外订单"], "branch B's letter and the root's activity are outside branch A's subtree");
    }

    // Fails while Timeline/TimelineEntry.cs lacks [NotAudited]: the read model keeps each entry under
    // its source record's id, so every project and letter gains a "TimelineEntry" line in its audit
    // history, signed by the system (AuditScopeTests fails for the same reason).
    [Fact]
    public async Task Keeping_the_timeline_adds_nothing_to_the_audit_history_of_the_project_it_shows()
    {
        var enterprise = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        var body = InvestmentRequests.Project();
        body["investorName"] = enterprise.GetProperty("name").GetString();
        var project = await EnterpriseRequests.Created(world.Admin, "/api/investment/projects", body);
        await world.TimelineWhen(world.Staff, enterprise.Id(), i => i.Any(x => Kind(x) == "investmentProject"));
        // Written after the timeline entry by the same module: once its audit line is in, the entry's would be too.
        var later = await world.Register(world.Staff, EnterpriseRequests.Enterprise());
        await Eventually.Within(TimeSpan.FromSeconds(20), () => AuditOf(later.Id()), entries => entries.Count > 0);

        var history = await AuditOf(project.Id());

        history.Select(e => $"{e.GetProperty("module").GetString()} {e.GetProperty("entityType").GetString()}")
            .Should().Equal(["Investment Project"], "the project's history holds the changes people made to it, not the read models fed from it");
    }

    private async Task<List<JsonElement>> AuditOf(Guid entityId) =>
        (await (await world.Admin.GetAsync($"/api/admin/audit?entityId={entityId}&pageSize=50")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToList();

    private static EnterpriseActivityReported Activity(Guid organisation, string code, string name, string summary) =>
        new(Guid.NewGuid(), organisation, "Trade", code, name, new DateOnly(2024, 11, 1), new LocalizedText(summary, summary), 500_000_00, false, 1);

    private async Task<List<JsonElement>> Items(HttpClient client, Guid enterpriseId) =>
        (await world.Timeline(client, enterpriseId)).GetProperty("items").EnumerateArray().ToList();

    private static List<JsonElement> Reported(List<JsonElement> items) => items.Where(i => Kind(i) == "reported").ToList();

    private static string? Kind(JsonElement item) => item.GetProperty("kind").GetString();
}
