using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Federation.Platform.Webhooks;

/// <summary>
/// The signature a receiver checks: HMAC-SHA256 with the subscription's secret over
/// "{unix seconds}.{body}", sent as <c>X-Federation-Signature: t={unix seconds},v1={hex}</c>. The time
/// is inside what is signed, so a receiver that refuses old timestamps cannot be replayed to.
/// </summary>
internal static class WebhookSignature
{
    public const string Header = "X-Federation-Signature";

    public static string For(string secret, long unixSeconds, string body)
    {
        var t = unixSeconds.ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(t + "." + body));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>A new secret: 32 random bytes, shown to the admin once when the subscription is made.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
