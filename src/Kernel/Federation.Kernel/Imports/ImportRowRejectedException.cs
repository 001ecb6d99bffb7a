namespace Federation.Kernel.Imports;

/// <summary>A problem with one cell of a row, or with the row as a whole when <see cref="Column"/> is empty.</summary>
public sealed record ImportProblem(string Column, string Message);

/// <summary>The row cannot be imported; each problem names its column.</summary>
public sealed class ImportRowRejectedException(IReadOnlyList<ImportProblem> problems)
    : Exception(string.Join(" ", problems.Select(p => $"{p.Column}: {p.Message}")))
{
    public IReadOnlyList<ImportProblem> Problems { get; } = problems;
}
