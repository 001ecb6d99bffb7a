using System.Collections.Frozen;

namespace Federation.Platform.Identity;

/// <summary>
/// The embedded list of common passwords (CommonPasswords.txt, written for this product from
/// well-known patterns, never downloaded). A password is common when it is on the list, or its core
/// is: what is left after taking the digits and symbols off both ends, read with look-alike
/// digits as letters — so password12, P@ssw0rd! and 1990zhangwei all count.
/// </summary>
internal static class CommonPasswords
{
    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    public static bool Contains(string lowerCasePassword)
    {
        var list = List.Value;
        if (list.Contains(lowerCasePassword)) return true;
        var core = lowerCasePassword.Trim(Ends);
        return core.Length > 0 && (list.Contains(core) || list.Contains(Plain(core)));
    }

    private static readonly char[] Ends = "0123456789!@#$%^&*()-_=+.,;:~`'\"?/\\|[]{}<> ".ToCharArray();

    private static string Plain(string core) => string.Create(core.Length, core, (span, text) =>
    {
        for (var i = 0; i < text.Length; i++)
            span[i] = text[i] switch { '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '@' => 'a', '$' => 's', var c => c };
    });

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("Federation.Platform.Identity.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in the platform assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') words.Add(line.Trim().ToLowerInvariant());
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
