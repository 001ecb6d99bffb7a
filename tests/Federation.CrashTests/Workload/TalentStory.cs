namespace Federation.CrashTests.Workload;

/// <summary>A talent entered into the pool; most sign a letter of intent, and some letters are withdrawn.</summary>
internal static class TalentStory
{
    public static async Task Run(StoryContext story)
    {
        var serial = story.Tally.NextSerial();
        // Signing and withdrawing a letter moves the talent's status on, so its version is not followed.
        var talent = story.Tally.Track(RecordKind.Talent, $"崩溃循环人才{serial}", versionFollowed: false);
        if (!await story.Create(talent, "registered", "/api/talent/talents", new
            {
                nameZh = talent.Marker,
                degree = story.Pick("phD", "phD", "master", "bachelor", "postdoc"),
                field = "材料科学",
                countryOrRegion = story.Pick("RU", "US", "GB", "DE"),
                institution = "莫斯科国立大学",
                consentToContact = false,
            })) return;
        if (story.Stopping || !story.Chance(0.85)) return;

        var letter = story.Tally.Track(RecordKind.Letter, $"崩溃循环用人单位{serial}");
        var signedOn = story.FirstDay();
        if (!await story.Create(letter, "active", $"/api/talent/talents/{talent.Id}/letter", new
            {
                employerName = letter.Marker,
                town = story.Pick("翠亨新区", "石岐"),
                signedOn = StoryContext.Day(signedOn),
            })) return;
        if (story.Stopping || !story.Chance(0.25)) return;

        await story.Step(letter, "withdrawn", $"/api/talent/letters/{letter.Id}/withdraw", new
        {
            on = StoryContext.Day(story.Later(signedOn)),
            reason = "个人原因放弃",
            version = letter.Acknowledged!.Version,
        });
    }
}
