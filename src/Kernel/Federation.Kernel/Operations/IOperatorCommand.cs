using Microsoft.Extensions.Configuration;

namespace Federation.Kernel.Operations;

/// <summary>
/// A command an operator runs instead of serving, <c>dotnet Federation.Host.dll &lt;Name&gt; …</c>,
/// with the host's configuration (its paths anchored in the application's folder) and nothing
/// else: no container, no store opened, so it can work on files a host would hold. A module's
/// internal class implementing this is found by the host; it needs a parameterless constructor.
/// </summary>
public interface IOperatorCommand
{
    /// <summary>The first argument that runs it, e.g. <c>restore</c>.</summary>
    string Name { get; }

    /// <summary>The process's exit code: 0 done, 1 refused or failed, 2 a usage error.</summary>
    int Run(IReadOnlyList<string> args, IConfiguration configuration, TextWriter output, TextWriter error);
}
