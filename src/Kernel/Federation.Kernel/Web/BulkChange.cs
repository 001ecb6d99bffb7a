using Federation.Kernel.Http;
using Federation.Kernel.Resources;
using FluentValidation;

namespace Federation.Kernel.Web;

/// <summary>
/// A change to the rows selected on a list: assign them to a responsible person, or tag them with a
/// programme. A module's bulk endpoint applies it through the record's own use case, to every row
/// or (when one cannot be changed) to none.
/// </summary>
/// <param name="Ids">The selected rows, 1 to <see cref="MaxRows"/>.</param>
/// <param name="Action">"assign" or "tag".</param>
/// <param name="Assignee">For "assign": the responsible person or department.</param>
/// <param name="ProgrammeId">For "tag": the programme, or null to remove the tag.</param>
public sealed record BulkChange(IReadOnlyList<Guid>? Ids, string? Action, string? Assignee, Guid? ProgrammeId)
{
    /// <summary>The most rows one bulk change touches: a page of the largest size.</summary>
    public const int MaxRows = Paging.MaxPageSize;
    /// <summary>The action that names who is responsible.</summary>
    public const string Assign = "assign";
    /// <summary>The action that tags with a programme.</summary>
    public const string Tag = "tag";
    /// <summary>The longest name of a responsible person or department.</summary>
    public const int AssigneeLength = 100;

    /// <summary>
    /// The rows <paramref name="found"/> for the selected ids; refuses the whole change, naming "ids",
    /// when one is not there or not the reader's to see, so nothing is half done.
    /// </summary>
    public IReadOnlyList<T> All<T>(IReadOnlyList<T> found, Func<T, Guid> id)
    {
        var missing = Ids!.Distinct().Except(found.Select(id)).ToList();
        if (missing.Count > 0)
            throw new RequestRejectedException("ids", Text.Format("Bulk.NotFound", string.Join(", ", missing)));
        return found;
    }
}

/// <summary>What a bulk change did.</summary>
/// <param name="Action">"assign" or "tag".</param>
/// <param name="Changed">How many rows it changed (all that were selected).</param>
public sealed record BulkChangeResult(string Action, int Changed);

/// <summary>Checks a bulk change before any row is read.</summary>
public sealed class BulkChangeValidator : AbstractValidator<BulkChange>
{
    /// <summary>The rules: rows selected, within the limit, a known action and what it needs.</summary>
    public BulkChangeValidator()
    {
        RuleFor(r => r.Ids).NotEmpty().WithMessage(_ => Text.Get("Bulk.Ids"))
            .Must(ids => ids is null || ids.Count <= BulkChange.MaxRows).WithMessage(_ => Text.Format("Bulk.TooMany", BulkChange.MaxRows));
        RuleFor(r => r.Action).Must(a => a is BulkChange.Assign or BulkChange.Tag).WithMessage(_ => Text.Get("Bulk.Action"));
        When(r => r.Action == BulkChange.Assign, () =>
            RuleFor(r => r.Assignee).NotEmpty().WithMessage(_ => Text.Get("Bulk.Assignee"))
                .MaximumLength(BulkChange.AssigneeLength).WithMessage(_ => Text.Format("Bulk.AssigneeLength", BulkChange.AssigneeLength)));
    }
}
