using Federation.Kernel.Persistence;
using Federation.Kernel.Search;

namespace Federation.Platform.Search;

/// <summary>
/// The platform's copy of one searchable record, kept from the modules' <see cref="SearchEntryChanged"/>
/// events (never from their tables). A removed record stays as a tombstone with its version, so a
/// late snapshot of it cannot bring it back. Rebuilt at will, so it is not audited.
/// </summary>
[NotAudited]
internal sealed class SearchEntry : IOrganisationOwned
{
    public required string Module { get; init; }
    public required string RecordType { get; init; }
    public required string RecordId { get; init; }
    public Guid OrganisationId { get; set; }
    public int Version { get; set; }
    public bool Removed { get; set; }
    public string KindZh { get; set; } = "";
    public string KindEn { get; set; } = "";
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public string Link { get; set; } = "";
    public string ReadPermission { get; set; } = "";
    // When this host's handler wrote it: the index keeper reads what changed since it last looked.
    public DateTime ChangedAtUtc { get; set; }

    public string Key => KeyOf(Module, RecordType, RecordId);

    public static string KeyOf(string module, string recordType, string recordId) => $"{module}/{recordType}/{recordId}";

    public void Apply(SearchEntryChanged changed, DateTime now)
    {
        OrganisationId = changed.OrganisationId;
        Version = changed.Version;
        Removed = changed.Entry is null;
        var entry = changed.Entry;
        KindZh = Clip(entry?.Kind.Zh, SearchLimits.Kind);
        KindEn = Clip(entry?.Kind.En, SearchLimits.Kind);
        Title = Clip(entry?.Title, SearchLimits.Title);
        Text = Clip(entry?.Text, SearchLimits.Text);
        Link = Clip(entry?.Link, SearchLimits.Link);
        ReadPermission = Clip(entry?.ReadPermission, SearchLimits.Permission);
        ChangedAtUtc = now;
    }

    private static string Clip(string? text, int length) => text is null ? "" : text.Length <= length ? text : text[..length];
}

internal static class SearchLimits
{
    public const int Module = 50;
    public const int RecordType = 100;
    public const int RecordId = 100;
    public const int Kind = 50;
    public const int Title = 300;
    public const int Text = 2000;
    public const int Link = 300;
    public const int Permission = 100;
}
