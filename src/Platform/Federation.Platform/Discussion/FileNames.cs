using Federation.Kernel.Http;
using Federation.Platform.Resources;

namespace Federation.Platform.Discussion;

/// <summary>The name a file is shown and downloaded under: the uploader's, without any folder or control character.</summary>
internal static class FileNames
{
    public const int MaxLength = 200;

    public static string Clean(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0) throw new RequestRejectedException("fileName", Kernel.Resources.Text.Get("Required"));
        if (name.Length > MaxLength) throw new RequestRejectedException("fileName", Kernel.Resources.Text.Format("MaxLength", MaxLength));
        return name;
    }
}
