using Federation.Kernel.Http;
using Federation.Kernel.Persistence;
using Federation.Kernel.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Pages.Admin;

/// <summary>
/// Puts what a validator or a use case refuses next to the form field it names, so a page says
/// exactly what the API would, in the user's language. Fields are named as in the API
/// ("organisationId", "roles[0]"); the page's input of the same name gets the message (a page
/// property, or one of a form object it binds), and a field with no input goes to the summary.
/// </summary>
internal static class FormErrors
{
    public static async Task<bool> Validate<T>(this PageModel page, IValidator<T> validator, T request, CancellationToken ct,
        IReadOnlyDictionary<string, string>? inputs = null)
    {
        var result = await validator.ValidateAsync(request, ct);
        foreach (var error in result.Errors) page.AddError(error.PropertyName, error.ErrorMessage, inputs);
        return result.IsValid;
    }

    /// <summary>Runs a use case; false when it refused, with the refusal shown on the form.</summary>
    public static async Task<bool> Attempt(this PageModel page, Func<Task> useCase, IReadOnlyDictionary<string, string>? inputs = null)
    {
        try
        {
            await useCase();
            return true;
        }
        catch (RequestRejectedException rejected)
        {
            page.AddError(rejected.Field, rejected.Message, inputs);
        }
        catch (StaleVersionException stale)
        {
            page.AddError("version", stale.Message, inputs);
        }
        catch (DbUpdateConcurrencyException)
        {
            page.AddError("version", Text.Get("ConcurrentChange"), inputs);
        }
        return false;
    }

    public static void AddError(this PageModel page, string field, string message, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var name = field.Split('[', '.')[0];
        if (inputs?.GetValueOrDefault(name) is { } renamed) name = renamed;
        var key = name.Length == 0 ? "" : char.ToUpperInvariant(name[0]) + name[1..];
        page.ModelState.AddModelError(InputNamed(page, key), message);
    }

    /// <summary>The page's input for a field: a property of the page, or of a form object the page binds.</summary>
    private static string InputNamed(PageModel page, string key)
    {
        if (key.Length == 0) return "";
        if (page.GetType().GetProperty(key) is not null) return key;
        var form = page.GetType().GetProperties()
            .FirstOrDefault(p => p.IsDefined(typeof(BindPropertyAttribute), true) && p.PropertyType.GetProperty(key) is not null);
        return form is null ? "" : $"{form.Name}.{key}";
    }
}
