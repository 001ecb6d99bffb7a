using Federation.Kernel.Modules;
using Federation.Kernel.Search;

namespace Federation.Kernel.RecycleBin;

/// <summary>How a deleted record appears in the recycle bin and in the question asked before deleting it.</summary>
/// <param name="Kind">The kind of record, e.g. 招商项目 / Project.</param>
/// <param name="Title">Its name as staff know it.</param>
public sealed record RecycleDescription(LocalizedText Kind, string Title)
{
    /// <summary>The same kind and title the record gives search.</summary>
    public static RecycleDescription Of(SearchDescription search) => new(search.Kind, search.Title);
}
