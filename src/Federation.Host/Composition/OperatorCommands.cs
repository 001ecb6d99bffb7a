using Federation.Kernel.Operations;

namespace Federation.Host.Composition;

/// <summary>
/// <c>dotnet Federation.Host.dll &lt;command&gt; …</c> for the commands the modules provide
/// (<see cref="IOperatorCommand"/>, e.g. the platform's <c>restore</c>): the command gets the host's
/// configuration, <c>--Key=value</c> arguments included, and its exit code ends the process.
/// </summary>
internal static class OperatorCommands
{
    /// <summary>The command's exit code, or null when the first argument names no command and the host should serve.</summary>
    public static int? Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not [var name, .. var rest] || name.StartsWith('-')) return null;
        var (builder, catalog) = FederationHost.CreateBuilder(rest.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray());
        var command = catalog.Enabled.Select(m => m.GetType().Assembly).Distinct()
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => typeof(IOperatorCommand).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
            .Select(type => (IOperatorCommand)Activator.CreateInstance(type, nonPublic: true)!)
            .FirstOrDefault(c => c.Name == name);
        return command?.Run(rest, builder.Configuration, output, error);
    }
}
