using Federation.Kernel.Operations;

namespace Federation.Host.Composition;

/// <summary>
/// <c>dotnet Federation.Host.dll &lt;command&gt; …</c> for the commands the modules provide
/// (<see cref="IOperatorCommand"/>, e.g. the platform's <c>restore</c>): the command gets the host's
/// configuration, <c>--Key=value</c> arguments included, and its exit code ends the process.
/// </summary>
internal static class OperatorCommands
{
    /// <summary>The host's own commands, answered in Program.cs before the modules' are looked for.</summary>
    private static readonly string[] HostCommands = ["copy-store", "migrate"];

    /// <summary>
    /// The command's exit code, or null when there is no command (no argument, or options only) and
    /// the host should serve. An unknown name is refused (exit 2) rather than served, so a mistyped
    /// "restor" does not start a host on the database the operator meant to replace.
    /// </summary>
    public static int? Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not [var name, .. var rest] || name.StartsWith('-')) return null;
        var (builder, catalog) = FederationHost.CreateBuilder(rest.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray());
        var commands = catalog.Enabled.Select(m => m.GetType().Assembly).Distinct()
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => typeof(IOperatorCommand).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
            .Select(type => (IOperatorCommand)Activator.CreateInstance(type, nonPublic: true)!)
            .ToList();
        if (commands.FirstOrDefault(c => c.Name == name) is { } command) return command.Run(rest, builder.Configuration, output, error);
        error.WriteLine($"Unknown command \"{name}\". Commands: {string.Join(", ", HostCommands.Concat(commands.Select(c => c.Name)).Order())}.");
        return 2;
    }
}
