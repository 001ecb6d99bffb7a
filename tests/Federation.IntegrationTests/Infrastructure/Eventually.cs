namespace Federation.IntegrationTests.Infrastructure;

public static class Eventually
{
    /// <summary>
    /// Polls until <paramref name="check"/> passes: consumers run after commit, so what they
    /// write (the audit log) appears a moment after the write that caused it.
    /// </summary>
    public static async Task<T> Within<T>(TimeSpan limit, Func<Task<T>> probe, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(50);
        }
    }
}
