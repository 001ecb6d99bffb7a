using System.Text.Json;
using System.Text.RegularExpressions;
using Federation.Kernel.Http;
using Federation.Kernel.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Federation.Kernel.Resources;

namespace Federation.Host.Http;

/// <summary>
/// Turns everything a client can get wrong into a problem document naming the field: bad JSON,
/// wrong types, unknown enum names, query values that do not parse, rule violations, stale
/// versions. Only a real fault of ours remains a 500.
/// </summary>
internal sealed partial class ClientErrorHandler(IProblemDetailsService problems, ILogger<ClientErrorHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title, field, message) = Classify(exception);
        if (status == StatusCodes.Status500InternalServerError)
        {
            // The exception handler has already pointed the request at the error page (/status/500);
            // what the client asked for is kept in the feature.
            var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path.Value;
            logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, path);
            // Pages fall through to the friendly error page; the API answers with a problem document.
            if (!new PathString(path).StartsWithSegments("/api")) return false;
            http.Response.StatusCode = status;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails { Status = status, Title = "An unexpected error occurred; it has been logged." },
            });
        }
        http.Response.StatusCode = status;
        var details = new ProblemDetails { Status = status, Title = title, Detail = message };
        if (field is not null) details.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        if (exception is StaleVersionException stale) details.Extensions["currentVersion"] = stale.Current;
        if (exception is PermissionMissingException missing) details.Extensions["missingPermission"] = missing.Permission;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    /// <summary>
    /// Names the body of a request refused for its media type (415). Routing refuses such a
    /// request itself, before any handler runs, so the field is added where every problem
    /// document is written rather than in <see cref="Classify"/>.
    /// </summary>
    public static void NameTheBodyOfAnUnsupportedMediaType(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status != StatusCodes.Status415UnsupportedMediaType || problem.Extensions.ContainsKey("errors")) return;
        problem.Title = TitleFor(StatusCodes.Status415UnsupportedMediaType);
        problem.Extensions["errors"] = new Dictionary<string, string[]> { ["body"] = ["Send the body as JSON, with Content-Type: application/json."] };
    }

    private static (int Status, string Title, string? Field, string Message) Classify(Exception exception) => exception switch
    {
        RequestRejectedException rejected => (rejected.StatusCode, TitleFor(rejected.StatusCode), rejected.Field, rejected.Message),
        StaleVersionException stale => (409, "The record has changed", "version", stale.Message),
        DbUpdateConcurrencyException => (409, "The record has changed", "version",
            Text.Get("ConcurrentChange")),
        BadHttpRequestException { InnerException: JsonException json } => (400, "The request body is not valid JSON for this endpoint",
            FieldOf(json.Path), Describe(json)),
        BadHttpRequestException bad when BindFailure().Match(bad.Message) is { Success: true } m =>
            (400, "A parameter has the wrong format", Camel(m.Groups["name"].Value), $"The value \"{m.Groups["value"].Value}\" is not valid here."),
        BadHttpRequestException bad when MissingParameter().Match(bad.Message) is { Success: true } m =>
            (400, "A parameter is missing", Camel(m.Groups["name"].Value), "This parameter is required."),
        BadHttpRequestException bad when bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase) && bad.StatusCode == 400 =>
            (400, "A request body is required", "body", bad.Message),
        BadHttpRequestException bad => (bad.StatusCode, TitleFor(bad.StatusCode), null, bad.Message),
        // Reading a JSON body throws this, not a BadHttpRequestException, when its Content-Type names a charset
        // .NET does not know or has switched off (utf-7): the client's mistake about the media type.
        InvalidOperationException unknownCharset when unknownCharset.TargetSite?.DeclaringType == typeof(HttpRequestJsonExtensions) =>
            (415, TitleFor(415), "body", "The Content-Type names a character set the server does not know; send the body as UTF-8 JSON."),
        _ => (500, "", null, ""),
    };

    private static string TitleFor(int status) => status switch
    {
        400 => "The request is not valid",
        403 => "Not allowed for your organisation",
        404 => "Not found",
        409 => "The change conflicts with the record's current state",
        413 => "The request is too large",
        415 => "Send the body as application/json",
        _ => "The request was refused",
    };

    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "body";
        var trimmed = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return trimmed.Length == 0 ? "body" : trimmed;
    }

    private static string Describe(JsonException json)
    {
        var message = json.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal)) return "This field is not part of the request.";
        if (message.Contains("could not be converted", StringComparison.Ordinal)) return "The value has the wrong type or an unknown name.";
        // Not just "depth": a document cut short is reported as "Expected depth to be zero at the end".
        if (message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase)) return "The JSON is nested too deeply.";
        return "The JSON is malformed here.";
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex("Failed to bind parameter \"(?:[^\"]*\\s)?(?<name>\\w+)\" from \"(?<value>[^\"]*)\"")]
    private static partial Regex BindFailure();

    [GeneratedRegex("Required parameter \"(?:[^\"]*\\s)?(?<name>\\w+)\" was not provided")]
    private static partial Regex MissingParameter();
}
