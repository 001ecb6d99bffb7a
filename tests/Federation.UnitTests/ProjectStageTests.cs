using Federation.Investment.Contracts;
using Federation.Investment.Projects;
using Federation.Kernel.Http;
using Federation.Kernel.Money;

namespace Federation.UnitTests;

public sealed class ProjectStageTests
{
    private static readonly DateOnly Feb26 = new(2023, 2, 26);

    public static TheoryData<ProjectStage, ProjectStage, bool> Transitions()
    {
        var allowed = new HashSet<(ProjectStage, ProjectStage)>
        {
            (ProjectStage.Intent, ProjectStage.Negotiating), (ProjectStage.Intent, ProjectStage.Signed),
            (ProjectStage.Intent, ProjectStage.Dropped), (ProjectStage.Negotiating, ProjectStage.Signed),
            (ProjectStage.Negotiating, ProjectStage.Dropped), (ProjectStage.Signed, ProjectStage.Groundbreaking),
            (ProjectStage.Signed, ProjectStage.Dropped), (ProjectStage.Groundbreaking, ProjectStage.InProduction),
            (ProjectStage.Groundbreaking, ProjectStage.Dropped),
        };
        var data = new TheoryData<ProjectStage, ProjectStage, bool>();
        foreach (var from in Enum.GetValues<ProjectStage>())
            foreach (var to in Enum.GetValues<ProjectStage>())
                data.Add(from, to, allowed.Contains((from, to)));
        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Every_pair_of_stages_is_allowed_or_refused_as_the_ledger_rules_say(ProjectStage from, ProjectStage to, bool allowed)
    {
        var project = ProjectAt(from);
        var advance = () => project.Advance(to, Feb26.AddDays(30), "tester");
        if (allowed)
        {
            advance();
            project.Stage.Should().Be(to);
        }
        else
        {
            advance.Should().Throw<RuleViolationException>().Which.Field.Should().Be("stage");
            project.Stage.Should().Be(from);
        }
    }

    [Theory]
    [InlineData(ProjectStage.Groundbreaking)]
    [InlineData(ProjectStage.InProduction)]
    [InlineData(ProjectStage.Dropped)]
    public void A_project_cannot_enter_the_ledger_past_signing(ProjectStage stage) =>
        FluentActions.Invoking(() => Project.Enter(Details(), stage, Feb26, "tester"))
            .Should().Throw<RequestRejectedException>().Which.Field.Should().Be("stage");

    [Fact]
    public void A_stage_cannot_be_dated_before_the_stage_it_follows()
    {
        var project = Project.Enter(Details(), ProjectStage.Signed, Feb26, "tester");
        FluentActions.Invoking(() => project.Advance(ProjectStage.Groundbreaking, Feb26.AddDays(-1), "tester"))
            .Should().Throw<RequestRejectedException>().Which.Field.Should().Be("date");
    }

    [Fact]
    public void Reverting_restores_the_previous_stage_and_its_date_but_never_the_entry_stage()
    {
        var project = Project.Enter(Details(), ProjectStage.Intent, Feb26, "tester");
        project.Advance(ProjectStage.Signed, Feb26.AddDays(10), "tester");

        project.RevertLastStage().Should().Be(ProjectStage.Signed);

        project.Stage.Should().Be(ProjectStage.Intent);
        project.StageDate.Should().Be(Feb26);
        FluentActions.Invoking(() => project.RevertLastStage()).Should().Throw<RuleViolationException>();
    }

    [Fact]
    public void The_snapshot_lists_stages_in_the_order_they_were_reached()
    {
        var project = ProjectAt(ProjectStage.InProduction);
        project.ToSnapshot().Stages.Select(s => s.Stage)
            .Should().Equal(ProjectStage.Intent, ProjectStage.Signed, ProjectStage.Groundbreaking, ProjectStage.InProduction);
    }

    [Fact]
    public void The_latest_follow_up_sets_the_next_due_date()
    {
        var project = Project.Enter(Details(), ProjectStage.Intent, Feb26, "tester");
        project.AddFollowUp(Feb26, "初次接洽", "寄送资料", Feb26.AddDays(7), "tester");
        project.AddFollowUp(Feb26.AddDays(5), "资料已寄", "实地考察", Feb26.AddDays(20), "tester");
        project.NextFollowUpDue.Should().Be(Feb26.AddDays(20));
    }

    private static Project ProjectAt(ProjectStage stage)
    {
        var date = Feb26;
        var project = Project.Enter(Details(), ProjectStage.Intent, date, "tester");
        var path = stage switch
        {
            ProjectStage.Intent => [],
            ProjectStage.Negotiating => [ProjectStage.Negotiating],
            ProjectStage.Signed => [ProjectStage.Signed],
            ProjectStage.Groundbreaking => [ProjectStage.Signed, ProjectStage.Groundbreaking],
            ProjectStage.InProduction => [ProjectStage.Signed, ProjectStage.Groundbreaking, ProjectStage.InProduction],
            _ => new[] { ProjectStage.Dropped },
        };
        foreach (var next in path) project.Advance(next, date = date.AddDays(1), "tester");
        return project;
    }

    private static ProjectDetails Details() => new("项目", "投资方", InvestorKind.Organisation, "HK", "制造业",
        new StatedAmount(Money.FromYuan(1000m), Federation.Kernel.Figures.Qualifier.Exact, null), "石岐", null, null, null);
}
