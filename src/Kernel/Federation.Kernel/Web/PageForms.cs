using Federation.Kernel.Http;
using Federation.Kernel.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Kernel.Web;

/// <summary>
/// Runs a page's form through the same validator and use case as the API, and puts every
/// complaint next to the field it is about, in the user's language. Fields are named as the API
/// names them ("organisers[0].name"); under <c>prefix</c> (the page's bound form object, e.g.
/// "Form") that is the input "Form.Organisers[0].Name". A field the page has no input for goes to
/// the form's summary rather than nowhere. <c>inputs</c> names the page input that shows a field
/// whole, when the page does not show it under the API's name: <c>["expiresAtUtc"] = "ExpiresOn"</c>,
/// or <c>["roles"] = "Roles"</c> for every role's message beside the role choices.
/// </summary>
public static class PageForms
{
    /// <summary>
    /// Validates <paramref name="request"/> (bound as <paramref name="prefix"/>) and records the errors; true when valid
    /// and no "happened on" date is after today unconfirmed (<see cref="FutureDates"/>).
    /// </summary>
    public static async Task<bool> Validate<TRequest>(this PageModel page, TRequest request, string prefix,
        IReadOnlyDictionary<string, string>? inputs = null)
    {
        var validator = page.HttpContext.RequestServices.GetRequiredService<IValidator<TRequest>>();
        var result = await validator.ValidateAsync(request, page.HttpContext.RequestAborted);
        foreach (var error in result.Errors)
            page.AddError(prefix, error.PropertyName, error.ErrorMessage, inputs);
        // Asked together with the other errors, so one more round shows everything left to fix.
        var confirmed = FutureDates.Confirmed(page, request, prefix);
        return result.IsValid && page.ModelState.IsValid && confirmed;
    }

    /// <summary>Runs a use case; a refusal (bad reference, rule, stale version) becomes a field error instead of an error page.</summary>
    public static async Task<bool> Try(this PageModel page, string prefix, Func<Task> useCase, IReadOnlyDictionary<string, string>? inputs = null)
    {
        try
        {
            await useCase();
            return true;
        }
        catch (RequestRejectedException rejected)
        {
            page.AddError(prefix, rejected.Field, rejected.Message, inputs);
        }
        catch (StaleVersionException stale)
        {
            page.AddError(prefix, "version", stale.Message, inputs);
        }
        catch (DbUpdateConcurrencyException)
        {
            page.AddError(prefix, "version", Resources.Text.Get("ConcurrentChange"), inputs);
        }
        return false;
    }

    /// <summary>Records <paramref name="message"/> at the page's input for <paramref name="field"/> (see the class), or in the form's summary.</summary>
    public static void AddError(this PageModel page, string prefix, string field, string message, IReadOnlyDictionary<string, string>? inputs = null) =>
        page.ModelState.AddModelError(InputFor(page, prefix, field, inputs), message);

    /// <summary>"organisers[0].name" bound under "Form" is "Form.Organisers[0].Name".</summary>
    public static string Key(string prefix, string field)
    {
        var pascal = string.Join('.', field.Split('.').Select(s => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..]));
        return prefix.Length == 0 ? pascal : $"{prefix}.{pascal}";
    }

    private static string InputFor(PageModel page, string prefix, string field, IReadOnlyDictionary<string, string>? inputs)
    {
        var first = field.Split('[', '.')[0];
        if (inputs?.GetValueOrDefault(first) is { } whole) return prefix.Length == 0 ? whole : $"{prefix}.{whole}";
        if (first.Length == 0) return "";
        var holder = prefix.Length == 0 ? page.GetType() : page.GetType().GetProperty(prefix)?.PropertyType;
        return holder?.GetProperty(char.ToUpperInvariant(first[0]) + first[1..]) is null ? "" : Key(prefix, field);
    }
}

/// <summary>Lets a Razor page answer a refused download with the page itself rather than a file.</summary>
public static class PageRefusals
{
    /// <summary>
    /// Shows the page again with a 400: for a download (an export) whose filters did not bind or
    /// were refused, the reader sees the list with the reason instead of a file of everything.
    /// </summary>
    public static async Task<IActionResult> ShownAsRefused(this PageModel page, Func<Task<IActionResult>> show)
    {
        var shown = await show();
        page.Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest;
        return shown;
    }
}

/// <summary>Permission checks for Razor page handlers, which cannot carry attributes.</summary>
public static class PagePermissions
{
    /// <summary>
    /// Page handlers cannot carry authorization attributes, so a POST that needs more than the
    /// page's own permission checks here; a refusal shows the 403 page naming the permission.
    /// </summary>
    public static IActionResult? Lacks(this PageModel page, Identity.ICurrentUser user, string permission) =>
        user.HasPermission(permission) ? null : new RedirectResult($"/forbidden?permission={Uri.EscapeDataString(permission)}");
}
