using Federation.Kernel.PersonalData;

namespace Federation.UnitTests;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData(PersonalDataKind.Phone, "13812345678", "138****5678")]
    [InlineData(PersonalDataKind.Phone, "0760-88888888", "076******8888")]
    [InlineData(PersonalDataKind.Email, "zhang.san@example.com", "z***@example.com")]
    [InlineData(PersonalDataKind.IdNumber, "442000199001011234", "4420**********1234")]
    [InlineData(PersonalDataKind.Address, "广东省中山市石岐区孙文中路1号", "广东省中山**********")]
    [InlineData(PersonalDataKind.Contact, "chen@example.org", "c***@example.org")]
    [InlineData(PersonalDataKind.Contact, "13812345678", "138****5678")]
    [InlineData(PersonalDataKind.Phone, "12345", "12*45")]
    [InlineData(PersonalDataKind.Phone, "1", "*")]
    public void A_value_is_masked_as_chinese_services_print_it(PersonalDataKind kind, string value, string masked) =>
        PersonalDataMask.Of(kind, value).Should().Be(masked);

    [Fact]
    public void Nothing_recorded_stays_nothing()
    {
        PersonalDataMask.Of(PersonalDataKind.Phone, null).Should().BeNull();
        PersonalDataMask.Of(PersonalDataKind.Phone, " ").Should().Be(" ");
    }

    [Fact]
    public void Sending_back_what_was_shown_keeps_the_stored_value_and_anything_else_replaces_it()
    {
        PersonalDataMask.Kept("138****5678", "13812345678", "138****5678").Should().Be("13812345678");
        PersonalDataMask.Kept(null, "13812345678", null).Should().Be("13812345678", "a withheld value sent back empty stays");
        PersonalDataMask.Kept("13900001111", "13812345678", "138****5678").Should().Be("13900001111");
        PersonalDataMask.Kept(null, "13812345678", "138****5678").Should().BeNull("clearing a shown value clears it");
    }
}
