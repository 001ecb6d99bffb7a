using System.Net;
using Federation.Platform.Pages.Admin.Status;
using Federation.Platform.Telemetry;

namespace Federation.IntegrationTests.Telemetry;

/// <summary>Who may scrape, and how the status page writes a span; no host needed.</summary>
public sealed class MetricsAccessTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.5", false)]
    public void With_nothing_listed_only_loopback_may_scrape(string address, bool allowed) =>
        new MetricsAccess(new MetricsOptions()).Allows(IPAddress.Parse(address), null).Should().Be(allowed);

    [Theory]
    [InlineData("10.1.2.3", true)]
    [InlineData("::ffff:10.1.2.200", true)]
    [InlineData("10.1.3.1", false)]
    [InlineData("192.168.7.9", true)]
    [InlineData("192.168.7.10", false)]
    [InlineData("127.0.0.1", false)]
    public void Listed_addresses_and_networks_are_the_ones_that_may(string address, bool allowed) =>
        new MetricsAccess(new MetricsOptions { AllowedAddresses = ["10.1.2.0/24", " 192.168.7.9 "] })
            .Allows(IPAddress.Parse(address), null).Should().Be(allowed);

    [Theory]
    [InlineData("Bearer s3cret-token", true)]
    [InlineData("bearer s3cret-token", true)]
    [InlineData("Bearer s3cret-token2", false)]
    [InlineData("Basic s3cret-token", false)]
    [InlineData("s3cret-token", false)]
    [InlineData(null, false)]
    public void The_token_lets_in_from_anywhere(string? authorization, bool allowed) =>
        new MetricsAccess(new MetricsOptions { Token = "s3cret-token" }).Allows(IPAddress.Parse("203.0.113.1"), authorization).Should().Be(allowed);

    [Fact]
    public void No_token_configured_lets_no_bearer_in_and_no_address_is_no_entry()
    {
        var access = new MetricsAccess(new MetricsOptions());
        access.Allows(IPAddress.Parse("203.0.113.1"), "Bearer ").Should().BeFalse();
        access.Allows(null, null).Should().BeFalse();
    }

    [Fact]
    public void A_mistyped_entry_is_refused_rather_than_ignored()
    {
        var create = () => new MetricsAccess(new MetricsOptions { AllowedAddresses = ["10.0.0.0/33"] });
        create.Should().Throw<InvalidOperationException>().WithMessage("*10.0.0.0/33*");
    }

    [Theory]
    [InlineData(0.34, "Status.Seconds", "0.3")]
    [InlineData(42, "Status.Seconds", "42")]
    [InlineData(185, "Status.Minutes", "3|5")]
    [InlineData(7260, "Status.Hours", "2|1")]
    [InlineData(3 * 86400 + 4 * 3600 + 59, "Status.Days", "3|4")]
    [InlineData(-5, "Status.Seconds", "0.0")]
    public void A_span_reads_in_at_most_two_units(double seconds, string key, string figures)
    {
        var (shownKey, shown) = IndexModel.Duration(TimeSpan.FromSeconds(seconds));
        shownKey.Should().Be(key);
        string.Join("|", shown).Should().Be(figures);
    }
}
