using System.Globalization;
using Federation.Kernel.Geography;

namespace Federation.Kernel.Web;

/// <summary>
/// What the shell's shared _FilterSelect partial needs: a list filter whose value comes from a list,
/// drawn as a pick-list under a visible label, so a clerk never types a town or a year's spelling.
/// </summary>
/// <param name="Name">The query-string name the list page binds, e.g. "town".</param>
/// <param name="Label">The label shown above the pick-list, in the reader's language.</param>
/// <param name="Options">The values offered, each with the text the reader sees.</param>
/// <param name="Selected">The value chosen now, or null for "all".</param>
/// <param name="AllText">The text of the empty choice, e.g. 全部.</param>
public sealed record ListFilter(string Name, string Label, IReadOnlyList<FilterOption> Options, string? Selected, string AllText)
{
    /// <summary>The first year a year filter offers: the federation's ledgers start after it.</summary>
    public const int EarliestYear = 2015;

    /// <summary>The years from <paramref name="latest"/> back to <paramref name="earliest"/>, newest first.</summary>
    private static ListFilter Years(int earliest, int latest, string name, string label, int? selected, string allText) =>
        new(name, label, Enumerable.Range(earliest, Math.Max(0, latest - earliest + 1)).Reverse()
            .Select(y => new FilterOption(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))).ToList(),
            selected?.ToString(CultureInfo.InvariantCulture), allText);

    /// <summary>
    /// The year filter every list shows: <see cref="EarliestYear"/> to next year by the host's clock (so a
    /// test's clock moves it too), under <paramref name="label"/>, with 全部 as the empty choice.
    /// </summary>
    public static ListFilter Years(Microsoft.AspNetCore.Http.HttpContext http, string label, int? selected)
    {
        var clock = http.RequestServices.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        var latest = Math.Max(Time.ChinaCalendar.Today(clock).Year + 1, selected ?? 0);
        return Years(EarliestYear, latest, "year", label, selected, Resources.Text.Get("List.All"));
    }

    /// <summary>The countries and regions, sorted as the reader reads them (by Chinese name in the Chinese UI); the value is the ISO code.</summary>
    public static ListFilter Countries(string name, string label, string? selected, string allText) =>
        new(name, label, CountryOrRegion.All.Select(c => new FilterOption(c.Code, c.Name(CultureInfo.CurrentUICulture)))
            .OrderBy(o => o.Text, StringComparer.Create(CultureInfo.CurrentUICulture, false)).ToList(), selected, allText);

    /// <summary>The members of an enum (stages, statuses), each under the text <paramref name="text"/> gives it.</summary>
    public static ListFilter Of<TEnum>(string name, string label, string? selected, string allText, Func<TEnum, string> text) where TEnum : struct, Enum =>
        new(name, label, Enum.GetValues<TEnum>().Select(v => new FilterOption(v.ToString(), text(v))).ToList(), selected, allText);

    /// <summary>Whether <paramref name="value"/> is the one chosen; enum names are matched ignoring case as the binder does.</summary>
    public bool IsSelected(string value) => string.Equals(Selected, value, StringComparison.OrdinalIgnoreCase);

    /// <summary>The id of the pick-list, unique on a page that shows one filter of each name.</summary>
    public string Id => "filter-" + Name;
}

/// <summary>One choice of a <see cref="ListFilter"/>.</summary>
/// <param name="Value">The value sent in the query string.</param>
/// <param name="Text">What the reader sees.</param>
public sealed record FilterOption(string Value, string Text);
