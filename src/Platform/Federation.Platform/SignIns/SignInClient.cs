namespace Federation.Platform.SignIns;

/// <summary>Where an attempt to sign in comes from: the connection's address and the browser's User-Agent, cut to fit.</summary>
internal sealed record SignInClient(string Address, string Device)
{
    public static SignInClient Of(HttpContext http) => new(
        Cut(http.Connection.RemoteIpAddress?.ToString() ?? "", SignInRecord.AddressLength),
        Cut(http.Request.Headers.UserAgent.ToString(), SignInRecord.DeviceLength));

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
