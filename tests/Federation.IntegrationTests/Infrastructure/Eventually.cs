namespace Federation.IntegrationTests.Infrastructure;

public static class Eventually
{
    /// <summary>
    /// Polls until <paramref name="done"/> holds for what <paramref name="probe"/> returns, and
    /// returns that: consumers run after commit, so what they write (the audit log) appears a
    /// moment after the write that caused it. Fails the test when the limit passes first, with the
    /// last value seen, so a wait can never stand in for a check that did not pass.
    /// </summary>
    public static async Task<T> Within<T>(TimeSpan limit, Func<Task<T>> probe, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not reached within {limit.TotalSeconds:0.#} s; the last value seen was: {Describe(value)}");
            await Task.Delay(50);
        }
    }

    private static string Describe<T>(T value) => value switch
    {
        System.Text.Json.JsonElement json => json.GetRawText() is { Length: > 2000 } text ? text[..2000] + "…" : json.GetRawText(),
        System.Collections.IEnumerable items and not string => $"[{string.Join(", ", items.Cast<object?>().Take(50))}]",
        _ => value?.ToString() ?? "null",
    };
}
