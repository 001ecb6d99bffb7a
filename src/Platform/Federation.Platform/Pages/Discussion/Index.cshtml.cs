using Federation.Kernel.Http;
using Federation.Platform.Discussion;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Platform.Pages.Discussion;

/// <summary>
/// Where the discussion under a record's page posts: each handler acts through the same use case
/// as the API and goes back to the record's own page, with the reason on it when it was refused.
/// </summary>
internal sealed class IndexModel(RecordDiscussions discussions, KnownRecords records, IValidator<CommentRequest> commentRule) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostCommentAsync(string? module, string? recordType, string? recordId, string? body, CancellationToken ct) =>
        await OnRecord(module, recordType, recordId, async key =>
        {
            var request = new CommentRequest(body);
            // The API's endpoint filter runs this rule before the use case; a form post has to ask for it.
            if ((await commentRule.ValidateAsync(request, ct)).Errors.FirstOrDefault() is { } broken)
                throw new RequestRejectedException("body", broken.ErrorMessage);
            return await discussions.Say(key, request, ct);
        }, ct);

    public async Task<IActionResult> OnPostUploadAsync(string? module, string? recordType, string? recordId, IFormFile? file, CancellationToken ct) =>
        await OnRecord(module, recordType, recordId, async key =>
        {
            if (file is null) throw new RequestRejectedException("file", Kernel.Resources.Text.Get("Required"));
            await using var content = file.OpenReadStream();
            return await discussions.Keep(key, file.FileName, content, ct);
        }, ct);

    public async Task<IActionResult> OnPostDeleteCommentAsync(Guid id, CancellationToken ct)
    {
        var link = await records.LinkOfComment(id, ct);
        return await Back(link, () => discussions.TakeBack(id, ct));
    }

    public async Task<IActionResult> OnPostDeleteAttachmentAsync(Guid id, CancellationToken ct)
    {
        var link = await records.LinkOfAttachment(id, ct);
        return await Back(link, () => discussions.Remove(id, ct));
    }

    private async Task<IActionResult> OnRecord<T>(string? module, string? recordType, string? recordId, Func<RecordKey, Task<T>> act, CancellationToken ct)
    {
        var key = RecordKey.From(module, recordType, recordId);
        var record = await records.Openable(key, ct);
        return await Back(record.Link, () => act(key));
    }

    private async Task<IActionResult> Back(string? link, Func<Task> act)
    {
        if (link is null) return NotFound();
        try
        {
            await act();
        }
        catch (RequestRejectedException refused) when (refused.StatusCode is not 404)
        {
            TempData["DiscussionError"] = refused.Message;
        }
        return LocalRedirect(link + "#discussion");
    }
}
