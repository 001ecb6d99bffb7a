using System.Globalization;
using Federation.Kernel.Http;
using Federation.Scorecard.Resources;

namespace Federation.Scorecard.Figures;

/// <summary>The days a scorecard counts: a year, a quarter of one, or any range of whole days.</summary>
internal sealed record Period(DateOnly From, DateOnly To)
{
    private const int LongestRangeInDays = 366 * 10;

    public int? Year { get; private init; }
    public int? Quarter { get; private init; }

    public static Period Of(int year, int? quarter)
    {
        QueryValues.Year(year);
        if (quarter is null) return new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)) { Year = year };
        if (quarter is < 1 or > 4) throw new RequestRejectedException("quarter", ScorecardText.Get("Quarter"));
        var start = new DateOnly(year, (quarter.Value - 1) * 3 + 1, 1);
        return new(start, start.AddMonths(3).AddDays(-1)) { Year = year, Quarter = quarter };
    }

    public static Period Between(DateOnly? from, DateOnly? to)
    {
        if (from is null) throw new RequestRejectedException("from", Kernel.Resources.Text.Get("Required"));
        if (to is null) throw new RequestRejectedException("to", Kernel.Resources.Text.Get("Required"));
        QueryValues.Year(from.Value.Year, "from");
        QueryValues.Year(to.Value.Year, "to");
        if (to < from) throw new RequestRejectedException("to", Kernel.Resources.Text.Get("PeriodEndBeforeStart"));
        if (to.Value.DayNumber - from.Value.DayNumber > LongestRangeInDays)
            throw new RequestRejectedException("to", ScorecardText.Format("RangeTooLong", LongestRangeInDays / 366));
        return new(from.Value, to.Value);
    }

    /// <summary>Every month the period touches, as yyyyMM, in order.</summary>
    public IReadOnlyList<int> Months()
    {
        var months = new List<int>();
        for (var m = new DateOnly(From.Year, From.Month, 1); m <= To; m = m.AddMonths(1))
            months.Add(m.Year * 100 + m.Month);
        return months;
    }

    /// <summary>
    /// The part of a yearly target that falls in this period and in [start, end]: a quarter gets about
    /// a quarter. With no end (a programme still running) the target applies to every year from start.
    /// </summary>
    public decimal ShareOfYears(DateOnly start, DateOnly? end)
    {
        var share = 0m;
        for (var year = From.Year; year <= To.Year; year++)
        {
            var first = Max(Max(From, start), new DateOnly(year, 1, 1));
            var last = Min(Min(To, end ?? To), new DateOnly(year, 12, 31));
            if (last < first) continue;
            share += (decimal)(last.DayNumber - first.DayNumber + 1) / (DateTime.IsLeapYear(year) ? 366 : 365);
        }
        return share;
    }

    public string Label(CultureInfo culture) => (Year, Quarter) switch
    {
        ({ } y, null) => ScorecardText.Format("PeriodYear", y),
        ({ } y, { } q) => ScorecardText.Format("PeriodQuarter", y, ScorecardText.Get($"Quarter{q}")),
        _ => ScorecardText.Format("PeriodRange", From.ToString("yyyy-MM-dd", culture), To.ToString("yyyy-MM-dd", culture)),
    };

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
