using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Federation.Platform.Identity;

/// <summary>ASP.NET Core Identity's hasher (PBKDF2), and the one rule for what a password must be.</summary>
internal static class Passwords
{
    private static readonly PasswordHasher<User> Hasher = new();

    public const string Rule = "At least 10 characters, with letters and digits.";

    public static bool IsStrongEnough(string? password) =>
        password is { Length: >= 10 and <= 128 } && password.Any(char.IsLetter) && password.Any(char.IsDigit);

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    public static bool Verify(string hash, string password) =>
        Hasher.VerifyHashedPassword(null!, hash, password) != PasswordVerificationResult.Failed;

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
