namespace Federation.CrashTests.Hosting;

/// <summary>
/// The child's stdout and stderr in one file. Output events can still arrive on a pool thread
/// while the process is being killed, so writes after <see cref="Close"/> are dropped rather
/// than thrown where nobody would catch them.
/// </summary>
internal sealed class HostLog(string path)
{
    private readonly object gate = new();
    private StreamWriter? writer = new(path, append: false) { AutoFlush = true };

    public string Path { get; } = path;

    public void Write(string? line)
    {
        if (line is null) return;
        lock (gate) writer?.WriteLine(line);
    }

    public void Close()
    {
        lock (gate)
        {
            writer?.Dispose();
            writer = null;
        }
    }

    /// <summary>The end of the log, for a failure message.</summary>
    public string Tail(int lines = 40)
    {
        lock (gate)
        {
            writer?.Flush();
            using var reader = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var all = new StreamReader(reader).ReadToEnd().Split('\n');
            return string.Join('\n', all.TakeLast(lines));
        }
    }
}
