using System.Globalization;
using Federation.Platform.Organisations;
using static Federation.Platform.Organisations.OrganisationEndpoints;

namespace Federation.Platform.Pages.Admin.Organisations;

/// <summary>
/// The organisations a user may see, in tree order with their depth: the city federation,
/// then under each node its branch federations before its affiliated associations, by name.
/// Used for the tree page and for every organisation select.
/// </summary>
internal sealed class OrganisationOutline
{
    private readonly Dictionary<Guid, OrganisationResponse> byId;

    public OrganisationOutline(IReadOnlyList<OrganisationResponse> visible)
    {
        byId = visible.ToDictionary(o => o.Id);
        var children = visible.ToLookup(o => o.ParentId);
        // A branch admin sees their subtree only: its top has a parent they cannot see.
        var tops = visible.Where(o => o.ParentId is null || !byId.ContainsKey(o.ParentId.Value));
        var rows = new List<OutlineRow>();
        foreach (var top in Ordered(tops)) Walk(top, 0);
        Rows = rows;

        void Walk(OrganisationResponse node, int depth)
        {
            rows.Add(new OutlineRow(node, depth));
            foreach (var child in Ordered(children[node.Id])) Walk(child, depth + 1);
        }
    }

    public IReadOnlyList<OutlineRow> Rows { get; }

    public OrganisationResponse? Find(Guid id) => byId.GetValueOrDefault(id);

    /// <summary>The name in the user's language: the English name in English when there is one.</summary>
    public static string NameOf(OrganisationResponse organisation) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" || string.IsNullOrWhiteSpace(organisation.NameEn)
            ? organisation.Name
            : organisation.NameEn;

    public string NameOf(Guid id) => byId.TryGetValue(id, out var organisation) ? NameOf(organisation) : "—";

    // Chinese names sort by pinyin, as people look them up, not by code point.
    private static readonly StringComparer ByPinyin = StringComparer.Create(CultureInfo.GetCultureInfo("zh-CN"), ignoreCase: false);

    private static IEnumerable<OrganisationResponse> Ordered(IEnumerable<OrganisationResponse> nodes) =>
        nodes.OrderBy(o => o.Kind).ThenBy(o => o.Name, ByPinyin);
}

internal sealed record OutlineRow(OrganisationResponse Organisation, int Depth)
{
    /// <summary>The option text of a select, indented by depth since options cannot be styled.</summary>
    public string Indented => new string('\u3000', Depth) + OrganisationOutline.NameOf(Organisation);

    public bool IsRoot => Organisation.Kind == OrganisationKind.CityFederation && Organisation.ParentId is null;
}
