namespace Federation.Kernel.Modules;

/// <summary>A permission a module checks, e.g. <c>investment.write</c>.</summary>
public sealed record PermissionDefinition(string Key, PermissionKind Kind, LocalizedText Title)
{
    public static PermissionDefinition Read(string prefix, LocalizedText moduleTitle) =>
        new($"{prefix}.read", PermissionKind.Read,
            new LocalizedText($"查看{moduleTitle.Zh}", $"Read {moduleTitle.En}"));

    public static PermissionDefinition Write(string prefix, LocalizedText moduleTitle) =>
        new($"{prefix}.write", PermissionKind.Write,
            new LocalizedText($"编辑{moduleTitle.Zh}", $"Edit {moduleTitle.En}"));
}

/// <summary>
/// How roles treat a permission: leadership holds every Read; a work line's department staff
/// hold their own line's Write and every Read; Admin permissions go to admins only.
/// </summary>
public enum PermissionKind
{
    Read,
    Write,
    Admin,
}
