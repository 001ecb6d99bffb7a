namespace Federation.CrashTests.Workload;

/// <summary>A project entered into the ledger and moved some way along its stages, or dropped.</summary>
internal static class InvestmentStory
{
    private static readonly string[] Stages = ["intent", "negotiating", "signed", "groundbreaking", "inProduction"];

    public static async Task Run(StoryContext story)
    {
        var serial = story.Tally.NextSerial();
        var project = story.Tally.Track(RecordKind.Project, $"崩溃循环项目 {serial}");
        var stage = story.Between(0, 3);
        var day = story.FirstDay();
        if (!await story.Create(project, Stages[stage], "/api/investment/projects", new
            {
                name = project.Marker,
                investorName = "港资某集团",
                investorKind = "organisation",
                investorCountryOrRegion = story.Pick("HK", "MO", "US", "SG"),
                industry = "装备制造",
                amountYuan = story.Amount(50_000_000),
                town = story.Pick("石岐", "火炬开发区", "翠亨新区", "小榄"),
                stage = Stages[stage],
                stageDate = StoryContext.Day(day),
            })) return;

        var last = story.Between(stage, Stages.Length);
        while (!story.Stopping && stage < last)
        {
            // Some projects fall through; dropping one takes it off the scorecard.
            var to = story.Chance(0.1) ? "dropped" : Stages[++stage];
            day = story.Later(day);
            if (!await story.Step(project, to, $"/api/investment/projects/{project.Id}/stage",
                new { stage = to, date = StoryContext.Day(day), version = project.Acknowledged!.Version })) return;
            if (to == "dropped") return;
        }
    }
}
