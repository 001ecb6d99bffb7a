using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Federation.Platform.Throttling;

/// <summary>
/// ASP.NET Core's rate limiter, per client address: the sign-in and password-change posts (named
/// policies on their endpoints and pages) and every request carrying an API token (the global
/// limiter, also per token). It runs before authentication, so a guessed token costs a permit.
/// </summary>
internal static class RequestLimits
{
    public const string SignIn = "sign-in";
    public const string PasswordChange = "password-change";

    public static void Add(IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        services.AddSingleton<AccountThrottle>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, configured) =>
        {
            var limits = configured.Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignIn, http => PostsPerAddress(http, SignIn, limits.SignInPerAddress, limits.Window));
            o.AddPolicy(PasswordChange, http => PostsPerAddress(http, PasswordChange, limits.PasswordChangePerAddress, limits.Window));
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => BearerToken(http) is null
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetFixedWindowLimiter("token-address|" + Address(http),
                        _ => AccountThrottle.Window(limits.TokenRequestsPerAddress, limits.Window))),
                PartitionedRateLimiter.Create<HttpContext, string>(http => BearerToken(http) is not { } token
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetFixedWindowLimiter("token|" + Fingerprint(token),
                        _ => AccountThrottle.Window(limits.TokenRequestsPerToken, limits.Window))));
            o.OnRejected = (context, _) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limits.Window;
                var http = context.HttpContext;
                TooManyAttempts.Mark(http, retry);
                // Pages answer through the status-code pages, which re-execute /status/429.
                if (!http.Request.Path.StartsWithSegments("/api")) return ValueTask.CompletedTask;
                return http.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = TooManyAttempts.Problem(retry, null) });
            };
        });
    }

    private static RateLimitPartition<string> PostsPerAddress(HttpContext http, string kind, int permits, TimeSpan window) =>
        HttpMethods.IsPost(http.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(kind + "|" + Address(http), _ => AccountThrottle.Window(permits, window))
            : RateLimitPartition.GetNoLimiter("");

    /// <summary>The connection's address; behind a proxy every client shares the proxy's (docs/security.md).</summary>
    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress is { } ip
        ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString()
        : IPAddress.None.ToString();

    private static string? BearerToken(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    // Partitions are kept in memory for a while: hold a hash of the token, not the secret.
    private static string Fingerprint(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
