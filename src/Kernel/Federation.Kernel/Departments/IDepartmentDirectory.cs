using Federation.Kernel.Modules;

namespace Federation.Kernel.Departments;

/// <summary>
/// The departments admins keep per organisation: the federation's own (经济科技部, 联络部 …) that own
/// programmes, and the government departments (市商务局, 国家税务总局中山市税务局 …) concerns are referred
/// to and sessions and measures are held with. A record owned by an organisation may name a department
/// of that organisation or of any organisation above it, so a branch uses the city's list as well as its own.
/// While an organisation and those above it have no department of a kind (a fresh install, or one
/// upgraded from when departments were typed), a name of that kind is kept as typed (<see cref="DepartmentChecks"/>).
/// </summary>
[Port]
public interface IDepartmentDirectory
{
    /// <summary>The names a record of <paramref name="organisationId"/> may name, its own first, each once, in display order.</summary>
    Task<IReadOnlyList<string>> Names(Guid organisationId, DepartmentKind kind, CancellationToken ct);
}

/// <summary>Whose department it is.</summary>
public enum DepartmentKind
{
    /// <summary>A department of the federation itself (责任部门): owns programmes and work.</summary>
    Own,

    /// <summary>A government department the federation works with (承办部门): concerns, sessions, measures.</summary>
    Government,
}
