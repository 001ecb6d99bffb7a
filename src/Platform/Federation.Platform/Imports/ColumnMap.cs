using Federation.Kernel.Imports;

namespace Federation.Platform.Imports;

/// <summary>Which column of the file is which column of the ledger, worked out from the header row.</summary>
internal sealed class ColumnMap
{
    private readonly IReadOnlyList<(int Index, string Key)> positions;

    private ColumnMap(IReadOnlyList<(int Index, string Key)> positions, IReadOnlyList<string> ignored)
    {
        this.positions = positions;
        Ignored = ignored;
    }

    /// <summary>Headers that name no column of the ledger.</summary>
    public IReadOnlyList<string> Ignored { get; }

    public static ColumnMap Match(IReadOnlyList<ImportColumn> columns, IReadOnlyList<string> headers)
    {
        var positions = new List<(int, string)>();
        var ignored = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i].Length == 0) continue;
            var column = columns.FirstOrDefault(c => c.IsNamedBy(headers[i]));
            if (column is null) ignored.Add(headers[i]);
            else if (positions.Any(p => p.Item2 == column.Key))
                throw LedgerFileRefusedException.Because("Import.File.DuplicateColumn", headers[i]);
            else positions.Add((i, column.Key));
        }
        var missing = columns.Where(c => c.Required && positions.All(p => p.Item2 != c.Key))
            .Select(c => c.Header.For(System.Globalization.CultureInfo.CurrentUICulture)).ToList();
        if (missing.Count > 0) throw LedgerFileRefusedException.Because("Import.File.MissingColumns", string.Join("、", missing));
        return new ColumnMap(positions, ignored);
    }

    /// <summary>The row's cells by column key; a column the file lacks is absent, not empty.</summary>
    public IReadOnlyDictionary<string, object?> Cells(IReadOnlyList<object?> cells) =>
        positions.ToDictionary(p => p.Key, p => p.Index < cells.Count ? cells[p.Index] : null);
}
