using System.Security.Cryptography;
using Federation.Platform.Resources;
using Microsoft.AspNetCore.Identity;

namespace Federation.Platform.Identity;

/// <summary>ASP.NET Core Identity's hasher (PBKDF2), and the one rule for what a password must be.</summary>
internal static class Passwords
{
    private static readonly PasswordHasher<User> Hasher = new();

    /// <summary>
    /// Verified when no user has the name tried, so an unknown name costs the same hashing as a
    /// wrong password and timing does not tell which names exist (issue 24).
    /// </summary>
    private static readonly Lazy<string> StandIn = new(() => Hash(Generate()));

    public const int MinLength = 10;
    public const int MaxLength = 128;

    /// <summary>
    /// Why <paramref name="password"/> may not be used by <paramref name="userName"/>, in the
    /// reader's language; null when it may. Every place a password is set asks this.
    /// </summary>
    public static string? Weakness(string? password, string? userName)
    {
        if (password is not { Length: >= MinLength and <= MaxLength } || !password.Any(char.IsLetter) || !password.Any(char.IsDigit))
            return PlatformText.Get("PasswordRule");
        var lower = password.ToLowerInvariant();
        var name = userName?.Trim().ToLowerInvariant();
        if (name is { Length: >= 3 } && lower.Contains(name, StringComparison.Ordinal)) return PlatformText.Get("PasswordHasUserName");
        if (PasswordPatterns.IsRepetitiveOrSequence(lower)) return PlatformText.Get("PasswordSimple");
        if (CommonPasswords.Contains(lower)) return PlatformText.Get("PasswordCommon");
        return null;
    }

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    public static bool Verify(string hash, string password) =>
        Hasher.VerifyHashedPassword(null!, hash, password) != PasswordVerificationResult.Failed;

    /// <summary>Does the work of <see cref="Verify"/> for a user who does not exist, and fails.</summary>
    public static bool VerifyNobody(string password)
    {
        Verify(StandIn.Value, password);
        return false;
    }

    /// <summary>A password to print once, for the first admin or a reset: 16 characters, easy to type.</summary>
    public static string Generate()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        var chars = Enumerable.Range(0, 14).Select(_ => letters[RandomNumberGenerator.GetInt32(letters.Length)])
            .Concat(Enumerable.Range(0, 2).Select(_ => digits[RandomNumberGenerator.GetInt32(digits.Length)]))
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
