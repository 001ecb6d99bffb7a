namespace Federation.Platform.Data;

/// <summary>
/// Folders and files only the host's own account may read: backups (every organisation's data) and
/// the key ring's key file. On Windows the folder's inherited ACL is left to the operator.
/// </summary>
internal static class OwnerOnlyFiles
{
    private const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates the folder if need be and makes it owner-only, also when it existed with looser rights.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        Directory.CreateDirectory(path, Folder);
        System.IO.File.SetUnixFileMode(path, Folder);
    }

    /// <summary>Makes an existing file owner-only.</summary>
    public static void Restrict(string file)
    {
        if (!OperatingSystem.IsWindows() && System.IO.File.GetUnixFileMode(file) != File) System.IO.File.SetUnixFileMode(file, File);
    }

    /// <summary>Options that create a new file owner-only from its first byte.</summary>
    public static FileStreamOptions NewFile()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = File;
        return options;
    }
}
