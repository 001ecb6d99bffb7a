namespace Federation.CrashTests.Hosting;

/// <summary>
/// One cycle's crash: clients write until the host has acknowledged a first write, then until the
/// moment the test chooses, and the host is SIGKILLed under them; the clients end with it.
/// </summary>
internal static class KillUnderLoad
{
    /// <summary>How long a freshly started host may take to acknowledge its first write.</summary>
    public static readonly TimeSpan FirstWriteWithin = TimeSpan.FromSeconds(30);

    /// <param name="host">The running host to kill.</param>
    /// <param name="firstAcknowledged">Completes when the host has acknowledged a write of this load.</param>
    /// <param name="write">Runs the clients until the token is cancelled or the host stops answering.</param>
    /// <param name="refused">The refusals so far, to explain a load that never got a write through.</param>
    /// <param name="moment">Waits for the moment of the kill and says what it was.</param>
    public static async Task<string> Run(
        HostProcess host, Task firstAcknowledged, Func<CancellationToken, Task> write, Func<IEnumerable<string>> refused, Func<Task<string>> moment)
    {
        using var stop = new CancellationTokenSource();
        var writing = write(stop.Token);
        if (await Task.WhenAny(firstAcknowledged, writing, Task.Delay(FirstWriteWithin)) != firstAcknowledged)
            throw new InvalidOperationException($"No write was acknowledged within {FirstWriteWithin} (log {host.LogPath}); " +
                $"refused: {string.Join("; ", refused().Take(5))}");
        var chosen = await moment();
        var killedWhileRunning = await host.Kill();
        await stop.CancelAsync();
        await writing;
        killedWhileRunning.Should().BeTrue("the host should still be running when the test kills it (log {0})", host.LogPath);
        return chosen;
    }
}
