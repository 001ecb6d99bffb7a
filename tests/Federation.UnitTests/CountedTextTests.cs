using Federation.Kernel.Web;

namespace Federation.UnitTests;

public sealed class CountedTextTests
{
    [Theory]
    [InlineData(0, "0 items")]
    [InlineData(1, "1 item")]
    [InlineData(2, "2 items")]
    [InlineData(1200, "1,200 items")]
    public void An_english_count_takes_the_singular_for_one_only(long count, string shown) =>
        Display.Counted("{0} item|{0} items", count).Should().Be(shown);

    [Fact]
    public void A_chinese_count_has_one_form() =>
        Display.Counted("{0} 个", 1).Should().Be("1 个");

    [Fact]
    public void Further_values_follow_the_count() =>
        Display.Counted("{0} record found for “{1}”.|{0} records found for “{1}”.", 3, "中山").Should().Be("3 records found for “中山”.");
}
