using Federation.Kernel.Persistence;

namespace Federation.Kernel.Search;

/// <summary>
/// A record staff can find with the shell's search box. Its module's DbContext publishes a
/// <see cref="SearchEntryChanged"/> for it with every save that adds, changes or removes it, so a
/// module (a drop-in one too) takes part in global search by implementing this and nothing else.
/// </summary>
public interface ISearchable : IOrganisationOwned, IVersioned
{
    /// <summary>
    /// What the search index holds for the record as it stands. Read from the entity's own columns
    /// only (children are not loaded when the records are described again); leave out personal
    /// data such as phone numbers, e-mail addresses and identity numbers.
    /// </summary>
    SearchDescription DescribeForSearch();
}

/// <summary>How one record appears in search.</summary>
/// <param name="Kind">What the record is, in both languages ("项目"/"Project"); hits are labelled with it.</param>
/// <param name="Title">Its name as staff type it (a project's name, an enterprise's name); ranked above the text.</param>
/// <param name="Text">The other words staff search it by (investor, town, industry, credit code…), joined by spaces.</param>
/// <param name="Link">The page that opens the record, e.g. "/investment/projects/{id}".</param>
/// <param name="ReadPermission">The permission needed to open it, e.g. "investment.read"; a user without it never sees the hit.</param>
public sealed record SearchDescription(Modules.LocalizedText Kind, string Title, string Text, string Link, string ReadPermission)
{
    /// <summary>The words of <paramref name="parts"/> that are present, joined by spaces, for <see cref="Text"/>.</summary>
    public static string Words(params IEnumerable<string?> parts) =>
        string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
}
