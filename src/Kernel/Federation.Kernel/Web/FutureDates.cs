using System.Collections;
using System.Reflection;
using Federation.Kernel.Resources;
using Federation.Kernel.Time;
using Federation.Kernel.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Kernel.Web;

/// <summary>
/// A form that posts a <see cref="HappenedOnAttribute"/> date after today is shown again with a
/// warning at that field and a box to tick (the shell's _FutureDateConfirmation partial); ticked,
/// the save goes through as the API's does. <see cref="PageForms.Validate"/> asks, so every page
/// that validates its form gets it, a drop-in module's included: a module only marks its dates.
/// Today comes from the host's <see cref="TimeProvider"/>, so tests set it.
/// </summary>
public static class FutureDates
{
    /// <summary>The checkbox the shell's _FutureDateConfirmation partial draws; "true" when ticked.</summary>
    public const string ConfirmField = "ConfirmFutureDates";

    /// <summary>
    /// Posted by every form that draws the partial: only such a form can show the box, so a form
    /// without it (a small inline step) is not asked and takes the date as the API does.
    /// </summary>
    public const string OfferedField = "ConfirmFutureDates.Offered";

    /// <summary>Where the dates asked about are left for the partial (HttpContext.Items).</summary>
    public const string AskedKey = "Federation.FutureDates";

    /// <summary>
    /// Unless the form's box is ticked, records a warning at each marked date of <paramref name="request"/>
    /// (bound as <paramref name="prefix"/>) that is after today; true when there was none to ask about.
    /// </summary>
    public static bool Confirmed(PageModel page, object? request, string prefix)
    {
        var http = page.HttpContext;
        if (!http.Request.HasFormContentType || !http.Request.Form[OfferedField].Contains("true")) return true;
        if (http.Request.Form[ConfirmField].Contains("true")) return true;
        var today = ChinaCalendar.Today(http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System);
        var found = After(request, prefix, today);
        if (found.Count == 0) return true;
        foreach (var date in found) page.ModelState.AddModelError(date.Key, Warning(date));
        var asked = http.Items[AskedKey] as List<FutureDate> ?? [];
        asked.AddRange(found);
        http.Items[AskedKey] = asked;
        return false;
    }

    /// <summary>The marked dates of <paramref name="request"/> and its parts (lists included) that are after <paramref name="today"/>.</summary>
    public static IReadOnlyList<FutureDate> After(object? request, string prefix, DateOnly today)
    {
        var found = new List<FutureDate>();
        Walk(found, request, prefix, today, depth: 0);
        return found;
    }

    /// <summary>The warning shown at the field: "开工日期 2030-05-01 在今天之后，确认无误请勾选并再次保存。"</summary>
    public static string Warning(FutureDate date) => Text.Format("FutureDateWarning", date.Label, date.Date.ToString("yyyy-MM-dd"));

    private static void Walk(List<FutureDate> found, object? value, string key, DateOnly today, int depth)
    {
        if (value is null || depth > 3 || value is string) return;
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum) return;
        var framework = type.Assembly.GetName().Name is { } assembly
            && (assembly.StartsWith("System", StringComparison.Ordinal) || assembly.StartsWith("Microsoft", StringComparison.Ordinal));
        if (framework)
        {
            // A list of parts (a session's departments, a tour's stops); any other framework type has no marked dates.
            if (value is IEnumerable items)
            {
                var index = 0;
                foreach (var item in items) Walk(found, item, $"{key}[{index++}]", today, depth + 1);
            }
            return;
        }
        foreach (var member in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (member.GetIndexParameters().Length > 0) continue;
            var memberKey = key.Length == 0 ? member.Name : $"{key}.{member.Name}";
            var held = member.GetValue(value);
            if (member.GetCustomAttribute<HappenedOnAttribute>() is null) Walk(found, held, memberKey, today, depth + 1);
            else if (held is DateOnly date && date > today) found.Add(new FutureDate(memberKey, FieldNames.Resolve(type, member, null), date));
        }
    }
}

/// <summary>A posted date after today: the form input's key, the field's name in the reader's language, and the date.</summary>
public sealed record FutureDate(string Key, string Label, DateOnly Date);
