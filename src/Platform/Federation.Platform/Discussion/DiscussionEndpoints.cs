using Federation.Kernel.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Platform.Discussion;

/// <summary>
/// Comments and files on any record a module makes searchable, under <c>/api/records</c>. Access is
/// the record's own: a user who may not open the record is answered 404, as if it were not there.
/// A file is sent as the request body with its name in <c>fileName</c>, as ledgers are, so a
/// cross-site form cannot post one.
/// </summary>
internal static class DiscussionEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var records = api.MapGroup("/records").WithTag("Discussion", "Comments, mentions and attachments on any work line's record.");
        records.MapGet("/{module}/{recordType}/{recordId}", Read)
            .Describe("recordDiscussionRead", "Read a record's discussion",
                "The comments and attachments on any work line's record the caller may see, oldest first.");
        records.MapPost("/{module}/{recordType}/{recordId}/comments", Say).Validate<CommentRequest>()
            .Describe("recordDiscussionComment", "Comment on a record",
                "Adds a comment to the record; @mentions notify the people named.");
        records.MapGet("/{module}/{recordType}/{recordId}/mentionable", Mentionable)
            .Describe("recordDiscussionMentionable", "List people to mention",
                "The people who may see the record and so may be @mentioned on it.");
        // The configured attachment limit is checked as the file streams to disk, not by the API's 1 MB.
        records.MapPost("/{module}/{recordType}/{recordId}/attachments", Keep).WithMetadata(new Microsoft.AspNetCore.Mvc.DisableRequestSizeLimitAttribute())
            .Describe("recordDiscussionAttach", "Attach a file to a record",
                "Keeps an uploaded file with the record, up to the configured attachment size.");
        records.MapDelete("/comments/{id:guid}", TakeBack)
            .Describe("recordDiscussionTakeBackComment", "Take back a comment",
                "Removes the caller's own comment.");
        records.MapGet("/attachments/{id:guid}", Download)
            .Describe("recordDiscussionDownload", "Download an attachment",
                "The attached file, to a caller who may see its record.");
        records.MapDelete("/attachments/{id:guid}", Remove)
            .Describe("recordDiscussionRemoveAttachment", "Remove an attachment",
                "Deletes an attachment the caller added.");
    }

    internal sealed record Person(Guid Id, string UserName, string DisplayName);

    internal static async Task<Ok<DiscussionResponse>> Read(string module, string recordType, string recordId, RecordDiscussions discussions, CancellationToken ct) =>
        TypedResults.Ok(await discussions.Read(RecordKey.From(module, recordType, recordId), ct));

    internal static async Task<Created<CommentResponse>> Say(
        string module, string recordType, string recordId, CommentRequest request, RecordDiscussions discussions, CancellationToken ct)
    {
        var key = RecordKey.From(module, recordType, recordId);
        var comment = await discussions.Say(key, request, ct);
        var said = (await discussions.Read(key, ct)).Comments.Single(c => c.Id == comment.Id);
        return TypedResults.Created($"/api/records/{Uri.EscapeDataString(module)}/{Uri.EscapeDataString(recordType)}/{Uri.EscapeDataString(recordId)}#comment-{comment.Id:N}", said);
    }

    internal static async Task<Ok<IReadOnlyList<Person>>> Mentionable(
        string module, string recordType, string recordId, KnownRecords records, Mentions mentions, CancellationToken ct)
    {
        var record = await records.Openable(RecordKey.From(module, recordType, recordId), ct);
        return TypedResults.Ok<IReadOnlyList<Person>>((await mentions.Who(record, ct)).Select(p => new Person(p.Id, p.UserName, p.DisplayName)).ToList());
    }

    internal static async Task<Created<AttachmentResponse>> Keep(
        string module, string recordType, string recordId, string? fileName, HttpRequest request, RecordDiscussions discussions, CancellationToken ct)
    {
        var key = RecordKey.From(module, recordType, recordId);
        var kept = await discussions.Keep(key, fileName, request.Body, ct);
        var shown = (await discussions.Read(key, ct)).Attachments.Single(a => a.Id == kept.Id);
        return TypedResults.Created(shown.Download, shown);
    }

    internal static async Task<NoContent> TakeBack(Guid id, RecordDiscussions discussions, CancellationToken ct)
    {
        await discussions.TakeBack(id, ct);
        return TypedResults.NoContent();
    }

    internal static async Task<IResult> Download(Guid id, RecordDiscussions discussions, HttpResponse response, CancellationToken ct)
    {
        var (attachment, content) = await discussions.Fetch(id, ct);
        // Served as a download and never sniffed: an uploaded file must not run as a page of this site.
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return TypedResults.File(content, attachment.ContentType, attachment.FileName, enableRangeProcessing: false);
    }

    internal static async Task<NoContent> Remove(Guid id, RecordDiscussions discussions, CancellationToken ct)
    {
        await discussions.Remove(id, ct);
        return TypedResults.NoContent();
    }
}
