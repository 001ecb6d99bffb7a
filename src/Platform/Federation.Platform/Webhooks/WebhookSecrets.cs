namespace Federation.Platform.Webhooks;

/// <summary>The data-protection purpose the signing secrets are encrypted under.</summary>
internal static class WebhookSecrets
{
    public const string Purpose = "Federation.Platform.Webhooks";
}
