using Federation.Kernel.Http;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using Federation.Platform.Resources;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Discussion;

/// <summary>A record as the search index knows it: who owns it, who may open it, and its page.</summary>
internal sealed record KnownRecord(RecordKey Key, Guid OrganisationId, string ReadPermission, string Title, string Link);

/// <summary>
/// Finds the record a discussion belongs to in the platform's search projection, which every
/// module feeds with its records' owners, read permissions and pages, so the platform judges access
/// to any module's record (a drop-in one's too) without reading that module's tables.
/// </summary>
internal sealed class KnownRecords(PlatformDbContext db, ICurrentUser user)
{
    /// <summary>The record, when the current user may open it; otherwise refused as not found, so its existence is not told.</summary>
    public async Task<KnownRecord> Openable(RecordKey key, CancellationToken ct) =>
        await Find(db.SearchEntries.Where(e => e.Module == key.Module && e.RecordType == key.RecordType && e.RecordId == key.RecordId), ct)
        ?? throw new RequestRejectedException("recordId", PlatformText.Get("Discussion.UnknownRecord"), 404);

    /// <summary>The record whose own page is <paramref name="path"/>, when the current user may open it; null for any other page.</summary>
    public async Task<KnownRecord?> AtLink(string? path, CancellationToken ct) =>
        string.IsNullOrEmpty(path) || !user.IsAuthenticated ? null : await Find(db.SearchEntries.Where(e => e.Link == path), ct);

    /// <summary>The page of the record a comment is on, when the current user may open it.</summary>
    public async Task<string?> LinkOfComment(Guid id, CancellationToken ct) =>
        await db.Comments.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Module, c.RecordType, c.RecordId }).FirstOrDefaultAsync(ct) is { } c
            ? (await Find(db.SearchEntries.Where(e => e.Module == c.Module && e.RecordType == c.RecordType && e.RecordId == c.RecordId), ct))?.Link
            : null;

    /// <summary>The page of the record a file is kept with, when the current user may open it.</summary>
    public async Task<string?> LinkOfAttachment(Guid id, CancellationToken ct) =>
        await db.Attachments.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.Module, a.RecordType, a.RecordId }).FirstOrDefaultAsync(ct) is { } a
            ? (await Find(db.SearchEntries.Where(e => e.Module == a.Module && e.RecordType == a.RecordType && e.RecordId == a.RecordId), ct))?.Link
            : null;

    private async Task<KnownRecord?> Find(IQueryable<Search.SearchEntry> entries, CancellationToken ct)
    {
        var found = await entries.AsNoTracking().Where(e => !e.Removed)
            .Select(e => new { e.Module, e.RecordType, e.RecordId, e.OrganisationId, e.ReadPermission, e.Title, e.Link })
            .FirstOrDefaultAsync(ct);
        if (found is null || !user.HasPermission(found.ReadPermission) || !user.CanAccess(found.OrganisationId)) return null;
        return new KnownRecord(new RecordKey(found.Module, found.RecordType, found.RecordId), found.OrganisationId, found.ReadPermission, found.Title, found.Link);
    }
}
