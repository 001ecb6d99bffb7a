using Federation.Kernel.Http;
using Federation.Scorecard.Figures;

namespace Federation.UnitTests;

public sealed class PeriodTests
{
    [Theory]
    [InlineData(1, "2023-01-01", "2023-03-31")]
    [InlineData(2, "2023-04-01", "2023-06-30")]
    [InlineData(3, "2023-07-01", "2023-09-30")]
    [InlineData(4, "2023-10-01", "2023-12-31")]
    public void A_quarter_runs_from_its_first_to_its_last_day(int quarter, string from, string to)
    {
        var period = Period.Of(2023, quarter);

        period.From.Should().Be(DateOnly.Parse(from));
        period.To.Should().Be(DateOnly.Parse(to));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void A_quarter_outside_one_to_four_is_refused_naming_the_field(int quarter)
    {
        var refused = () => Period.Of(2023, quarter);

        refused.Should().Throw<RequestRejectedException>().Which.Field.Should().Be("quarter");
    }

    [Fact]
    public void A_range_ending_before_it_starts_is_refused_naming_to()
    {
        var refused = () => Period.Between(new DateOnly(2023, 5, 1), new DateOnly(2023, 4, 30));

        refused.Should().Throw<RequestRejectedException>().Which.Field.Should().Be("to");
    }

    [Fact]
    public void A_range_lists_every_month_it_touches_across_a_year_end()
    {
        Period.Between(new DateOnly(2023, 11, 15), new DateOnly(2024, 2, 1)).Months().Should().Equal(202311, 202312, 202401, 202402);
    }

    [Fact]
    public void A_yearly_target_is_shared_by_days_over_a_quarter_and_by_overlap_with_the_programme()
    {
        var wholeProgramme = (new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31));

        Period.Of(2023, null).ShareOfYears(wholeProgramme.Item1, wholeProgramme.Item2).Should().Be(1m);
        Period.Of(2023, 1).ShareOfYears(wholeProgramme.Item1, wholeProgramme.Item2).Should().Be(90m / 365);
        Period.Of(2023, null).ShareOfYears(new DateOnly(2023, 7, 1), new DateOnly(2023, 12, 31)).Should().Be(184m / 365);
        Period.Between(new DateOnly(2023, 1, 1), new DateOnly(2024, 12, 31)).ShareOfYears(wholeProgramme.Item1, wholeProgramme.Item2).Should().Be(2m);
    }

    [Fact]
    public void A_programme_with_no_end_has_its_yearly_target_in_every_year_from_its_start()
    {
        var start = new DateOnly(2023, 7, 1);

        Period.Of(2023, null).ShareOfYears(start, null).Should().Be(184m / 365, "it runs from July");
        Period.Of(2030, null).ShareOfYears(start, null).Should().Be(1m);
        Period.Of(2030, 2).ShareOfYears(start, null).Should().Be(91m / 365);
        Period.Of(2022, null).ShareOfYears(start, null).Should().Be(0m, "it had not begun");
    }
}
