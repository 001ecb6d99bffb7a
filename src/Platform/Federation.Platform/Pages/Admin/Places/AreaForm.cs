using Federation.Platform.Places;

namespace Federation.Platform.Pages.Admin.Places;

/// <summary>The fields of the area form, bound as "AreaForm.Name" and so on: a new area without an id, a correction with one.</summary>
internal sealed class AreaForm
{
    public Guid? Id { get; set; }
    public string? Name { get; set; }
    public string? Aliases { get; set; }
    public int? SortOrder { get; set; }
    public int? Version { get; set; }

    public AreaRequest ToRequest() => new(Name, AliasText.Split(Aliases), SortOrder, Id is null ? null : Version);

    public static AreaForm From(AreaResponse area) => new()
    {
        Id = area.Id, Name = area.Name, Aliases = AliasText.Join(area.Aliases), SortOrder = area.SortOrder, Version = area.Version,
    };
}
