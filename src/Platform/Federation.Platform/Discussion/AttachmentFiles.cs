using Federation.Kernel.Http;
using Federation.Kernel.Persistence;
using Federation.Platform.Resources;

namespace Federation.Platform.Discussion;

/// <summary>The files kept with records, under the data folder's attachments/, each by its id.</summary>
internal sealed class AttachmentFiles(IStoreCapabilities store)
{
    public string Folder { get; } = Path.Combine(store.LocalDataFolder, "attachments");

    public string PathOf(Guid id) => Path.Combine(Folder, id.ToString("N"));

    /// <summary>
    /// Copies the upload to disk as <paramref name="id"/>, refusing it past <paramref name="maxBytes"/>
    /// or when it is not a kind staff keep; answers its content type and size. Nothing stays on disk
    /// when it is refused.
    /// </summary>
    public async Task<(string ContentType, long Size)> Save(Guid id, string fileName, Stream content, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var path = PathOf(id);
        try
        {
            var header = new byte[AttachmentTypes.HeaderLength];
            var headerLength = 0;
            long total = 0;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    total += read;
                    if (total > maxBytes)
                        throw new RequestRejectedException("file", PlatformText.Format("Attachment.TooLarge", maxBytes / 1024 / 1024), 413);
                    var copied = Math.Min(read, header.Length - headerLength);
                    if (copied > 0) buffer.AsSpan(0, copied).CopyTo(header.AsSpan(headerLength));
                    headerLength += copied;
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }
            if (total == 0) throw new RequestRejectedException("file", PlatformText.Get("Attachment.Empty"));
            var type = AttachmentTypes.Recognise(fileName, header.AsMemory(0, headerLength))
                ?? throw new RequestRejectedException("file", PlatformText.Format("Attachment.Type", AttachmentTypes.Accepted), 415);
            return (type, total);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public bool Exists(Guid id) => File.Exists(PathOf(id));

    public Stream Open(Guid id) => new FileStream(PathOf(id), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public void Delete(Guid id) => File.Delete(PathOf(id));
}
