using System.Net;
using System.Net.Http.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Forms;

/// <summary>A stored town reads in the page's language, as the pick-lists offer it: 南朗 is Nanlang in the English UI.</summary>
public sealed class TownNameTests
{
    [Fact]
    public async Task A_list_and_a_record_show_the_town_by_its_english_name_in_the_english_ui()
    {
        using var factory = new FederationFactory();
        var admin = await factory.Admin();
        (await admin.PostAsJsonAsync("/api/admin/places/towns", new { name = "南朗", nameEn = "Nanlang", aliases = new[] { "南朗街道" } }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var order = TradeRequests.Order(town: "南朗街道");
        var created = await (await admin.PostAsJsonAsync("/api/trade/orders", order)).ShouldBe(HttpStatusCode.Created);
        var pages = await PageClient.Admin(factory);

        var english = await pages.Get($"/trade/orders/{created.Id()}?culture=en");
        english.Document.QuerySelector("[data-testid='town']")!.TextContent.Trim().Should().Be("Nanlang");

        var chinese = await pages.Get($"/trade/orders/{created.Id()}?culture=zh-CN");
        chinese.Document.QuerySelector("[data-testid='town']")!.TextContent.Trim().Should().Be("南朗");
    }
}
