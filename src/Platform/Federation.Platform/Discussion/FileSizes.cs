using System.Globalization;

namespace Federation.Platform.Discussion;

/// <summary>A file's size as people read it: KB below a megabyte, MB above.</summary>
internal static class FileSizes
{
    public static string Show(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (bytes + 1023) / 1024)} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024:0.#} MB");
}
