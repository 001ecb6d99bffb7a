namespace Federation.CrashTests.Workload;

/// <summary>An overseas order recorded as an intent or confirmed, then confirmed, delivered or cancelled.</summary>
internal static class TradeStory
{
    public static async Task Run(StoryContext story)
    {
        var order = story.Tally.Track(RecordKind.Order, $"中山市崩溃循环食品有限公司{story.Tally.NextSerial()}");
        var (currency, rate) = story.Pick(("USD", 7.1776m), ("EUR", 7.8015m), ("CNY", 1m));
        var status = story.Chance(0.3) ? "confirmed" : "intent";
        var day = story.FirstDay();
        if (!await story.Create(order, status, "/api/trade/orders", new
            {
                enterpriseName = order.Marker,
                buyerCountryOrRegion = story.Pick("US", "MY", "DE"),
                productCategory = "广式腊味",
                currency,
                amount = story.Amount(2_000_000),
                rateToYuan = rate,
                orderedOn = StoryContext.Day(day),
                status,
                town = story.Pick("黄圃", "小榄"),
            })) return;

        var path = $"/api/trade/orders/{order.Id}/status";
        if (status == "intent" && !story.Stopping && story.Chance(0.7))
        {
            status = story.Chance(0.85) ? "confirmed" : "cancelled";
            day = story.Later(day);
            if (!await Move(story, order, path, status, day)) return;
        }
        if (status != "confirmed" || story.Stopping || !story.Chance(0.6)) return;
        await Move(story, order, path, story.Chance(0.8) ? "delivered" : "cancelled", story.Later(day));
    }

    private static Task<bool> Move(StoryContext story, TrackedRecord order, string path, string status, DateOnly on) =>
        story.Step(order, status, path, new
        {
            status,
            on = StoryContext.Day(on),
            reason = status == "cancelled" ? "买方取消采购计划" : null,
            version = order.Acknowledged!.Version,
        });
}
