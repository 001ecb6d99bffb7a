using System.Globalization;
using CsCheck;
using Federation.Kernel.Figures;
using Federation.Kernel.Kpis;

namespace Federation.UnitTests;

/// <summary>Figures as reports state them: how qualifiers add up and how they read back.</summary>
public sealed class StatedFigureTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly Gen<StatedFigure> Figure =
        from value in Gen.Int[0, 1_000_000]
        from qualifier in Gen.Enum<Qualifier>()
        from extra in Gen.Int[1, 1000]
        select qualifier == Qualifier.Range ? new StatedFigure(value, qualifier, value + extra) : new StatedFigure(value, qualifier);

    [Fact]
    public void Any_mix_of_parts_adds_up_to_the_weakest_qualifier_with_the_bottoms_and_tops_summed()
    {
        Figure.Array[1, 8].Sample(parts =>
        {
            var total = parts.Aggregate(StatedFigure.Zero, (sum, part) => sum + part);

            total.Qualifier.Should().Be(parts.Max(p => p.Qualifier));
            total.Value.Should().Be(parts.Sum(p => p.Value));
            if (total.Qualifier == Qualifier.Range) total.Top.Should().Be(parts.Sum(p => p.Top));
            else total.UpTo.Should().BeNull();
        });
    }

    [Fact]
    public void The_order_of_the_parts_does_not_change_the_total()
    {
        Gen.Select(Figure, Figure, Figure).Sample((a, b, c) => ((a + b) + c).Should().Be(a + (b + c)).And.Be(c + b + a));
    }

    [Theory]
    [InlineData(Qualifier.Exact, "5")]
    [InlineData(Qualifier.AtLeast, "200多")]
    [InlineData(Qualifier.About, "约200")]
    public void Counts_read_back_as_chinese_reports_write_them(Qualifier qualifier, string shown)
    {
        var value = qualifier == Qualifier.Exact ? 5 : 200;
        KpiDisplay.Show(KpiUnit.Count, new StatedFigure(value, qualifier), Chinese).Should().Be(shown);
    }

    [Fact]
    public void Money_reads_back_with_chao_guo_yue_and_ranges_in_both_languages()
    {
        using var _ = new UiCulture(Chinese);
        KpiDisplay.Show(KpiUnit.Yuan, new StatedFigure(10_000_000_000m, Qualifier.AtLeast), Chinese).Should().Be("超过100亿元");
        KpiDisplay.Show(KpiUnit.Yuan, new StatedFigure(1_500_000_000m, Qualifier.About), Chinese).Should().Be("约15亿元");
        KpiDisplay.Show(KpiUnit.Yuan, new StatedFigure(1_000_000_000m, Qualifier.Range, 2_000_000_000m), Chinese).Should().Be("10亿元至20亿元");
        using var __ = new UiCulture(English);
        KpiDisplay.Show(KpiUnit.Yuan, new StatedFigure(10_000_000_000m, Qualifier.AtLeast), English).Should().Be("more than 10 billion yuan");
        KpiDisplay.Show(KpiUnit.Yuan, new StatedFigure(1_500_000_000m, Qualifier.About), English).Should().Be("about 1.5 billion yuan");
        KpiDisplay.Show(KpiUnit.Count, new StatedFigure(200, Qualifier.AtLeast), English).Should().Be("more than 200");
    }

    [Fact]
    public void A_rate_carries_no_qualifier()
    {
        KpiDisplay.Show(KpiUnit.Percent, new StatedFigure(0.5m, Qualifier.AtLeast), Chinese).Should().Be("50%");
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo previous = CultureInfo.CurrentUICulture;

        public UiCulture(CultureInfo culture) => CultureInfo.CurrentUICulture = culture;

        public void Dispose() => CultureInfo.CurrentUICulture = previous;
    }
}
