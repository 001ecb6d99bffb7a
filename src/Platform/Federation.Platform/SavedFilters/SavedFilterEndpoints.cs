using Federation.Kernel.Http;
using Federation.Kernel.Web;
using Federation.Platform.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Platform.SavedFilters;

/// <summary>
/// The signed-in user's saved filters over the API, the same ones the list pages offer. Any signed-in
/// user may keep their own; nobody reads or deletes another's.
/// </summary>
internal static class SavedFilterEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var filters = api.MapGroup("/me/saved-filters").WithTag("Saved filters", "The caller's own named filters for list pages.").RequireAuthorization();
        filters.MapGet("/", Mine)
            .Describe("savedFiltersList", "List my saved filters",
                "The caller's own saved list filters, for every list page.");
        filters.MapPost("/", Save).Validate<SaveRequest>()
            .Describe("savedFiltersCreate", "Save a filter",
                "Saves the current filters of a list page under a name (201).");
        filters.MapDelete("/{id:guid}", Delete)
            .Describe("savedFiltersDelete", "Delete a saved filter",
                "Deletes one of the caller's saved filters.");
    }

    internal sealed record SaveRequest(string? List, string? Name, string? Query);

    internal sealed class SaveRequestValidator : AbstractValidator<SaveRequest>
    {
        public SaveRequestValidator()
        {
            RuleFor(r => r.List).Must(UserSavedFilters.IsListPath).WithMessage(_ => PlatformText.Get("SavedFilters.List"));
            RuleFor(r => r.Name).NotEmpty().WithMessage(_ => PlatformText.Get("SavedFilters.Name"))
                .Must(n => n is null || n.Trim().Length <= SavedFilterRow.NameLength)
                .WithMessage(_ => PlatformText.Format("SavedFilters.NameLength", SavedFilterRow.NameLength));
            RuleFor(r => r.Query).MaximumLength(SavedFilterRow.QueryLength)
                .WithMessage(_ => PlatformText.Format("SavedFilters.QueryLength", SavedFilterRow.QueryLength));
        }
    }

    private static async Task<Results<Ok<IReadOnlyList<SavedFilter>>, ValidationProblem>> Mine(string? list, UserSavedFilters filters, CancellationToken ct)
    {
        if (list is null) return TypedResults.Ok(await filters.All(ct));
        if (!UserSavedFilters.IsListPath(list))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["list"] = [PlatformText.Get("SavedFilters.List")] });
        return TypedResults.Ok(await filters.Mine(list, ct));
    }

    private static async Task<Created<SavedFilter>> Save(SaveRequest body, UserSavedFilters filters, CancellationToken ct)
    {
        var saved = await filters.Save(body.List!, body.Name!, ListPageModel<object>.SavedQuery(body.Query), ct);
        return TypedResults.Created($"/api/me/saved-filters/{saved.Id}", saved);
    }

    private static async Task<Results<NoContent, NotFound>> Delete(Guid id, UserSavedFilters filters, CancellationToken ct) =>
        await filters.Delete(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
