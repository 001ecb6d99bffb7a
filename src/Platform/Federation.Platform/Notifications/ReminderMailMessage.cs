using System.Globalization;
using Federation.Kernel.Identity;
using Federation.Platform.Resources;
using MimeKit;

namespace Federation.Platform.Notifications;

/// <summary>
/// The e-mail for one notice: Chinese first, the English below it, as the platform is used.
/// The link is made absolute with the configured base address so it opens from a mail client.
/// </summary>
internal static class ReminderMailMessage
{
    /// <summary>Throws MimeKit's ParseException when an address cannot be used; the sender is known to be set.</summary>
    public static MimeMessage For(Notification notice, string toAddress, string toName, ReminderMailOptions options, DateTimeOffset now)
    {
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        var en = CultureInfo.GetCultureInfo("en");
        var link = AbsoluteLink(notice.Link, options.BaseUrl);
        var message = new MimeMessage
        {
            Subject = $"【{KindOf(notice.Kind, zh)}】{notice.TitleZh}",
            Date = now,
            Body = new TextPart("plain")
            {
                Text = string.Join("\n",
                    $"{KindOf(notice.Kind, zh)}：{notice.TitleZh}",
                    string.Format(zh, PlatformText.Get("ReminderMail.Open", zh), link),
                    "",
                    $"{KindOf(notice.Kind, en)}: {notice.TitleEn}",
                    string.Format(en, PlatformText.Get("ReminderMail.Open", en), link),
                    "",
                    "-- ",
                    string.Format(zh, PlatformText.Get("ReminderMail.Footer", zh), options.Smtp.FromName),
                    string.Format(en, PlatformText.Get("ReminderMail.Footer", en), options.Smtp.FromName)),
            },
        };
        message.From.Add(new MailboxAddress(options.Smtp.FromName, options.Smtp.From!));
        message.To.Add(new MailboxAddress(toName, toAddress));
        return message;
    }

    public static string AbsoluteLink(string link, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl) || !Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var root))
            return link;
        // Relative to the base's path, so a platform served under a folder keeps its folder.
        return new Uri(root, link.TrimStart('/')).ToString();
    }

    private static string KindOf(NotificationKind kind, CultureInfo culture) =>
        PlatformText.Get($"Notifications.Kind.{kind}", culture);
}
