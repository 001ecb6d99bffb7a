namespace Federation.Kernel.Modules;

/// <summary>A permission a module checks, e.g. <c>investment.write</c>.</summary>
/// <param name="Key">The key checked, e.g. "investment.write".</param>
/// <param name="Kind">Which roles receive it.</param>
/// <param name="Title">What the role editor shows, in both languages.</param>
public sealed record PermissionDefinition(string Key, PermissionKind Kind, LocalizedText Title)
{
    /// <summary>The module's read permission, "&lt;prefix&gt;.read", titled 查看… / Read ….</summary>
    public static PermissionDefinition Read(string prefix, LocalizedText moduleTitle) =>
        new($"{prefix}.read", PermissionKind.Read,
            new LocalizedText($"查看{moduleTitle.Zh}", $"Read {moduleTitle.En}"));

    /// <summary>The module's write permission, "&lt;prefix&gt;.write", titled 编辑… / Edit ….</summary>
    public static PermissionDefinition Write(string prefix, LocalizedText moduleTitle) =>
        new($"{prefix}.write", PermissionKind.Write,
            new LocalizedText($"编辑{moduleTitle.Zh}", $"Edit {moduleTitle.En}"));

    /// <summary>
    /// The permission that shows the module's personal data in full, "&lt;prefix&gt;.personal-data.read",
    /// titled 查看…个人信息 / Read personal data in …; only the module's department staff hold it by default.
    /// </summary>
    public static PermissionDefinition PersonalData(string prefix, LocalizedText moduleTitle) =>
        new($"{prefix}.personal-data.read", PermissionKind.PersonalData,
            new LocalizedText($"查看{moduleTitle.Zh}个人信息", $"Read personal data in {moduleTitle.En}"));
}

/// <summary>
/// How roles treat a permission: leadership holds every Read; a work line's department staff
/// hold their own line's Write, its PersonalData and every Read; Admin permissions go to admins only.
/// </summary>
public enum PermissionKind
{
    /// <summary>Sees the records of a work line; leadership and every department hold it.</summary>
    Read,
    /// <summary>Adds and changes the records of a work line; that line's department staff hold it.</summary>
    Write,
    /// <summary>Runs the platform itself; only admins hold it.</summary>
    Admin,
    // Last, so that the values a drop-in module was compiled with keep their meaning.
    /// <summary>
    /// Sees a work line's personal data (phones, e-mails, identity numbers) in full: that line's
    /// department staff and admins hold it; leadership and branch staff read it masked.
    /// </summary>
    PersonalData,
}
