using CsCheck;
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
    public void An_intent_counts_as_an_intent_with_its_intended_amount_and_not_as_signed()
    {
        var facts = InvestmentKpiFacts.Of(Enter(ProjectStage.Intent)).ToList();

        facts.Select(f => f.KpiKey).Should().Equal("investment.intents", "investment.intended-investment");
        facts.Single(f => f.KpiKey == "investment.intended-investment").Value.Should().Be(1234.56m);
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
    public void Dropping_removes_every_fact_and_taking_back_the_signing_makes_it_an_intent_again()
    {
        var dropped = Enter(ProjectStage.Signed);
        dropped.Advance(ProjectStage.Dropped, Signed.AddDays(1), "tester");
        var reverted = Enter(ProjectStage.Negotiating);
        reverted.Advance(ProjectStage.Signed, Signed, "tester");
        reverted.RevertLastStage();

        InvestmentKpiFacts.Of(dropped).Should().BeEmpty();
        InvestmentKpiFacts.Of(reverted).Select(f => f.KpiKey).Should().Equal("investment.intents", "investment.intended-investment");
    }

    [Fact]
    public void An_amount_not_disclosed_adds_nothing_and_makes_the_total_a_lower_bound()
    {
        var project = Project.Enter(Details(null) with { Amount = null }, ProjectStage.Signed, Signed, "tester");

        var amount = InvestmentKpiFacts.Of(project).Single(f => f.KpiKey == "investment.signed-amount");

        amount.Value.Should().Be(0);
        amount.Qualifier.Should().Be(Federation.Kernel.Figures.Qualifier.AtLeast);
    }

    [Fact]
    public void Any_path_through_the_stages_counts_a_project_once_as_an_intent_or_once_as_signed_never_both()
    {
        var stages = new[] { ProjectStage.Negotiating, ProjectStage.Signed, ProjectStage.Groundbreaking, ProjectStage.InProduction, ProjectStage.Dropped };
        Gen.Int[0, 4].Array[0, 6].Sample(moves =>
        {
            var project = Enter(ProjectStage.Intent);
            var date = Signed;
            foreach (var move in moves)
            {
                if (ProjectStageRules.CanMove(project.Stage, stages[move])) project.Advance(stages[move], date = date.AddDays(1), "tester");
                else if (project.Stages.Count > 1) project.RevertLastStage();
            }
            var keys = InvestmentKpiFacts.Of(project).Select(f => f.KpiKey).ToList();
            var asIntent = keys.Count(k => k == "investment.intents");
            var asSigned = keys.Count(k => k == "investment.projects-signed");
            (asIntent + asSigned).Should().Be(project.Stage == ProjectStage.Dropped ? 0 : 1);
            keys.Contains("investment.signed-amount").Should().Be(asSigned == 1);
            keys.Contains("investment.intended-investment").Should().Be(asIntent == 1);
        });
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
        new StatedAmount(Money.FromYuan(1234.56m), Federation.Kernel.Figures.Qualifier.Exact, null), "石岐", null, null, programme);
}
