using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Federation.ArchitectureTests;

/// <summary>The sample work line, as published for the modules folder, is built on the SDK alone.</summary>
public sealed class SampleModuleTests
{
    private const string Assembly = "Federation.RightsProtection";

    [Fact]
    public void The_sample_references_only_the_kernel_and_other_modules_contracts()
    {
        var references = ReferencesOf(Published());

        references.Should().Contain("Federation.Kernel");
        references.Where(n => n.StartsWith("Federation.", StringComparison.Ordinal))
            .Should().OnlyContain(n => n == "Federation.Kernel" || n.EndsWith(".Contracts", StringComparison.Ordinal),
                "an integrator's module sees the SDK and other work lines' Contracts, nothing else of the platform");
    }

    [Fact]
    public void The_published_folder_holds_the_module_and_not_copies_of_what_the_host_provides()
    {
        var folder = Path.GetDirectoryName(Published())!;

        Directory.EnumerateFiles(folder, "*.dll").Select(Path.GetFileName)
            .Should().BeEquivalentTo([Assembly + ".dll"], "the kernel, Contracts and frameworks come from the host");
    }

    private static List<string> ReferencesOf(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }

    private static string Published()
    {
        var path = Path.Combine(Modules.Repository().FullName, "artifacts", "modules", Assembly, Assembly + ".dll");
        File.Exists(path).Should().BeTrue("build/sample-module.sh publishes the sample there (build/test.sh runs it)");
        return path;
    }
}
