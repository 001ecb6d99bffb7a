using Federation.Kernel.Departments;

namespace Federation.Platform.Departments;

/// <summary>
/// The city federation's departments loaded with the demo: its own (the 2023 report's programmes are
/// owned by 经济科技部) and the government departments the demo's concerns, sessions and measures name.
/// </summary>
internal static class DemoDepartments
{
    // The associations' secretariats own their programmes in the demo; kept on the city's list, which its associations also pick from.
    public static IReadOnlyList<string> Own { get; } = ["办公室", "联络部", "经济科技部", "文化宣传部", "权益保障部", "侨青联秘书处", "海创会秘书处"];

    public static IReadOnlyList<string> Government { get; } =
    [
        "市商务局", "市工业和信息化局", "市科学技术局", "国家税务总局中山市税务局", "中山海关", "市市场监督管理局",
        "市人力资源和社会保障局", "市金融工作局", "市自然资源局", "市住房和城乡建设局", "市政务服务和数据管理局", "市投资促进局",
    ];

    /// <summary>Enters both lists for <paramref name="organisationId"/> through the admin's own use case, in this order.</summary>
    public static async Task Load(DepartmentAdministration departments, Guid organisationId, CancellationToken ct)
    {
        foreach (var name in Own) await departments.Create(new DepartmentRequest(name, DepartmentKind.Own, organisationId, null, null), ct);
        foreach (var name in Government) await departments.Create(new DepartmentRequest(name, DepartmentKind.Government, organisationId, null, null), ct);
    }
}
