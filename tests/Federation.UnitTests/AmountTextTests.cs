using Federation.Kernel.Money;

namespace Federation.UnitTests;

public sealed class AmountTextTests
{
    [Theory]
    [InlineData("1亿", 100_000_000)]
    [InlineData("5000万", 50_000_000)]
    [InlineData("1.2亿元", 120_000_000)]
    [InlineData("3,000万元", 30_000_000)]
    [InlineData("96.12亿元", 9_612_000_000)]
    [InlineData("800元", 800)]
    [InlineData("1,234.50", 1234.5)]
    [InlineData(" 5000 万 ", 50_000_000)]
    [InlineData("５０００万", 50_000_000)]
    [InlineData("1万亿", 1_000_000_000_000)]
    [InlineData("3，000万元", 30_000_000)]
    public void Reads_an_amount_as_staff_write_it(string text, decimal yuan)
    {
        AmountText.TryParse(text, out var value).Should().BeTrue();
        value.Should().Be(yuan);
    }

    [Theory]
    [InlineData("5000", 10_000, 50_000_000)]
    [InlineData("1.5", 100_000_000, 150_000_000)]
    [InlineData("2亿", 10_000, 200_000_000)]
    public void A_bare_number_takes_the_unit_chosen_and_a_written_unit_wins(string text, decimal unit, decimal yuan)
    {
        AmountText.TryParse(text, out var value, unit).Should().BeTrue();
        value.Should().Be(yuan);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("很多")]
    [InlineData("亿")]
    [InlineData("1亿5000万")]
    [InlineData("12abc")]
    public void Refuses_what_is_not_an_amount(string? text) =>
        AmountText.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData(5_600_000_000, 100_000_000, "56")]
    [InlineData(350_000, 10_000, "35")]
    [InlineData(800, 1, "800")]
    public void Shows_an_amount_in_the_unit_it_reads_best_in(decimal yuan, decimal unit, string shown)
    {
        AmountText.UnitFor(yuan).Should().Be(unit);
        AmountText.InUnit(yuan, unit).Should().Be(shown);
    }
}
