using Federation.Kernel.Modules;

namespace Federation.Platform.Identity;

/// <summary>
/// The roles and what each may do, derived from the permissions the enabled modules declare:
/// a new work line's permissions join the right roles without editing this file.
/// </summary>
internal sealed class Roles
{
    public const string Admin = "admin";
    public const string Leadership = "leadership";
    public const string BranchStaff = "branch-staff";
    public const string Integrator = "integrator";
    public const string StaffSuffix = "-staff";

    private readonly Dictionary<string, RoleDefinition> roles;

    public Roles(IModuleDirectory modules)
    {
        var all = modules.Enabled.SelectMany(m => m.Permissions).ToList();
        var reads = all.Where(p => p.Kind == PermissionKind.Read).Select(p => p.Key).ToList();
        var workLineWrites = modules.WorkLines.SelectMany(m => m.Permissions)
            .Where(p => p.Kind == PermissionKind.Write).Select(p => p.Key).ToList();

        var list = new List<RoleDefinition>
        {
            new(Admin, new("管理员", "Administrator"), all.Select(p => p.Key).ToHashSet()),
            new(Leadership, new("领导班子", "Leadership"), reads.ToHashSet()),
            new(BranchStaff, new("镇街侨联工作人员", "Branch federation staff"), reads.Concat(workLineWrites).ToHashSet()),
            new(Integrator, new("系统对接", "Integrator"), reads.Concat(workLineWrites).ToHashSet()),
        };
        foreach (var module in modules.WorkLines)
        {
            // The department's own staff need the people behind their records; nobody else gets them in full by default.
            var writes = module.Permissions.Where(p => p.Kind is PermissionKind.Write or PermissionKind.PersonalData).Select(p => p.Key);
            list.Add(new RoleDefinition(module.RoutePrefix + StaffSuffix,
                new($"{module.Title.Zh}部门工作人员", $"{module.Title.En} staff"), reads.Concat(writes).ToHashSet()));
        }
        roles = list.ToDictionary(r => r.Key);
    }

    public IReadOnlyCollection<RoleDefinition> All => roles.Values;

    /// <summary>Whether <paramref name="role"/> is a role key; a null entry of a request's list is simply not one.</summary>
    public bool Exists(string? role) => role is not null && roles.ContainsKey(role);

    public IReadOnlySet<string> PermissionsOf(IEnumerable<string> userRoles) =>
        userRoles.Where(roles.ContainsKey).SelectMany(r => roles[r].Permissions).ToHashSet();
}

internal sealed record RoleDefinition(string Key, LocalizedText Title, IReadOnlySet<string> Permissions);
