using Federation.Kernel.Http;
using Federation.Kernel.Resources;

namespace Federation.Kernel.Departments;

/// <summary>
/// The one rule every module applies to a department it is given (see <see cref="IDepartmentDirectory"/>):
/// a name not on the organisation's list is refused naming the field, except the name the record
/// already holds, so a record entered before the list (or before a department was renamed) can still
/// be corrected without losing it. While the list of that kind is empty, the name is kept as typed.
/// </summary>
public static class DepartmentChecks
{
    /// <summary>The department as listed (trimmed, its listed spelling), null when none was given, or a <see cref="RequestRejectedException"/> naming <paramref name="field"/>.</summary>
    public static async Task<string?> Checked(this IDepartmentDirectory departments, Guid organisationId, DepartmentKind kind,
        string? name, string field, CancellationToken ct, string? kept = null)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        name = name.Trim();
        if (kept is not null && string.Equals(name, kept.Trim(), StringComparison.Ordinal)) return kept;
        var listed = await departments.Names(organisationId, kind, ct);
        if (listed.Count == 0) return name;
        return listed.FirstOrDefault(d => string.Equals(d, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new RequestRejectedException(field, Text.Format("UnknownDepartment", name));
    }

    /// <summary>Every name of <paramref name="names"/> checked as <see cref="Checked"/> does, each once; <paramref name="field"/> gets the index of the refused one.</summary>
    public static async Task<List<string>> CheckedAll(this IDepartmentDirectory departments, Guid organisationId, DepartmentKind kind,
        IEnumerable<string?> names, string field, CancellationToken ct, IReadOnlyCollection<string>? kept = null)
    {
        var result = new List<string>();
        var index = 0;
        foreach (var name in names)
        {
            var alreadyHeld = kept?.FirstOrDefault(k => string.Equals(k, name?.Trim(), StringComparison.Ordinal));
            var one = await departments.Checked(organisationId, kind, name, $"{field}[{index++}]", ct, alreadyHeld);
            if (one is not null && !result.Contains(one)) result.Add(one);
        }
        return result;
    }
}
