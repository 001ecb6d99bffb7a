using Federation.Kernel.Persistence;

namespace Federation.Platform.KeyRing;

/// <summary>One key of the cookie and antiforgery key ring, as the XML ASP.NET Core writes. Key material: never audited.</summary>
[NotAudited]
internal sealed class DataProtectionKeyRow
{
    public int Id { get; init; }
    public string? FriendlyName { get; init; }
    public required string Xml { get; init; }
}
