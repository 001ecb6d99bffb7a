using Federation.Kernel.Persistence;
using Microsoft.Extensions.Options;

namespace Federation.Platform.Imports;

/// <summary>Uploaded ledgers, kept beside the database until they are imported or a day old.</summary>
internal sealed class ImportFiles(IStoreCapabilities store)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public string Folder { get; } = Path.Combine(store.LocalDataFolder, "imports");

    public string PathOf(ImportJob job) => Path.Combine(Folder, job.StoredFile);

    public bool Exists(ImportJob job) => File.Exists(PathOf(job));

    /// <summary>Copies the upload to disk, refusing it once it passes <paramref name="maxBytes"/>; answers the stored name.</summary>
    public async Task<string> Save(Stream content, string extension, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var name = Guid.NewGuid().ToString("N") + extension;
        var path = Path.Combine(Folder, name);
        try
        {
            await using var file = File.Create(path);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > maxBytes) throw LedgerFileRefusedException.Because("Import.File.TooLarge", maxBytes / 1024 / 1024);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        return name;
    }

    public void Delete(ImportJob job) => File.Delete(PathOf(job));

    /// <summary>Removes uploads older than <see cref="KeptFor"/>; a dry run older than that must be uploaded again.</summary>
    public void Sweep(DateTime nowUtc)
    {
        if (!Directory.Exists(Folder)) return;
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles())
            if (nowUtc - file.LastWriteTimeUtc > KeptFor) file.Delete();
    }
}
