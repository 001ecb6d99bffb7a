using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Federation.Platform.Telemetry;

/// <summary>
/// Who may read /metrics: a caller from an allowed address or network (loopback when none is
/// listed), or one sending the configured bearer token. The figures name modules and volumes, so
/// any other caller is refused.
/// </summary>
internal sealed class MetricsAccess
{
    private readonly IReadOnlyList<IPNetwork> allowed;
    private readonly byte[]? tokenHash;

    public MetricsAccess(MetricsOptions options)
    {
        allowed = options.AllowedAddresses.Where(a => !string.IsNullOrWhiteSpace(a)).Select(Network).ToList();
        tokenHash = string.IsNullOrEmpty(options.Token) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(options.Token));
    }

    public bool Allows(IPAddress? remote, string? authorization) => TokenMatches(authorization) || AddressAllowed(remote);

    private bool AddressAllowed(IPAddress? remote)
    {
        if (remote is null) return false;
        if (remote.IsIPv4MappedToIPv6) remote = remote.MapToIPv4();
        return allowed.Count == 0 ? IPAddress.IsLoopback(remote) : allowed.Any(n => n.Contains(remote));
    }

    // Compared as hashes in fixed time, so the answer's timing tells nothing of the token.
    private bool TokenMatches(string? authorization)
    {
        const string scheme = "Bearer ";
        if (tokenHash is null || authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var sent = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(sent, tokenHash);
    }

    /// <summary>A listed address is a network of one; a mistyped entry stops the host at start rather than letting anyone in.</summary>
    private static IPNetwork Network(string entry)
    {
        var text = entry.Trim();
        if (IPNetwork.TryParse(text, out var network)) return network;
        if (IPAddress.TryParse(text, out var address))
        {
            if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
            return new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        }
        throw new InvalidOperationException($"Telemetry:Metrics:AllowedAddresses holds \"{text}\", which is neither an address nor a network such as 10.0.0.0/24.");
    }
}
