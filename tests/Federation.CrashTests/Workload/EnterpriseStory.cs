using Federation.Kernel.Registry;

namespace Federation.CrashTests.Workload;

/// <summary>An enterprise registered, visited a few times, and a concern it raised followed to its end.</summary>
internal static class EnterpriseStory
{
    private const string CodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static async Task Run(StoryContext story)
    {
        var serial = story.Tally.NextSerial();
        // Visits and concerns may touch the enterprise they belong to, so its version is not followed.
        var enterprise = story.Tally.Track(RecordKind.Enterprise, $"中山市崩溃循环电器有限公司{serial}", versionFollowed: false);
        if (!await story.Create(enterprise, "registered", "/api/enterprises/enterprises", new
            {
                name = enterprise.Marker,
                creditCode = CreditCodeFor(serial),
                town = story.Pick("火炬开发区", "小榄", "黄圃"),
                industry = "智能家电",
                investorCountryOrRegion = story.Pick("HK", "MO", "US"),
                contacts = new[] { new { name = "陈先生", role = "总经理", phone = "0760-88888888" } },
                status = "operating",
            })) return;

        var day = story.FirstDay();
        for (var visits = story.Between(1, 3); visits > 0 && !story.Stopping; visits--)
        {
            day = story.Later(day);
            var visit = story.Tally.Track(RecordKind.Visit, $"崩溃循环走访 {story.Tally.NextSerial()}");
            if (!await story.Create(visit, "recorded", "/api/enterprises/visits", new
                {
                    enterpriseId = enterprise.Id,
                    visitedOn = StoryContext.Day(day),
                    purpose = "listeningSession",
                    visitors = new[] { "林志远" },
                    notes = visit.Marker,
                })) return;
        }
        if (story.Stopping || !story.Chance(0.8)) return;

        await FollowConcern(story, enterprise.Id!.Value, story.Later(day));
    }

    private static async Task FollowConcern(StoryContext story, Guid enterpriseId, DateOnly raisedOn)
    {
        var concern = story.Tally.Track(RecordKind.Concern, $"崩溃循环诉求 {story.Tally.NextSerial()}：出口退税办理周期较长");
        if (!await story.Create(concern, "open", "/api/enterprises/concerns", new
            {
                enterpriseId,
                category = "tax",
                description = concern.Marker,
                raisedOn = StoryContext.Day(raisedOn),
            })) return;

        var day = raisedOn;
        var path = $"/api/enterprises/concerns/{concern.Id}/steps";
        if (!story.Stopping && story.Chance(0.5))
        {
            day = story.Later(day);
            if (!await story.Step(concern, "referred", path,
                new { to = "referred", on = StoryContext.Day(day), department = "国家税务总局中山市税务局", version = concern.Acknowledged!.Version })) return;
        }
        if (story.Stopping || !story.Chance(0.75)) return;

        var settledAs = story.Chance(0.8) ? "resolved" : "closedUnresolved";
        await story.Step(concern, settledAs, path,
            new { to = settledAs, on = StoryContext.Day(story.Later(day)), note = "经协调，相关部门已上门对接。", version = concern.Acknowledged!.Version });
    }

    /// <summary>A valid unified social credit code no other enterprise of the run has: the serial, written in the code's alphabet.</summary>
    private static string CreditCodeFor(int serial)
    {
        var middle = new char[9];
        for (var i = middle.Length - 1; i >= 0; i--, serial /= CodeAlphabet.Length)
            middle[i] = CodeAlphabet[serial % CodeAlphabet.Length];
        return CreditCode.Complete("91442000" + new string(middle));
    }
}
