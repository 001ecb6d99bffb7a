using Federation.Kernel.Departments;
using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Platform.Departments;

/// <summary>
/// The organisations' department lists: admins keep them under /api/admin/departments; every
/// signed-in user reads the names a record of an organisation may name at /api/departments.
/// </summary>
internal static class DepartmentEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var departments = admin.MapGroup("/departments").WithTag("Administration: departments", "The government departments concerns are referred to, for administrators.");
        departments.MapGet("/", List).RequirePermission(PlatformModule.Admin)
            .Describe("adminDepartmentsList", "List departments",
                "The government departments concerns are referred to, per organisation.");
        departments.MapGet("/{id:guid}", Get).RequirePermission(PlatformModule.Admin)
            .Describe("adminDepartmentsGet", "Read a department",
                "Answers one department with its current version.");
        departments.MapPost("/", Create).RequirePermission(PlatformModule.Admin).Validate<DepartmentRequest>()
            .Describe("adminDepartmentsCreate", "Add a department",
                "Adds a department to an organisation's list (201).");
        departments.MapPut("/{id:guid}", Update).RequirePermission(PlatformModule.Admin).Validate<DepartmentRequest>()
            .Describe("adminDepartmentsUpdate", "Change a department",
                "Renames the department or takes it out of use; send the version you read.");
        departments.MapDelete("/{id:guid}", Remove).RequirePermission(PlatformModule.Admin)
            .Describe("adminDepartmentsDelete", "Remove a department",
                "Removes a department; takes the version read as ?version=.");
    }

    /// <summary>The pick-list read, outside the admin routes: the group it is mapped on already requires a signed-in user.</summary>
    public static void MapPickList(IEndpointRouteBuilder api) =>
        api.MapGet("/departments", Names).WithTag("Departments", "Department names for forms.")
            .Describe("departmentsList", "List department names",
                "The department names a record of an organisation may be referred to, for forms.");

    /// <summary>The names for a record of <paramref name="organisationId"/> (the user's own organisation when left out).</summary>
    private static async Task<Ok<IReadOnlyList<string>>> Names(
        string? kind, Guid? organisationId, IDepartmentDirectory departments, ICurrentUser user, CancellationToken ct) =>
        TypedResults.Ok(await departments.Names(user.OwnerFor(organisationId), Kind(kind) ?? throw Unknown(kind), ct));

    private static async Task<Ok<List<DepartmentResponse>>> List(
        Guid? organisationId, string? kind, DepartmentAdministration departments, CancellationToken ct) =>
        TypedResults.Ok(await departments.List(new DepartmentQuery(organisationId, string.IsNullOrEmpty(kind) ? null : Kind(kind) ?? throw Unknown(kind)), ct));

    // Read by hand: the query binder takes enum names only as cased in code, while bodies and clients write "own", "government".
    private static DepartmentKind? Kind(string? kind) =>
        Enum.TryParse<DepartmentKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(kind, out _) ? parsed : null;

    private static RequestRejectedException Unknown(string? kind) =>
        new("kind", Federation.Kernel.Resources.Text.Format("Import.NotAChoice", kind ?? "", "own, government"));

    private static async Task<Results<Ok<DepartmentResponse>, NotFound>> Get(Guid id, DepartmentAdministration departments, CancellationToken ct) =>
        await departments.Find(id, ct) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    private static async Task<Created<DepartmentResponse>> Create(DepartmentRequest request, DepartmentAdministration departments, CancellationToken ct)
    {
        var created = await departments.Create(request, ct);
        return TypedResults.Created($"/api/admin/departments/{created.Id}", created);
    }

    private static async Task<Results<Ok<DepartmentResponse>, NotFound>> Update(
        Guid id, DepartmentRequest request, DepartmentAdministration departments, CancellationToken ct) =>
        await departments.Update(id, request, ct) is { } updated ? TypedResults.Ok(updated) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> Remove(Guid id, int? version, DepartmentAdministration departments, CancellationToken ct) =>
        await departments.Remove(id, version, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
