using System.Globalization;
using Federation.Platform.Resources;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Platform.Throttling;

/// <summary>
/// The one way a refused attempt is answered: 429 with Retry-After; the API as a problem document,
/// a page through the shell's status page (/status/429), which reads the same header.
/// </summary>
internal static class TooManyAttempts
{
    public static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    public static void Mark(HttpContext http, TimeSpan retryAfter)
    {
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);
    }

    public static ProblemDetails Problem(TimeSpan retryAfter, string? field, string? message = null)
    {
        var seconds = Seconds(retryAfter);
        message ??= string.Format(PlatformText.Get("TooManyAttempts"), seconds);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests, Title = "Too many attempts", Detail = message,
            Extensions = { ["retryAfterSeconds"] = seconds },
        };
        if (field is not null) problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        return problem;
    }

    /// <summary>For an endpoint that found the limit itself (a per-account one).</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Result(HttpContext http, TimeSpan retryAfter, string? field, string? message = null)
    {
        Mark(http, retryAfter);
        return TypedResults.Problem(Problem(retryAfter, field, message));
    }
}
