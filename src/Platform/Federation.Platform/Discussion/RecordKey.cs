using Federation.Kernel.Http;
using Federation.Platform.Resources;

namespace Federation.Platform.Discussion;

/// <summary>
/// Which record a comment or a file belongs to, named as the search index names it: the module, the
/// entity type and the record's key. Any record a module makes searchable can be discussed.
/// </summary>
internal readonly record struct RecordKey(string Module, string RecordType, string RecordId)
{
    public const int PartLength = 100;

    /// <summary>The key from a route, refused naming the part that cannot be one.</summary>
    public static RecordKey From(string? module, string? recordType, string? recordId)
    {
        Check("module", module);
        Check("recordType", recordType);
        Check("recordId", recordId);
        return new RecordKey(module!, recordType!, recordId!);
    }

    private static void Check(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > PartLength || value.Any(char.IsControl))
            throw new RequestRejectedException(field, PlatformText.Get("Discussion.UnknownRecord"), 404);
    }
}
