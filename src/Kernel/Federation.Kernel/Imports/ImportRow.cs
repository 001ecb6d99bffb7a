using System.Globalization;
using Federation.Kernel.Geography;
using Federation.Kernel.Resources;
using FluentValidation;

namespace Federation.Kernel.Imports;

/// <summary>
/// One data row of an imported ledger, read by column key. Each reader turns a cell into the
/// type a request wants, accepting the ways people write it in Excel (a date cell, 2023/2/15,
/// 2023年2月15日; 1,234.50; a label in either language). A cell that cannot be read is noted as a
/// problem of its column and read as empty, so one pass reports every bad cell of the row.
/// </summary>
public sealed class ImportRow
{
    private static readonly string[] DateFormats =
        ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss", "yyyy-M-d H:mm", "yyyy/M/d H:mm"];

    private static readonly char[] ListSeparators = ['、', ';', '；', ',', '，', '\n'];

    private readonly IReadOnlyDictionary<string, object?> cells;
    private readonly IReadOnlyList<ImportColumn> columns;
    private readonly List<ImportProblem> problems = [];

    /// <summary>A row as the host reads it: its number, the ledger's columns and the cells by column key.</summary>
    public ImportRow(int number, IReadOnlyList<ImportColumn> columns, IReadOnlyDictionary<string, object?> cells)
    {
        Number = number;
        this.columns = columns;
        this.cells = cells;
    }

    /// <summary>The row's number as the spreadsheet shows it (the header is row 1).</summary>
    public int Number { get; }

    /// <summary>The problems noted on this row so far, one per unreadable cell or failed rule.</summary>
    public IReadOnlyList<ImportProblem> Problems => problems;

    /// <summary>Whether the file has the column at all (an optional column may be left out).</summary>
    public bool Has(string key) => cells.ContainsKey(key);

