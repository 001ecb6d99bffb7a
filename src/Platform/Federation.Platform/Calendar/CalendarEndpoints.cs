using System.Globalization;
using Federation.Kernel.Calendar;
using Federation.Kernel.Identity;
using Federation.Kernel.Modules;
using FluentValidation;
using Federation.Kernel.Http;
using Federation.Platform.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Platform.Calendar;

/// <summary>
/// The signed-in user's calendar across the work lines, and their feed links. Any signed-in user
/// may ask: each entry is kept only when they hold its permission and see its organisation.
/// </summary>
internal static class CalendarEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var calendar = api.MapGroup("/calendar").WithTag("Calendar", "Every work line's dated items in one calendar, and subscription feeds for calendar apps.");
        calendar.MapGet("/", Read)
            .Describe("calendarRead", "Read the calendar",
                "The dated items of every work line the caller may see (events, due follow-ups, visits...) between from and to.");
        calendar.MapGet("/feeds", Feeds)
            .Describe("calendarFeedsList", "List my calendar feeds",
                "The caller's calendar subscription feeds, without their secrets.");
        calendar.MapPost("/feeds", CreateFeed).Validate<FeedRequest>()
            .Describe("calendarFeedsCreate", "Create a calendar feed",
                "Issues a subscription address for calendar apps; its token is shown only in this answer (201).");
        calendar.MapDelete("/feeds/{id:guid}", RevokeFeed)
            .Describe("calendarFeedsRevoke", "Revoke a calendar feed",
                "Stops a feed: its address answers 401 from now on.");
        // Calendar apps cannot sign in: the token in the path is the credential, checked in the handler.
        calendar.MapGet("/feed/{token}.ics", Feed).AllowAnonymous().AnswersProblem(StatusCodes.Status401Unauthorized).AnswersFile("text/calendar")
            .Describe("calendarFeedDownload", "Download a calendar feed",
                "The feed's iCalendar file for calendar apps; the token in the path is the credential, so no sign-in is needed.");
    }

    internal sealed record EntryResponse(string Key, string Module, string ModuleTitle, CalendarEntryKind Kind, string Title,
        DateOnly StartsOn, DateOnly EndsOn, string? Place, string Link, Guid OrganisationId);

    internal sealed record CalendarResponse(DateOnly From, DateOnly To, IReadOnlyList<EntryResponse> Entries);

    internal sealed record FeedRequest(string? Language);

    internal sealed class FeedRequestValidator : AbstractValidator<FeedRequest>
    {
        public FeedRequestValidator() =>
            RuleFor(r => r.Language).Must(l => l is null || CalendarFeeds.Languages.Contains(l, StringComparer.OrdinalIgnoreCase))
                .WithMessage(_ => PlatformText.Format("Calendar.Language", string.Join(", ", CalendarFeeds.Languages)));
    }

    internal sealed record FeedResponse(Guid Id, string Hint, string Language, DateTime CreatedAtUtc, DateTime? RevokedAtUtc, string? Url);

    internal static async Task<Ok<CalendarResponse>> Read(DateOnly? from, DateOnly? to, string? module, Guid? organisationId,
        CalendarQuery query, ICurrentUser user, CancellationToken ct)
    {
        var (start, end) = CalendarQuery.Range(from, to);
        var items = await query.For(user, start, end, query.Module(module), organisationId, ct);
        var culture = CultureInfo.CurrentUICulture;
        return TypedResults.Ok(new CalendarResponse(start, end, items.Select(i => new EntryResponse(
            i.Key, i.Module, i.ModuleTitle.For(culture), i.Kind, i.Title.For(culture), i.StartsOn, i.EndsOn,
            i.Place?.For(culture), i.Link, i.OrganisationId)).ToList()));
    }

    private static async Task<Ok<List<FeedResponse>>> Feeds(CalendarFeeds feeds, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok((await feeds.Mine(ct)).Select(f => Response(f, request)).ToList());

    private static async Task<Created<FeedResponse>> CreateFeed(FeedRequest body, CalendarFeeds feeds, HttpRequest request, CancellationToken ct)
    {
        var language = body.Language ?? (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? "zh-CN" : "en");
        var feed = await feeds.Create(language, ct);
        return TypedResults.Created($"/api/calendar/feeds/{feed.Id}", Response(feed, request));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeFeed(Guid id, CalendarFeeds feeds, CancellationToken ct) =>
        await feeds.Revoke(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    internal static async Task<Results<ContentHttpResult, UnauthorizedHttpResult>> Feed(string token, FeedReader readers,
        CalendarQuery query, TimeProvider clock, HttpRequest request, CancellationToken ct)
    {
        if (await readers.Find(token, ct) is not { } reader) return TypedResults.Unauthorized();
        var today = Kernel.Time.ChinaCalendar.Today(clock);
        var items = await query.For(reader.Viewer, today.AddDays(-CalendarFeedDocument.DaysBack), today.AddDays(CalendarFeedDocument.DaysAhead), null, null, ct);
        var document = CalendarFeedDocument.Write(items, CultureInfo.GetCultureInfo(reader.Language), BaseUrl(request), clock.GetUtcNow().UtcDateTime);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Text(document, CalendarFeedDocument.ContentType);
    }

    private static FeedResponse Response(CalendarFeeds.FeedLink f, HttpRequest request) =>
        new(f.Id, f.Hint, f.Language, f.CreatedAtUtc, f.RevokedAtUtc, f.Path is null ? null : BaseUrl(request) + f.Path);

    /// <summary>The address calendar apps reach this host at, as the request came in.</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
