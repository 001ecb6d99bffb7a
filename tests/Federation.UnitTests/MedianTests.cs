using Federation.Kernel.Kpis;
using Federation.Scorecard.Figures;

namespace Federation.UnitTests;

/// <summary>The scorecard's median: the middle value per KPI and breakdown key, the mean of the two middles for an even count.</summary>
public sealed class MedianTests
{
    [Fact]
    public void Each_cell_gets_the_middle_of_its_own_samples()
    {
        var cells = new List<FactCell<string?>>
        {
            new("enterprises.days-to-resolve", "小榄", 0, 0, 3, 0, 0, 0, 0),
            new("enterprises.days-to-resolve", "黄圃", 0, 0, 4, 0, 0, 0, 0),
            new("enterprises.visits", "小榄", 0, 0, 5, 0, 0, 0, 0),
        };
        var samples = new List<MedianSample>
        {
            Sample("小榄", 30), Sample("小榄", 2), Sample("小榄", 10),
            Sample("黄圃", 1), Sample("黄圃", 8), Sample("黄圃", 4), Sample("黄圃", 100),
        };

        var withMedians = FactCells.WithMedians(cells, samples, s => s.Town);

        withMedians[0].Figure(KpiAggregation.Median).Should().Be(10);
        withMedians[1].Figure(KpiAggregation.Median).Should().Be(6, "the two middle values are 4 and 8");
        withMedians[2].Median.Should().Be(0, "a KPI without samples is left alone");
    }

    [Fact]
    public void A_half_day_median_is_kept()
    {
        var cells = new List<FactCell<int>> { new("enterprises.days-to-resolve", 0, 0, 0, 2, 0, 0, 0, 0) };
        FactCells.WithMedians(cells, [Sample("x", 1), Sample("x", 2)], _ => 0)[0].Median.Should().Be(1.5m);
    }

    private static MedianSample Sample(string town, int days) =>
        new("enterprises.days-to-resolve", 202303, town, null, null, "Enterprises", Guid.Empty, null, days * 100);
}
