using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Federation.BrowserTests;

/// <summary>
/// Issue 23: a clerk never types a town, an area, a department, a country or a programme by hand.
/// The walk opens every list in the menu, its filters, its new-record form and its first record
/// (with the forms on it), at 1440 px, and fails on any text box for one of those fields.
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class PickListWalkTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Every_form_and_filter_offers_towns_departments_countries_and_programmes_as_pick_lists()
    {
        var page = await session.SignedIn();
        await page.SetViewportSizeAsync(1440, 900);
        var typed = new List<string>();
        var walked = 0;
        foreach (var path in await FormsToWalk(page))
        {
            var response = await page.GotoAsync($"{session.BaseUrl}{path}");
            if (response is null || response.Status >= 400) continue;
            walked++;
            var names = await page.EvalOnSelectorAllAsync<string[]>(
                "main input[name]:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]), main textarea[name]",
                "fields => fields.map(f => f.getAttribute('name'))");
            typed.AddRange(names.Where(n => ChosenFromAList().IsMatch(n)).Select(n => $"{path}: {n}"));
        }

        walked.Should().BeGreaterThan(25, "the walk reaches every work line's lists, forms and records");
        string.Join("\n", typed.Distinct()).Should().BeEmpty("towns, areas, departments, countries and programmes are chosen from lists");
    }

    /// <summary>Every list in the menu, the new-record forms it links to, and its first record.</summary>
    private async Task<IReadOnlyList<string>> FormsToWalk(IPage page)
    {
        await page.GotoAsync($"{session.BaseUrl}/");
        var menu = await page.EvalOnSelectorAllAsync<string[]>("nav .dropdown-menu a[href^='/']", "links => links.map(a => a.getAttribute('href'))");
        var paths = new List<string>(menu);
        foreach (var list in menu.Distinct().ToList())
        {
            await page.GotoAsync($"{session.BaseUrl}{list}");
            paths.AddRange(await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll("main a[data-testid^='new-'][href^='/'], main a[href$='/edit'][href^='/']")]
                    .concat([document.querySelector("main td a[href^='/']")])
                    .filter(a => a).map(a => a.getAttribute('href'))
                """));
        }
        return paths.Distinct().ToList();
    }

    // The last part of a field's name: Form.Town, Town, Form.Contacts[0].CountryOrRegion, DepartmentName, ProgrammeId…
    [GeneratedRegex(@"(^|\.)(\w*Town|\w*Area|\w*Department\w*|\w*Country\w*|Programme\w*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChosenFromAList();
}
