namespace Federation.IntegrationTests.Infrastructure;

/// <summary>Where build/sample-module.sh publishes the sample work line, as an integrator would drop it in.</summary>
public static class SampleModule
{
    public const string Assembly = "Federation.RightsProtection";

    /// <summary>The modules folder holding the published sample; the test fails with the command to run when it is missing.</summary>
    public static string Folder
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Federation.sln"))) root = root.Parent;
            var folder = Path.Combine(root?.FullName ?? ".", "artifacts", "modules");
            if (!File.Exists(Path.Combine(folder, Assembly, Assembly + ".dll")))
                throw new Xunit.Sdk.XunitException($"The sample work line is not published in {folder}: run build/sample-module.sh (build/test.sh does).");
            return folder;
        }
    }

    /// <summary>A fresh modules folder holding a copy of the sample, to add broken neighbours to.</summary>
    public static string CopyTo(string folder)
    {
        var source = Path.Combine(Folder, Assembly);
        var target = Path.Combine(folder, Assembly);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return folder;
    }
}
