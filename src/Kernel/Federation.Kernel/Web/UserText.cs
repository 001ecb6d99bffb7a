using System.Globalization;
using System.Net;
using Federation.Kernel.Identity;
using Microsoft.AspNetCore.Html;

namespace Federation.Kernel.Web;

/// <summary>
/// A UI sentence holding what users entered ("{0}，您好", "Visit to {0}"): the sentence is the
/// reader's language, each value is marked <c>data-user-text</c>, so the one-language check
/// (ADR 0027) skips the name and still reads the sentence around it.
/// </summary>
public static class UserText
{
    /// <summary><paramref name="format"/> with each of <paramref name="values"/> in a marked span.</summary>
    public static IHtmlContent In(string format, params object?[] values) =>
        new HtmlString(string.Format(CultureInfo.CurrentCulture, WebUtility.HtmlEncode(format), [.. values.Select(Marked)]));

    /// <summary>
    /// <see cref="Display.Counted"/> with the <paramref name="values"/> after the count marked: the count
    /// chooses the singular or plural form and stays the UI's own.
    /// </summary>
    public static IHtmlContent Counted(string format, long count, params object?[] values)
    {
        var forms = format.Split('|');
        var chosen = count == 1 ? forms[0] : forms[^1];
        return new HtmlString(string.Format(CultureInfo.CurrentCulture, WebUtility.HtmlEncode(chosen),
            [count.ToString("#,0", CultureInfo.InvariantCulture), .. values.Select(Marked)]));
    }

    /// <summary>
    /// Who did something, by login name, marked; the platform's own work (demo data, scheduled
    /// rounds) is 系统/System in the reader's language rather than the audit log's "system".
    /// </summary>
    public static IHtmlContent Who(string userName) => userName == SystemUser.Instance.UserName
        ? new HtmlString(WebUtility.HtmlEncode(Resources.Text.Get("SystemUser")))
        : Marked(userName);

    /// <summary>One value in a marked span, for a page that writes the sentence itself.</summary>
    public static IHtmlContent Marked(object? value) =>
        new HtmlString($"<span data-user-text>{WebUtility.HtmlEncode(Convert.ToString(value, CultureInfo.CurrentCulture))}</span>");
}
