namespace Federation.Kernel.Web;

/// <summary>
/// What the shell's shared _BulkBar partial needs: the form the ticked rows belong to, with an export of
/// the selection and the bulk changes the list offers (see <see cref="ListPageModel{TRow}.BulkActions"/>).
/// </summary>
/// <param name="Tools">The list's path and filters, which the posted form keeps.</param>
/// <param name="Actions">The bulk changes offered: "assign", "tag".</param>
/// <param name="Programmes">The programmes a "tag" may choose; null when the list offers no tag.</param>
/// <param name="AssigneeLabel">The label of the "assign" field, e.g. 负责人; null for the shell's.</param>
public sealed record BulkBar(ListTools Tools, IReadOnlyCollection<string> Actions, IReadOnlyList<ProgrammeOption>? Programmes = null, string? AssigneeLabel = null)
{
    /// <summary>The id of the form the rows' checkboxes belong to.</summary>
    public const string FormId = "bulk";
}
