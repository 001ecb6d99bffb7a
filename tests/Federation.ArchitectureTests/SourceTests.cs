using System.Text.RegularExpressions;

namespace Federation.ArchitectureTests;

/// <summary>Rules read from the product's sources, where the compiled assemblies cannot tell.</summary>
public sealed partial class SourceTests
{
    [Fact]
    public void Product_code_never_blocks_a_thread_on_async_work()
    {
        var blocking = ProductSources()
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => BlockingCall().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(Modules.Repository().FullName, l.File)}:{l.Line}")
            .ToList();

        blocking.Should().BeEmpty("a request thread held waiting on async work starves the pool under load; await it, or do the work where it can be awaited");
    }

    private static IEnumerable<string> ProductSources() =>
        new[] { "src", "samples" }.Select(d => Path.Combine(Modules.Repository().FullName, d))
            .SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Intersect(["bin", "obj", "Migrations"]).Any());

    [GeneratedRegex(@"\.GetAwaiter\(\)\.GetResult\(\)|Task\.WaitAll\(|\bTask\.Run\(.*\)\.Wait\(")]
    private static partial Regex BlockingCall();
}
