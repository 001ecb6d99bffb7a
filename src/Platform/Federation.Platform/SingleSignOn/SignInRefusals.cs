namespace Federation.Platform.SingleSignOn;

/// <summary>The sign-in page's address for each way a sign-in through the provider ends without a session, and its message.</summary>
internal static class SignInRefusals
{
    public const string FailedPath = "/sign-in?refused=failed";

    public static string PathFor(OrganisationSignIn.Refusal refusal) => "/sign-in?refused=" + refusal switch
    {
        OrganisationSignIn.Refusal.AwaitingApproval => "pending",
        OrganisationSignIn.Refusal.Disabled => "disabled",
        _ => "unknown",
    };

    /// <summary>The resource key of the message for a <c>refused</c> value; null for one this site never sends.</summary>
    public static string? MessageKey(string? refused) => refused switch
    {
        "failed" => "SingleSignOn.Refused.Failed",
        "pending" => "SingleSignOn.Refused.Pending",
        "disabled" => "SingleSignOn.Refused.Disabled",
        "unknown" => "SingleSignOn.Refused.Unknown",
        _ => null,
    };
}
