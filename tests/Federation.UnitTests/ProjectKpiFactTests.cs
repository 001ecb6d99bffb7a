using Federation.Investment.Contracts;
using Federation.Investment.Projects;
using Federation.Kernel.Money;
using Federation.Scorecard.Contracts;
using Federation.Investment.Kpis;

namespace Federation.UnitTests;

/// <summary>What a project tells the scorecard at each point of its life.</summary>
public sealed class ProjectKpiFactTests
{
    private static readonly DateOnly Signed = new(2023, 2, 26);

    [Fact]
    public void An_intent_counts_for_nothing()
    {
        InvestmentKpiFacts.Of(Enter(ProjectStage.Intent)).Should().BeEmpty();
    }

    [Fact]
    public void A_signed_project_counts_once_on_its_signing_day_with_its_amount_town_and_investor_country()
    {
        var facts = InvestmentKpiFacts.Of(Enter(ProjectStage.Signed)).ToList();

        facts.Select(f => f.KpiKey).Should().Equal("investment.projects-signed", "investment.signed-amount", "investment.groundbreaking-rate");
        facts.Should().OnlyContain(f => f.On == Signed && f.Town == "石岐" && f.CountryOrRegion == "HK");
        facts.Single(f => f.KpiKey == "investment.signed-amount").Value.Should().Be(1234.56m);
        facts.Single(f => f.KpiKey == "investment.groundbreaking-rate").Should().Match<Federation.Scorecard.Contracts.KpiFact>(f => f.Value == 0 && f.OutOf == 1);
    }

    [Fact]
    public void Breaking_ground_turns_the_rate_fact_to_one_and_keeps_the_signing_day()
    {
        var project = Enter(ProjectStage.Signed);
        project.Advance(ProjectStage.Groundbreaking, Signed.AddMonths(3), "tester");

        var rate = InvestmentKpiFacts.Of(project).Single(f => f.KpiKey == "investment.groundbreaking-rate");

        rate.Value.Should().Be(1);
        rate.On.Should().Be(Signed);
    }

    [Fact]
    public void Dropping_or_taking_back_the_signing_removes_every_fact()
    {
        var dropped = Enter(ProjectStage.Signed);
        dropped.Advance(ProjectStage.Dropped, Signed.AddDays(1), "tester");
        var reverted = Enter(ProjectStage.Negotiating);
        reverted.Advance(ProjectStage.Signed, Signed, "tester");
        reverted.RevertLastStage();

        InvestmentKpiFacts.Of(dropped).Should().BeEmpty();
        InvestmentKpiFacts.Of(reverted).Should().BeEmpty();
    }

    [Fact]
    public void A_tagged_project_carries_its_programme_on_every_fact()
    {
        var programme = Guid.NewGuid();
        var project = Project.Enter(Details(programme), ProjectStage.Signed, Signed, "tester");

        InvestmentKpiFacts.Of(project).Should().OnlyContain(f => f.ProgrammeId == programme);
    }

    private static Project Enter(ProjectStage stage) => Project.Enter(Details(null), stage, Signed, "tester");

    private static ProjectDetails Details(Guid? programme) => new("项目", "投资方", InvestorKind.Organisation, "HK", "制造业",
        Money.FromYuan(1234.56m), "石岐", null, null, programme);
}
