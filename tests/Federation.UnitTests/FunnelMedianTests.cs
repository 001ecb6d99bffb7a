using Federation.Scorecard.Figures;

namespace Federation.UnitTests;

/// <summary>The median the funnel's days in stage use, checked against its definition on random samples.</summary>
public sealed class FunnelMedianTests
{
    [Fact]
    public void The_middle_has_as_many_values_at_or_below_it_as_at_or_above_it()
    {
        var random = new Random(22);
        for (var run = 0; run < 500; run++)
        {
            var values = Enumerable.Range(0, random.Next(1, 40)).Select(_ => (long)random.Next(0, 400)).ToList();

            var middle = FactCells.Middle(values);

            middle.Should().BeInRange(values.Min(), values.Max());
            (values.Count(v => v <= middle) * 2).Should().BeGreaterThanOrEqualTo(values.Count);
            (values.Count(v => v >= middle) * 2).Should().BeGreaterThanOrEqualTo(values.Count);
            FactCells.Middle(values.OrderByDescending(v => v)).Should().Be(middle, "the order the stays arrive in does not matter");
        }
    }

    [Fact]
    public void An_even_count_takes_the_mean_of_the_two_middle_values()
    {
        FactCells.Middle([30, 5]).Should().Be(17.5m);
        FactCells.Middle([10, 20, 90]).Should().Be(20);
    }
}
