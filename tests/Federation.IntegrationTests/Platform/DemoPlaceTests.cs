using System.Net;
using Federation.IntegrationTests.Infrastructure;
using Federation.IntegrationTests.Scorecard;
using Federation.Kernel.Geography;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.IntegrationTests.Platform;

/// <summary>The demo loads Zhongshan's towns, and every town its records name is one of them.</summary>
[Collection(Demo2023.Name)]
public sealed class DemoPlaceTests(DemoFederation demo)
{
    [Fact]
    public async Task The_demo_lists_Zhongshans_towns_in_order_with_their_aliases_and_areas()
    {
        var towns = await (await demo.Admin.GetAsync("/api/places")).ShouldBe(HttpStatusCode.OK);

        var names = towns.EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        names.Should().HaveCount(24);
        names.Take(7).Should().Equal("石岐", "东区", "西区", "南区", "五桂山", "火炬开发区", "翠亨新区");
        names.Should().Contain(["小榄", "古镇", "黄圃", "坦洲", "神湾"]);
        towns[0].GetProperty("nameEn").GetString().Should().Be("Shiqi");

        (await Match("石岐区", null)).Should().Be(new PlaceMatch("石岐", null, true, false, false));
        (await Match("中山港街道", "中山科技城")).Should().Be(new PlaceMatch("火炬开发区", "中山科技城", true, true, false));
        (await Match("翠亨", "马鞍岛")).Should().Be(new PlaceMatch("翠亨新区", "马鞍岛", true, true, false));
        (await Match("东区街道", "岐江新城")).Should().Be(new PlaceMatch("东区", "岐江新城", true, true, false));
    }

    [Fact]
    public async Task Every_town_the_demos_records_name_is_a_known_town()
    {
        // The scorecard's breakdown by town gathers the town of every counted record of every work line.
        var scorecard = await Eventually.Within(TimeSpan.FromSeconds(120), () => ScorecardRequests.Read(demo.Admin, "/api/scorecard/2023"),
            s => DomainFiguresTests.Settled(ScorecardRequests.Kpis(s)));
        var named = scorecard.GetProperty("breakdowns").GetProperty("byTown").EnumerateArray()
            .Select(r => r.GetProperty("key").GetString()).OfType<string>().ToList();
        var organisations = await (await demo.Admin.GetAsync("/api/admin/organisations")).ShouldBe(HttpStatusCode.OK);
        named.AddRange(organisations.EnumerateArray().Select(o => o.GetProperty("town").GetString()).OfType<string>());

        named.Should().Contain(["石岐", "黄圃", "翠亨新区"]);
        foreach (var town in named.Distinct())
            (await Match(town, null)).Should().Be(new PlaceMatch(town, null, true, false, false), "the demo names {0} as a town", town);
    }

    private async Task<PlaceMatch> Match(string town, string? area)
    {
        using var scope = demo.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IPlaceDirectory>().Match(town, area, CancellationToken.None);
    }
}
