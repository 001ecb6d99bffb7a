using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Kernel.Modules;
using Federation.Kernel.Time;
using Federation.Platform.Data;
using Federation.Platform.Identity;
using Federation.Platform.Notifications;
using Federation.Platform.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Federation.Platform.Discussion;

/// <summary>
/// The comments and files of any record a module makes searchable: whoever may open the record
/// reads and adds to its discussion; an author (or an admin) takes their own words or file back.
/// </summary>
internal sealed class RecordDiscussions(
    PlatformDbContext db,
    ICurrentUser user,
    KnownRecords records,
    Mentions mentions,
    AttachmentFiles files,
    IOptions<AttachmentLimits> limits,
    TimeProvider clock)
{
    private const int SnippetLength = 40;

    public async Task<DiscussionResponse> Read(RecordKey key, CancellationToken ct)
    {
        var record = await records.Openable(key, ct);
        var comments = await db.Comments.AsNoTracking().Where(c => c.Module == key.Module && c.RecordType == key.RecordType && c.RecordId == key.RecordId)
            .OrderBy(c => c.CreatedAtUtc).ThenBy(c => c.Id).ToListAsync(ct);
        var mentioned = comments.SelectMany(c => c.Mentions).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => mentioned.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.Module == key.Module && a.RecordType == key.RecordType && a.RecordId == key.RecordId)
            .OrderBy(a => a.UploadedAtUtc).ThenBy(a => a.Id).ToListAsync(ct);
        var admin = user.HasPermission(PlatformPermissions.Admin);
        return new DiscussionResponse(key.Module, key.RecordType, key.RecordId, record.Title, record.Link,
            comments.Select(c => new CommentResponse(c.Id, c.AuthorId, c.AuthorName, c.Body,
                c.Mentions.Select(m => new MentionedUser(m, names.GetValueOrDefault(m, ""))).ToList(), c.CreatedAtUtc,
                admin || c.AuthorId == user.UserId)).ToList(),
            attachments.Select(a => new AttachmentResponse(a.Id, a.FileName, a.ContentType, a.SizeBytes, a.UploadedByName, a.UploadedAtUtc,
                $"/api/records/attachments/{a.Id}", admin || a.UploadedById == user.UserId)).ToList());
    }

    /// <summary>Adds the comment and tells each user it @mentions, in one save.</summary>
    public async Task<Comment> Say(RecordKey key, CommentRequest request, CancellationToken ct)
    {
        var record = await records.Openable(key, ct);
        var author = await Me(ct);
        var body = request.Body!.Trim();
        var named = Mentions.Named(body, await mentions.Who(record, ct)).Where(p => p.Id != author.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var comment = new Comment
        {
            Module = key.Module, RecordType = key.RecordType, RecordId = key.RecordId, OrganisationId = record.OrganisationId,
            AuthorId = author.Id, AuthorName = author.DisplayName, Body = body, Mentions = named.Select(p => p.Id).ToList(), CreatedAtUtc = now,
        };
        db.Comments.Add(comment);
        var snippet = body.Length <= SnippetLength ? body : body[..SnippetLength] + "…";
        foreach (var person in named)
        {
            db.Notifications.Add(new Notification
            {
                UserId = person.Id,
                ItemKey = $"comment:{comment.Id}",
                Kind = NotificationKind.Mention,
                DueOn = ChinaCalendar.Today(clock),
                OrganisationId = record.OrganisationId,
                TitleZh = PlatformText.Format("Mention.Title", System.Globalization.CultureInfo.GetCultureInfo("zh-CN"), author.DisplayName, record.Title, snippet),
                TitleEn = PlatformText.Format("Mention.Title", System.Globalization.CultureInfo.GetCultureInfo("en"), author.DisplayName, record.Title, snippet),
                Link = $"{record.Link}#comment-{comment.Id:N}",
                CreatedAtUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
        return comment;
    }

    public async Task TakeBack(Guid commentId, CancellationToken ct)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null || !user.CanAccess(comment.OrganisationId))
            throw new RequestRejectedException("id", PlatformText.Get("Discussion.UnknownComment"), 404);
        await records.Openable(new RecordKey(comment.Module, comment.RecordType, comment.RecordId), ct);
        if (comment.AuthorId != user.UserId && !user.HasPermission(PlatformPermissions.Admin))
            throw new RequestRejectedException("id", PlatformText.Get("Discussion.NotYours"), 403);
        db.Comments.Remove(comment);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Keeps the file with the record; a refused file leaves nothing behind, on disk or in the database.</summary>
    public async Task<Attachment> Keep(RecordKey key, string? fileName, Stream content, CancellationToken ct)
    {
        var record = await records.Openable(key, ct);
        var name = FileNames.Clean(fileName);
        var kept = await db.Attachments.CountAsync(a => a.Module == key.Module && a.RecordType == key.RecordType && a.RecordId == key.RecordId, ct);
        if (kept >= limits.Value.MaxFilesPerRecord)
            throw new RuleViolationException("file", PlatformText.Format("Attachment.TooMany", limits.Value.MaxFilesPerRecord));
        var uploader = await Me(ct);
        var id = Guid.CreateVersion7();
        var (type, size) = await files.Save(id, name, content, limits.Value.MaxFileBytes, ct);
        var attachment = new Attachment
        {
            Id = id, Module = key.Module, RecordType = key.RecordType, RecordId = key.RecordId, OrganisationId = record.OrganisationId,
            FileName = name, ContentType = type, SizeBytes = size, UploadedById = uploader.Id, UploadedByName = uploader.DisplayName,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Attachments.Add(attachment);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            files.Delete(id);
            throw;
        }
        return attachment;
    }

    /// <summary>The file and what it is, for someone who may open its record.</summary>
    public async Task<(Attachment Attachment, Stream Content)> Fetch(Guid attachmentId, CancellationToken ct)
    {
        var attachment = await Openable(attachmentId, ct);
        // A database restored without its attachments folder (docs/backup-and-restore.md) has rows whose files are gone.
        if (!files.Exists(attachment.Id))
            throw new RequestRejectedException("id", PlatformText.Get("Discussion.FileMissing"), 404);
        return (attachment, files.Open(attachment.Id));
    }

    public async Task Remove(Guid attachmentId, CancellationToken ct)
    {
        var attachment = await Openable(attachmentId, ct);
        if (attachment.UploadedById != user.UserId && !user.HasPermission(PlatformPermissions.Admin))
            throw new RequestRejectedException("id", PlatformText.Get("Discussion.NotYours"), 403);
        db.Attachments.Remove(attachment);
        await db.SaveChangesAsync(ct);
        // The row goes first: a file left by a crash here is only an orphan on disk, never a row without its file.
        files.Delete(attachment.Id);
    }

    private async Task<Attachment> Openable(Guid attachmentId, CancellationToken ct)
    {
        var attachment = await db.Attachments.FirstOrDefaultAsync(a => a.Id == attachmentId, ct);
        if (attachment is null || !user.CanAccess(attachment.OrganisationId))
            throw new RequestRejectedException("id", PlatformText.Get("Discussion.UnknownAttachment"), 404);
        await records.Openable(new RecordKey(attachment.Module, attachment.RecordType, attachment.RecordId), ct);
        return attachment;
    }

    private async Task<(Guid Id, string DisplayName)> Me(CancellationToken ct)
    {
        var id = user.UserId ?? throw new RequestRejectedException("user", PlatformText.Get("Discussion.PeopleOnly"), 403);
        var name = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.DisplayName).SingleAsync(ct);
        return (id, name);
    }
}
