namespace Federation.Kernel.Imports;

/// <summary>A problem with one cell of a row, or with the row as a whole when <see cref="Column"/> is empty.</summary>
/// <param name="Column">The key of the column at fault, or empty for the whole row.</param>
/// <param name="Message">What is wrong, in the user's language.</param>
public sealed record ImportProblem(string Column, string Message);

/// <summary>The row cannot be imported; each problem names its column.</summary>
public sealed class ImportRowRejectedException(IReadOnlyList<ImportProblem> problems)
    : Exception(string.Join(" ", problems.Select(p => $"{p.Column}: {p.Message}")))
{
    /// <summary>Every problem of the row, each naming its column, for the import report.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; } = problems;
}
