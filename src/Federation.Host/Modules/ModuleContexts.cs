namespace Federation.Host.Modules;

/// <summary>The DbContext types of the enabled modules, platform first: the order migrations run in.</summary>
internal sealed record ModuleContexts(IReadOnlyList<Type> Types);
