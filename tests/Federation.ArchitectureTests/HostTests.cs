using System.Reflection;
using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Federation.ArchitectureTests;

/// <summary>The host composes and runs the modules; every feature, platform ones included, lives in a module.</summary>
public sealed class HostTests
{
    /// <summary>What the host is for; a namespace outside these is a feature that belongs in a module.</summary>
    private static readonly string[] HostNamespaces =
    [
        "Federation.Host.Composition", "Federation.Host.Modules", "Federation.Host.Messaging", "Federation.Host.Persistence",
        "Federation.Host.Scheduling", "Federation.Host.Http", "Federation.Host.Web", "Federation.Host.Pages", "Federation.Host.Pages.Admin.Modules",
    ];

    /// <summary>The target of the platform's move out of the host; see the size check below.</summary>
    private const int MaxHandWrittenLines = 3_000;

    // The regex source generator's helpers sit in a System namespace of their own.
    private static IEnumerable<Type> HostTypes => Modules.Host.GetTypes()
        .Where(t => !ModuleBoundaryTests.IsGenerated(t) && !t.Namespace!.StartsWith("System.", StringComparison.Ordinal));

    [Fact]
    public void The_host_has_no_DbContext()
    {
        HostTypes.Where(t => typeof(DbContext).IsAssignableFrom(t)).Select(t => t.FullName)
            .Should().BeEmpty("tables belong to a module's context, the platform's included");
    }

    [Fact]
    public void The_host_has_no_entity()
    {
        var entities = HostTypes.Where(t =>
                typeof(IVersioned).IsAssignableFrom(t) || typeof(IOrganisationOwned).IsAssignableFrom(t)
                || t.GetCustomAttribute<NotAuditedAttribute>() is not null
                || t.GetProperties().Any(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>)))
            .Select(t => t.FullName);

        entities.Should().BeEmpty("a stored record belongs to the module that owns its table");
    }

    [Fact]
    public void The_host_s_namespaces_are_composition_and_runtime_only()
    {
        HostTypes.Select(t => t.Namespace!).Distinct().Where(n => !HostNamespaces.Contains(n))
            .Should().BeEmpty("these would be features in the host; the platform's features live in src/Platform/Federation.Platform");
    }

    [Fact]
    public void The_host_stays_small()
    {
        var folder = Path.Combine(Modules.Repository().FullName, "src", "Federation.Host");
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Intersect(["bin", "obj", "Migrations"]).Any())
            .ToList();
        var lines = files.Sum(f => File.ReadLines(f).Count());

        files.Should().NotBeEmpty();
        lines.Should().BeLessThan(MaxHandWrittenLines,
            "the host is composition and runtime only ({0} lines in {1} files now): a feature belongs in a module", lines, files.Count);
    }
}
