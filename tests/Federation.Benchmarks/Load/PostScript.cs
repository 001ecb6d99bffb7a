namespace Federation.Benchmarks.Load;

/// <summary>
/// A wrk Lua script that POSTs a JSON body made from a template, with each request's own number
/// (per wrk thread) filled in, so every project written has a distinct name.
/// </summary>
internal static class PostScript
{
    /// <summary>Writes the script; <paramref name="bodyTemplate"/> holds two %d: the wrk thread and the request number.</summary>
    public static string Write(string path, string bodyTemplate)
    {
        var lua = bodyTemplate.Replace("\\", "\\\\").Replace("\"", "\\\"");
        File.WriteAllText(path, $$"""
            local threads = 0
            function setup(thread)
              threads = threads + 1
              -- The clock keeps names apart between runs (a warm-up, then the measured run); the count, between threads.
              thread:set("tid", os.time() % 100000 * 100 + threads)
            end
            local counter = 0
            function request()
              counter = counter + 1
              return wrk.format("POST", nil, nil, string.format("{{lua}}", tid, counter))
            end
            """);
        return path;
    }
}
