using Federation.Platform.Data;
using Federation.Kernel.Http;
using Federation.Kernel.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Federation.Kernel.Resources;
using Federation.Platform.Resources;

namespace Federation.Platform.Organisations;

/// <summary>The organisation tree: every signed-in user reads their part; admins add and rename nodes.</summary>
internal static class OrganisationEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var organisations = admin.MapGroup("/organisations").WithTag("Administration: organisations", "The organisation tree every record and user belongs to.");
        organisations.MapGet("/", List).RequireAuthorization()
            .Describe("adminOrganisationsList", "List organisations",
                "The organisation tree below the caller's organisation: the city federation, its branches and affiliated associations.");
        organisations.MapPost("/", Create).RequirePermission(PlatformModule.Admin).Validate<OrganisationRequest>()
            .Describe("adminOrganisationsCreate", "Add an organisation",
                "Adds a branch federation or an affiliated association under one of the caller's organisations (201).");
        organisations.MapPut("/{id:guid}", Update).RequirePermission(PlatformModule.Admin).Validate<OrganisationRequest>()
            .Describe("adminOrganisationsUpdate", "Change an organisation",
                "Renames the organisation or moves it in the tree; send the version you read.");
    }

    internal sealed record OrganisationResponse(Guid Id, string Name, string? NameEn, OrganisationKind Kind, Guid? ParentId, string? Town, int Version);

    internal sealed record OrganisationRequest(string? Name, string? NameEn, OrganisationKind? Kind, Guid? ParentId, string? Town, int? Version);

    internal sealed class OrganisationRequestValidator : AbstractValidator<OrganisationRequest>
    {
        public OrganisationRequestValidator()
        {
            RuleFor(r => r.Name).RequiredText(100);
            RuleFor(r => r.NameEn).OptionalText(200);
            RuleFor(r => r.Kind).NotNull().WithMessage(_ => Text.Get("RequiredField")).IsInEnum()
                .NotEqual(OrganisationKind.CityFederation).WithMessage(_ => PlatformText.Get("OneCityFederation"));
            RuleFor(r => r.ParentId).NotNull().WithMessage(_ => Text.Get("RequiredField"));
            RuleFor(r => r.Town).OptionalText(50);
        }
    }

    private static async Task<Ok<List<OrganisationResponse>>> List(OrganisationAdministration organisations, CancellationToken ct) =>
        TypedResults.Ok(await organisations.List(ct));

    private static async Task<Created<OrganisationResponse>> Create(
        OrganisationRequest request, OrganisationAdministration organisations, CancellationToken ct)
    {
        var created = await organisations.Create(request, ct);
        return TypedResults.Created($"/api/admin/organisations/{created.Id}", created);
    }

    private static async Task<Results<Ok<OrganisationResponse>, NotFound>> Update(
        Guid id, OrganisationRequest request, OrganisationAdministration organisations, CancellationToken ct) =>
        await organisations.Update(id, request, ct) is { } updated ? TypedResults.Ok(updated) : TypedResults.NotFound();
}
