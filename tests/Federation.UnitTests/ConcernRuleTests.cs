using Federation.Enterprises;
using Federation.Enterprises.Campaigns;
using Federation.Enterprises.Concerns;
using Federation.Enterprises.Contracts;
using Federation.Kernel.Http;
using Federation.Scorecard.Contracts;
using Federation.Enterprises.Kpis;

namespace Federation.UnitTests;

/// <summary>A concern's life (open → referred → resolved, or closed unresolved; reopened) and what it counts for.</summary>
public sealed class ConcernRuleTests
{
    private static readonly DateTime Now = new(2023, 6, 1, 2, 0, 0, DateTimeKind.Utc);

    public static TheoryData<ConcernStatus, ConcernStatus, bool> Moves()
    {
        var allowed = new HashSet<(ConcernStatus, ConcernStatus)>
        {
            (ConcernStatus.Open, ConcernStatus.Referred), (ConcernStatus.Open, ConcernStatus.Resolved), (ConcernStatus.Open, ConcernStatus.ClosedUnresolved),
            (ConcernStatus.Referred, ConcernStatus.Referred), (ConcernStatus.Referred, ConcernStatus.Resolved),
            (ConcernStatus.Referred, ConcernStatus.ClosedUnresolved),
            (ConcernStatus.Resolved, ConcernStatus.Open), (ConcernStatus.ClosedUnresolved, ConcernStatus.Open),
        };
        var data = new TheoryData<ConcernStatus, ConcernStatus, bool>();
        foreach (var from in Enum.GetValues<ConcernStatus>())
            foreach (var to in Enum.GetValues<ConcernStatus>())
                data.Add(from, to, allowed.Contains((from, to)));
        return data;
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void Only_the_listed_moves_are_allowed(ConcernStatus from, ConcernStatus to, bool allowed)
    {
        ConcernRules.CanMove(from, to).Should().Be(allowed);
    }

    [Fact]
    public void Every_step_is_dated_and_attributed_and_a_resolution_is_counted_with_its_days()
    {
        var concern = Raised(new DateOnly(2023, 3, 1), due: new DateOnly(2023, 3, 31));
        concern.Refer("市自然资源局", null, new DateOnly(2023, 3, 3), "staff", Now, null);
        concern.Resolve(new DateOnly(2023, 3, 13), "已协调租用闲置厂房", "staff2", Now);

        concern.Steps.Select(s => (s.From, s.To, s.By)).Should().Equal(
            ((ConcernStatus?)null, ConcernStatus.Open, "leader"),
            (ConcernStatus.Open, ConcernStatus.Referred, "staff"),
            (ConcernStatus.Referred, ConcernStatus.Resolved, "staff2"));
        concern.Department.Should().Be("市自然资源局");
        concern.OverdueSince.Should().BeNull();
        var facts = EnterpriseKpiFacts.Of(concern).ToList();
        facts.Single(f => f.KpiKey == EnterpriseKpis.DaysToResolve).Value.Should().Be(12);
        facts.Single(f => f.KpiKey == EnterpriseKpis.ConcernsResolved).On.Should().Be(new DateOnly(2023, 3, 13));
        facts.Single(f => f.KpiKey == EnterpriseKpis.ResolutionRate).Should().Match<Federation.Scorecard.Contracts.KpiFact>(f => f.Value == 1 && f.OutOf == 1);
        facts.Single(f => f.KpiKey == EnterpriseKpis.ConcernsRaised).On.Should().Be(new DateOnly(2023, 3, 1));
    }

    [Fact]
    public void A_concern_closed_unresolved_counts_against_the_rate_and_not_as_resolved()
    {
        var concern = Raised(new DateOnly(2023, 3, 1));
        concern.CloseUnresolved(new DateOnly(2023, 4, 1), "政策限制", "staff", Now);

        var facts = EnterpriseKpiFacts.Of(concern).ToList();
        facts.Should().NotContain(f => f.KpiKey == EnterpriseKpis.ConcernsResolved || f.KpiKey == EnterpriseKpis.DaysToResolve);
        facts.Single(f => f.KpiKey == EnterpriseKpis.ResolutionRate).Value.Should().Be(0);
    }

    [Fact]
    public void An_illegal_move_or_a_step_before_the_concern_was_raised_is_refused_and_changes_nothing()
    {
        var concern = Raised(new DateOnly(2023, 3, 1));
        concern.Resolve(new DateOnly(2023, 3, 5), "已解决", "staff", Now);

        var again = () => concern.Refer("市税务局", null, new DateOnly(2023, 3, 6), "staff", Now, null);
        again.Should().Throw<RuleViolationException>().Which.Field.Should().Be("status");
        var early = () => concern.Reopen(new DateOnly(2023, 2, 1), "企业反映未解决", "staff", Now);
        early.Should().Throw<RequestRejectedException>().Which.Field.Should().Be("on");
        concern.Status.Should().Be(ConcernStatus.Resolved);
        concern.Steps.Should().HaveCount(2);
    }

    [Fact]
    public void Reopening_clears_the_settlement_and_the_concern_no_longer_counts_as_resolved()
    {
        var concern = Raised(new DateOnly(2023, 3, 1));
        concern.Resolve(new DateOnly(2023, 3, 5), "已解决", "staff", Now);
        concern.Reopen(new DateOnly(2023, 3, 20), "企业反映问题仍存在", "staff", Now);

        concern.Status.Should().Be(ConcernStatus.Open);
        concern.SettledOn.Should().BeNull();
        EnterpriseKpiFacts.Of(concern).Should().NotContain(f => f.KpiKey == EnterpriseKpis.ConcernsResolved);
    }

    [Fact]
    public void A_pending_concern_past_its_due_date_is_flagged_once_from_the_day_after_and_stays_counted_when_resolved()
    {
        var concern = Raised(new DateOnly(2023, 3, 1), due: new DateOnly(2023, 3, 31));
        concern.IsOverdue(new DateOnly(2023, 3, 31)).Should().BeFalse("the due day itself is still in time");
        concern.MarkOverdue(new DateOnly(2023, 3, 31)).Should().BeFalse();
        concern.IsOverdue(new DateOnly(2023, 4, 1)).Should().BeTrue();
        concern.MarkOverdue(new DateOnly(2023, 4, 2)).Should().BeTrue();
        concern.MarkOverdue(new DateOnly(2023, 4, 3)).Should().BeFalse("it is flagged once");
        concern.OverdueSince.Should().Be(new DateOnly(2023, 4, 1));

        concern.Resolve(new DateOnly(2023, 4, 10), "已解决", "staff", Now);
        concern.IsOverdue(new DateOnly(2023, 4, 11)).Should().BeFalse();
        EnterpriseKpiFacts.Of(concern).Single(f => f.KpiKey == EnterpriseKpis.OverdueConcerns).On.Should().Be(new DateOnly(2023, 4, 1));
    }

    [Fact]
    public void A_concern_resolved_after_its_due_date_counts_as_overdue_even_if_never_flagged()
    {
        var concern = Raised(new DateOnly(2023, 3, 1), due: new DateOnly(2023, 3, 10));
        concern.Resolve(new DateOnly(2023, 3, 20), "已解决", "staff", Now);
        concern.OverdueSince.Should().Be(new DateOnly(2023, 3, 11));
    }

    [Fact]
    public void Only_an_expansion_concern_of_a_registered_enterprise_becomes_a_lead_and_only_once()
    {
        var tax = Raised(new DateOnly(2023, 3, 1));
        tax.Invoking(c => c.RaiseLead(new DateOnly(2023, 3, 2))).Should().Throw<RuleViolationException>().Which.Field.Should().Be("category");

        var anonymous = Raised(new DateOnly(2023, 3, 1), ConcernCategory.Expansion);
        anonymous.Invoking(c => c.RaiseLead(new DateOnly(2023, 3, 2))).Should().Throw<RuleViolationException>().Which.Field.Should().Be("enterpriseId");

        var expansion = Raised(new DateOnly(2023, 3, 1), ConcernCategory.Expansion);
        expansion.Follow(new Federation.Enterprises.Registry.Enterprise
        {
            Name = "中山市侨丰电器有限公司", CreditCode = "91350100M000100Y43", Town = "小榄", Industry = "智能家电",
        });
        expansion.RaiseLead(new DateOnly(2023, 3, 2));
        expansion.LeadRaisedOn.Should().Be(new DateOnly(2023, 3, 2));
        expansion.Invoking(c => c.RaiseLead(new DateOnly(2023, 3, 3))).Should().Throw<RuleViolationException>().Which.Field.Should().Be("id");
    }

    [Fact]
    public void A_campaign_counts_its_target_once_and_each_visited_assignment_on_its_first_visit()
    {
        var campaign = new Campaign { Name = "百家侨企服务行动", StartsOn = new DateOnly(2023, 1, 10), EndsOn = new DateOnly(2023, 12, 31), TargetEnterprises = 100 };
        campaign.Assign(Guid.NewGuid(), "甲", Guid.NewGuid(), "林志远").VisitedOn = new DateOnly(2023, 2, 1);
        campaign.Assign(Guid.NewGuid(), "乙", Guid.NewGuid(), "林志远");
        var duplicate = campaign.Assignments[0].EnterpriseId;
        campaign.Invoking(c => c.Assign(duplicate, "甲", Guid.NewGuid(), "黄文静")).Should().Throw<RuleViolationException>();

        var facts = EnterpriseKpiFacts.Of(campaign).ToList();
        facts.Sum(f => f.OutOf).Should().Be(100);
        facts.Sum(f => f.Value).Should().Be(1);
        facts.Single(f => f.Value == 1).On.Should().Be(new DateOnly(2023, 2, 1));
    }

    private static Concern Raised(DateOnly on, ConcernCategory category = ConcernCategory.Tax, DateOnly? due = null)
    {
        var concern = new Concern { Description = "出口退税周期长", Category = category, RaisedOn = on, DueOn = due };
        concern.Raised("leader", Now);
        return concern;
    }
}
