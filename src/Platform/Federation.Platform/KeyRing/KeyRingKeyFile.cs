using System.Security.Cryptography;
using Federation.Platform.Data;

namespace Federation.Platform.KeyRing;

/// <summary>
/// The 256-bit key that encrypts every key of the ring before it is stored. Made on the first start
/// and kept in a file only the host's account may read, outside the database, so a copy of the
/// database or a backup holds keys nobody can use.
/// </summary>
internal static class KeyRingKeyFile
{
    public const string FileName = "keyring.key";
    public const int KeyBytes = 32;

    public static byte[] LoadOrCreate(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) Create(folder, path);
        OwnerOnlyFiles.Restrict(path);
        var key = File.ReadAllBytes(path);
        if (key.Length != KeyBytes)
            throw new InvalidOperationException($"{path} is not a key ring key ({KeyBytes} bytes); restore the file kept with the database, or remove it to start a new ring (everyone signs in again).");
        return key;
    }

    private static void Create(string folder, string path)
    {
        OwnerOnlyFiles.CreateFolder(folder);
        // Written whole under another name and moved into place: two hosts starting at once on one
        // folder both end up with the one key that got there first.
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        using (var file = new FileStream(partial, OwnerOnlyFiles.NewFile())) file.Write(RandomNumberGenerator.GetBytes(KeyBytes));
        try
        {
            File.Move(partial, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(partial);
        }
    }
}
