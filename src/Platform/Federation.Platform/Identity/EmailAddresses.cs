using System.Net.Mail;
using Federation.Platform.Resources;
using Federation.Kernel.Validation;
using FluentValidation;

namespace Federation.Platform.Identity;

/// <summary>
/// What the platform takes as a user's e-mail address: one bare mailbox (no display name, no
/// angle brackets, no spaces) on a domain with a dot. Stricter than FluentValidation's own rule,
/// which passes anything with an @ in it, because a typo here means reminders silently go nowhere.
/// </summary>
internal static class EmailAddresses
{
    public const int MaxLength = 200;

    /// <summary>The address as stored: trimmed, and blank meaning "none".</summary>
    public static string? Normalise(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static bool IsValidOrBlank(string? value)
    {
        if (Normalise(value) is not { } address) return true;
        if (address.Any(char.IsWhiteSpace) || !MailAddress.TryCreate(address, out var parsed)) return false;
        var host = parsed.Host;
        return parsed.Address == address && parsed.DisplayName.Length == 0
            && host.Contains('.') && !host.StartsWith('.') && !host.EndsWith('.') && !host.Contains("..");
    }

    /// <summary>Optional; too long or not an address is refused with a message naming the field.</summary>
    public static IRuleBuilderOptions<T, string?> ValidEmailAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.OptionalText(MaxLength)
            // Too long is already said; one message per mistake.
            .Must(v => v is null || v.Length > MaxLength || IsValidOrBlank(v)).WithMessage(_ => PlatformText.Get("EmailInvalid"));
}
