using Microsoft.AspNetCore.Mvc;

namespace Federation.Host.Web;

/// <summary>
/// A refusal written by middleware before any endpoint runs, in the same shape the exception
/// handler gives every other refusal: a problem document whose <c>errors</c> name the field.
/// </summary>
internal static class FieldProblem
{
    public static async Task Write(HttpContext http, int status, string title, string field, string message)
    {
        http.Response.StatusCode = status;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = status, Title = title, Detail = message,
                Extensions = { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } },
            },
        });
    }
}
