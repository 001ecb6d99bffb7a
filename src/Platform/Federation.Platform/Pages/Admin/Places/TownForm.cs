using Federation.Platform.Places;

namespace Federation.Platform.Pages.Admin.Places;

/// <summary>The fields of the town forms, bound as "Form.Name" and so on; the aliases are one line of text.</summary>
internal sealed class TownForm
{
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public string? Aliases { get; set; }
    public int? SortOrder { get; set; }
    public int? Version { get; set; }

    public TownRequest ToRequest() => new(Name, NameEn, AliasText.Split(Aliases), SortOrder, Version);

    public static TownForm From(TownResponse town) => new()
    {
        Name = town.Name, NameEn = town.NameEn, Aliases = AliasText.Join(town.Aliases), SortOrder = town.SortOrder, Version = town.Version,
    };
}
