using System.Globalization;
using Federation.Kernel.Geography;

namespace Federation.UnitTests;

public sealed class CountryPickListTests
{
    [Fact]
    public void Countries_carry_their_standard_chinese_names()
    {
        CountryOrRegion.Find("GT")!.NameZh.Should().Be("危地马拉");
        CountryOrRegion.Find("KH")!.NameZh.Should().Be("柬埔寨");
        CountryOrRegion.Find("KR")!.NameZh.Should().Be("韩国");
        CountryOrRegion.All.Should().NotContain(c => c.NameZh.Contains("瓜地") || c.NameZh.Contains("梵地"));
    }

    [Fact]
    public void The_chinese_pick_list_is_in_pinyin_order_and_the_english_one_alphabetical()
    {
        var zh = CountryOrRegion.Sorted(CultureInfo.GetCultureInfo("zh-CN")).Select(c => c.NameZh).ToList();
        zh.IndexOf("阿富汗").Should().BeLessThan(zh.IndexOf("巴西"));
        zh.IndexOf("巴西").Should().BeLessThan(zh.IndexOf("美国"));
        zh.IndexOf("美国").Should().BeLessThan(zh.IndexOf("中国"));
        var en = CountryOrRegion.Sorted(CultureInfo.GetCultureInfo("en")).Select(c => c.NameEn).ToList();
        en.Should().BeInAscendingOrder(StringComparer.Create(CultureInfo.GetCultureInfo("en"), false));
    }
}
