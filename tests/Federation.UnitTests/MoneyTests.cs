using System.Globalization;
using Federation.Kernel.Money;

namespace Federation.UnitTests;

public sealed class MoneyTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("0.01", 1L)]
    [InlineData("123.45", 12345L)]
    [InlineData("5600000000", 560000000000L)]
    [InlineData("1000000000000", 100000000000000L)]
    public void Yuan_with_at_most_two_decimals_convert_exactly_to_fen(string yuan, long fen) =>
        Money.FromYuan(decimal.Parse(yuan, CultureInfo.InvariantCulture)).Fen.Should().Be(fen);

    [Fact]
    public void A_fraction_of_a_fen_is_refused_rather_than_rounded() =>
        FluentActions.Invoking(() => Money.FromYuan(0.001m)).Should().Throw<ArgumentException>();

    [Fact]
    public void More_than_a_trillion_yuan_is_refused() =>
        FluentActions.Invoking(() => Money.FromYuan(1_000_000_000_000.01m)).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData("-1", false)]
    [InlineData("0.001", false)]
    [InlineData("10000000000000", false)]
    [InlineData("0", true)]
    [InlineData("99.99", true)]
    public void Valid_amounts_are_non_negative_exact_to_the_fen_and_bounded(string yuan, bool valid) =>
        Money.IsValidAmount(decimal.Parse(yuan, CultureInfo.InvariantCulture)).Should().Be(valid);

    [Theory]
    [InlineData(961200000000L, "96.12亿元")]
    [InlineData(560000000000L, "56亿元")]
    [InlineData(15000000000L, "1.5亿元")]
    [InlineData(5600000000L, "5600万元")]
    [InlineData(1234500L, "1.23万元")]
    [InlineData(80000L, "800元")]
    [InlineData(12L, "0.12元")]
    public void Chinese_display_uses_yi_and_wan_like_the_annual_report(long fen, string shown) =>
        new Money(fen).ToDisplay(Chinese).Should().Be(shown);

    [Theory]
    [InlineData(961200000000L, "9.612 billion yuan")]
    [InlineData(35000000000L, "350 million yuan")]
    [InlineData(1200000000000L, "12 billion yuan")]
    [InlineData(8000000L, "80,000 yuan")]
    [InlineData(3500000L, "35,000 yuan")]
    [InlineData(5600000000L, "56 million yuan")]
    [InlineData(100000000L, "1 million yuan")]
    [InlineData(99999999L, "999,999.99 yuan")]
    [InlineData(150000000000L, "1.5 billion yuan")]
    [InlineData(12L, "0.12 yuan")]
    public void English_display_reads_billions_and_millions(long fen, string shown) =>
        new Money(fen).ToDisplay(English).Should().Be(shown);

    [Fact]
    public void Sums_are_exact_where_floating_point_would_drift()
    {
        var total = Enumerable.Repeat(Money.FromYuan(0.10m), 10).Aggregate(Money.Zero, (a, b) => a + b);
        total.Should().Be(Money.FromYuan(1.00m));
    }
}
