using System.Net;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Webhooks;

/// <summary>The 事件推送 page: a subscription added with its secret shown once, its state and delivery log, in the admin's menu.</summary>
public sealed class WebhookPageTests
{
    [Fact]
    public async Task An_admin_adds_a_subscription_on_the_page_sees_its_secret_once_and_a_bad_address_is_refused_at_the_field()
    {
        using var factory = new FederationFactory();
        var pages = await PageClient.Admin(factory);
        var page = await pages.Get("/admin/webhooks");
        page.Status.Should().Be(HttpStatusCode.OK);
        page.Text.Should().Contain("事件推送");
        page.Document.QuerySelector("a.dropdown-item[href='/admin/webhooks']").Should().NotBeNull("the menu offers the page");
        page.Document.QuerySelector("[data-testid=no-webhooks]").Should().NotBeNull();
        page.Document.QuerySelectorAll("[data-testid=event-type]").Select(e => e.GetAttribute("data-key"))
            .Should().Contain(["investment.project-stage-reached", "enterprises.concern-resolved", "trade.order-won"]);

        var refused = await pages.Submit(page.Document, "[data-testid=add-webhook-form]",
            ("Description", "对接系统"), ("Url", "http://receiver.example/hooks"), ("EventTypes", "trade.order-won"));
        refused.Document.QuerySelector("[data-testid=error-Url]")!.TextContent.Should().Contain("https://");
        refused.Document.QuerySelector("[data-testid=webhook-row]").Should().BeNull("nothing is kept from a refused form");

        var added = await pages.Submit(page.Document, "[data-testid=add-webhook-form]",
            ("Description", "对接系统"), ("Url", "https://receiver.example/hooks"), ("EventTypes", "trade.order-won"), ("EventTypes", "enterprises.concern-resolved"));
        added.Document.QuerySelector("[data-testid=webhook-secret]")!.TextContent.Should().StartWith("whsec_");
        var row = added.Document.QuerySelector("[data-testid=webhook-row]")!;
        row.TextContent.Should().Contain("赢得海外订单").And.Contain("企业诉求已解决").And.Contain("推送中");
        added.Document.QuerySelector("[data-testid=delivery-log]").Should().NotBeNull("the new subscription is shown with its log");
        added.Document.QuerySelector("[data-testid=remove-webhook]")!.GetAttribute("data-confirm").Should().Contain("对接系统").And.Contain("无法撤销");

        var later = await pages.Get("/admin/webhooks");
        later.Text.Should().NotContain("whsec_", "the secret is shown once, when it is made");
        var paused = await pages.Submit(later.Document, "[data-testid=webhook-row] form[action*='handler=Pause']");
        paused.Document.QuerySelector("[data-testid=webhook-paused]").Should().NotBeNull();
    }
}