    /// <summary>A cell as trimmed text (numbers and dates written the invariant way); null when it is empty.</summary>
    public string? Text(string key) => cells.GetValueOrDefault(key) switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        var other => Convert.ToString(other, CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } s ? s : null,
    };

    /// <summary>A number, from a number cell or text such as 1,234.50, 800元, 5000万 or 1.2亿元 (<see cref="Money.AmountText"/>); null when the cell is empty.</summary>
    public decimal? Decimal(string key)
    {
        switch (cells.GetValueOrDefault(key))
        {
            case double d when !double.IsFinite(d) || Math.Abs(d) > 7.9e27:
                return Refused(key, "Import.NotANumber", d);
            case double d:
                return (decimal)d;
            case int i:
                return i;
            case long l:
                return l;
            case decimal m:
                return m;
        }
        var text = Text(key);
        if (text is null) return null;
        return Money.AmountText.TryParse(text, out var value) ? value : Refused(key, "Import.NotANumber", text);
    }

    /// <summary>A whole number (a count, a year); a fraction or a number out of range is a problem of the column.</summary>
    public int? Whole(string key)
    {
        var value = Decimal(key);
        if (value is null) return null;
        if (value != decimal.Truncate(value.Value) || value < int.MinValue || value > int.MaxValue)
            return Refused<int>(key, "Import.NotWhole", value.Value);
        return (int)value.Value;
    }

    /// <summary>A date, from a date cell, Excel's day number, or text such as 2023-2-15, 2023/2/15, 2023年2月15日 or 20230215.</summary>
    public DateOnly? Date(string key)
    {
        switch (cells.GetValueOrDefault(key))
        {
            case DateTime t:
                return DateOnly.FromDateTime(t);
            // A date cell whose style the reader did not recognise arrives as Excel's day number.
            case double d when d >= 1 && d < 2_958_466 && d == Math.Floor(d):
                return DateOnly.FromDateTime(DateTime.FromOADate(d));
        }
        var text = Text(key);
        if (text is null) return null;
        return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                ? DateOnly.FromDateTime(time)
                : Refused<DateOnly>(key, "Import.NotADate", text);
    }

    /// <summary>An enum value written as its name or as its label in either language.</summary>
    public TEnum? Choice<TEnum>(string key, Func<TEnum, string> label) where TEnum : struct, Enum
    {
        var text = Text(key);
        if (text is null) return null;
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var names = Bilingual.Of(() => label(value));
            if (string.Equals(text, value.ToString(), StringComparison.OrdinalIgnoreCase)
                || text == names.Zh || string.Equals(text, names.En, StringComparison.OrdinalIgnoreCase))
                return value;
        }
        var choices = string.Join(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? "、" : ", ",
            Enum.GetValues<TEnum>().Select(label));
        return Refused<TEnum>(key, "Import.NotAChoice", text, choices);
    }

    /// <summary>A country or region as its ISO code or its Chinese or English name; answers the code.</summary>
    public string? CountryOrRegion(string key)
    {
        var text = Text(key);
        if (text is null) return null;
        var found = Geography.CountryOrRegion.Find(text.ToUpperInvariant())
            ?? Geography.CountryOrRegion.All.FirstOrDefault(c => c.NameZh == text || string.Equals(c.NameEn, text, StringComparison.OrdinalIgnoreCase));
        if (found is not null) return found.Code;
        Problem(key, Resources.Text.Format("Import.UnknownCountry", text));
        return null;
    }

    /// <summary>An organisation the user can see, by its Chinese or English name; null (the user's own) when the cell is empty.</summary>
    public Guid? Organisation(string key, IReadOnlyList<Identity.OrganisationSummary> visible)
    {
        var text = Text(key);
        if (text is null) return null;
        var found = visible.FirstOrDefault(o => o.Name == text || string.Equals(o.NameEn, text, StringComparison.OrdinalIgnoreCase));
        if (found is not null) return found.Id;
        Problem(key, Resources.Text.Format("Import.UnknownOrganisation", text));
        return null;
    }

    /// <summary>A list written in one cell, separated by 、 ; , or line breaks.</summary>
    public IReadOnlyList<string> List(string key) =>
        Text(key)?.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>A yes or no, from a true/false cell or text: 是/否, yes/no, true/false, 1/0; anything else is a problem of the column.</summary>
    public bool? YesNo(string key)
    {
        if (cells.GetValueOrDefault(key) is bool b) return b;
        var text = Text(key);
        if (text is null) return null;
        if (text is "是" or "1" || text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text.Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
        if (text is "否" or "0" || text.Equals("no", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase)) return false;
        Problem(key, Resources.Text.Get("Import.NotYesNo"));
        return null;
    }

    /// <summary>Notes a problem of <paramref name="column"/> found by the module's own checks (an unknown reference, say); <see cref="ThrowIfProblems"/> then refuses the row.</summary>
    public void Problem(string column, string message) => problems.Add(new ImportProblem(column, message));

    /// <summary>Stops the row when any cell could not be read.</summary>
    public void ThrowIfProblems()
    {
        if (problems.Count > 0) throw new ImportRowRejectedException(problems);
    }

    /// <summary>
    /// Runs the API's own validator on the request the row maps to; each failure is reported on
    /// the column that feeds its field. A cell already reported unreadable is not reported twice.
    /// </summary>
    public async Task Validate<TRequest>(IValidator<TRequest> validator, TRequest request, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(request, ct);
        foreach (var failure in result.Errors)
        {
            var column = ColumnOf(failure.PropertyName);
            if (problems.Any(p => p.Column == column)) continue;
            problems.Add(new ImportProblem(column, failure.ErrorMessage));
        }
        ThrowIfProblems();
    }

    /// <summary>The column a request field comes from, or the field itself when no column feeds it.</summary>
    public string ColumnOf(string field)
    {
        var root = field.Split('.', '[')[0];
        return columns.FirstOrDefault(c => c.Fields.Any(f => string.Equals(f, field, StringComparison.OrdinalIgnoreCase)))?.Key
            ?? columns.FirstOrDefault(c => c.Fields.Any(f => string.Equals(f, root, StringComparison.OrdinalIgnoreCase)))?.Key
            ?? field;
    }

    private T? Refused<T>(string key, string textKey, params object[] args) where T : struct
    {
        Problem(key, Resources.Text.Format(textKey, args));
        return null;
    }

    private decimal? Refused(string key, string textKey, params object[] args) => Refused<decimal>(key, textKey, args);
}
