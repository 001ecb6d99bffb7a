using Federation.Kernel.Validation;
using Federation.Platform.Resources;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Federation.Platform.Webhooks;

/// <summary>A subscription as an admin writes it; <see cref="OrganisationId"/> defaults to the admin's own, <see cref="Version"/> is needed to change one.</summary>
internal sealed record SubscriptionRequest(string? Url, string? Description, IReadOnlyList<string>? EventTypes, Guid? OrganisationId, int? Version);

internal sealed class SubscriptionValidator : AbstractValidator<SubscriptionRequest>
{
    public SubscriptionValidator(WebhookCatalog catalog, IOptions<WebhookOptions> options)
    {
        RuleFor(r => r.Url).RequiredText(WebhookSubscription.UrlLength)
            .Must(url => Receiver(url, options.Value.AllowHttp)).WithMessage(_ => PlatformText.Get(options.Value.AllowHttp ? "Webhooks.UrlHttp" : "Webhooks.UrlHttps"));
        RuleFor(r => r.Description).RequiredText(WebhookSubscription.DescriptionLength);
        RuleFor(r => r.EventTypes).NotEmpty().WithMessage(_ => PlatformText.Get("Webhooks.ChooseEvents"));
        RuleForEach(r => r.EventTypes).Must(catalog.Offers).WithMessage((_, key) => PlatformText.Format("Webhooks.UnknownEvent", key ?? ""));
    }

    private static bool Receiver(string? url, bool allowHttp) =>
        url is null || (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && string.IsNullOrEmpty(uri.UserInfo)
            && (uri.Scheme == Uri.UriSchemeHttps || (allowHttp && uri.Scheme == Uri.UriSchemeHttp)));
}
