using Federation.Kernel.Geography;

namespace Federation.UnitTests;

public sealed class CountryOrRegionTests
{
    [Theory]
    [InlineData("HK", "中国香港")]
    [InlineData("MO", "中国澳门")]
    [InlineData("TW", "中国台湾")]
    public void Hong_Kong_Macao_and_Taiwan_are_regions_of_China(string code, string name)
    {
        var found = CountryOrRegion.Find(code)!;
        found.IsRegion.Should().BeTrue();
        found.NameZh.Should().Be(name);
    }

    [Theory]
    [InlineData("US", "美国")]
    [InlineData("RU", "俄罗斯")]
    public void Countries_carry_their_Chinese_names(string code, string name)
    {
        var found = CountryOrRegion.Find(code)!;
        found.IsRegion.Should().BeFalse();
        found.NameZh.Should().Be(name);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("us")]
    [InlineData("USA")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_or_miscased_codes_are_not_known(string? code) => CountryOrRegion.IsKnown(code).Should().BeFalse();

    [Fact]
    public void The_list_holds_every_ISO_3166_1_code() => CountryOrRegion.All.Should().HaveCount(249);
}
