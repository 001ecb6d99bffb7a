using Autofac;
using Federation.Kernel.Identity;
using Federation.Platform.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Federation.Platform.Notifications;

/// <summary>
/// Sends the notices not yet e-mailed to users who have an address, one mail per notice, when
/// an SMTP server is configured; otherwise does nothing and marks nothing. A notice is marked
/// only once the server has accepted it, so a refused or failed mail is tried again next round
/// and a restart does not send again what was accepted. Each round is bounded, and only recent
/// notices are sent, so switching mail on does not flood people with old ones.
/// </summary>
internal sealed class ReminderMail(ILifetimeScope root, IOptions<ReminderMailOptions> options, TimeProvider clock, ILogger<ReminderMail> logger)
{
    public const int MaxPerRound = 200;

    /// <summary>A notice older than this is left to the in-app list; the hourly job normally mails within the hour.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(2);

    // The job and a test (or a future "send now") must not both mail the same notice.
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>How many mails the server accepted this round.</summary>
    public async Task<int> Send(CancellationToken ct)
    {
        var settings = options.Value;
        if (!settings.Smtp.IsOn) return 0;
        if (string.IsNullOrWhiteSpace(settings.Smtp.From))
        {
            logger.LogWarning("Notifications:Smtp:Host is set but Notifications:Smtp:From is not; no reminder is e-mailed");
            return 0;
        }
        await oneAtATime.WaitAsync(ct);
        try { return await SendPending(settings, ct); }
        finally { oneAtATime.Release(); }
    }

    private async Task<int> SendPending(ReminderMailOptions settings, CancellationToken ct)
    {
        await using var scope = root.BeginSystemScope();
        var db = scope.Resolve<PlatformDbContext>();
        var since = clock.GetUtcNow().UtcDateTime - Window;
        var pending = await (
                from notice in db.Notifications
                join user in db.Users on notice.UserId equals user.Id
                where notice.EmailedAtUtc == null && notice.CreatedAtUtc >= since && user.Email != null && !user.Disabled
                orderby notice.CreatedAtUtc, notice.Id
                select new { Notice = notice, Address = user.Email!, user.DisplayName })
            .Take(MaxPerRound).ToListAsync(ct);
        if (pending.Count == 0) return 0;

        using var smtp = new SmtpClient { Timeout = 30_000 };
        try
        {
            await smtp.ConnectAsync(settings.Smtp.Host!, settings.Smtp.Port, SocketOptions(settings.Smtp.Security), ct);
            if (!string.IsNullOrEmpty(settings.Smtp.UserName))
                await smtp.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", ct);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogWarning(failure, "Could not reach the mail server {Host}:{Port}; {Count} reminder mails wait for the next round",
                settings.Smtp.Host, settings.Smtp.Port, pending.Count);
            return 0;
        }

        var sent = 0;
        foreach (var row in pending)
        {
            try
            {
                var message = ReminderMailMessage.For(row.Notice, row.Address, row.DisplayName, settings, clock.GetUtcNow());
                await smtp.SendAsync(message, ct);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogWarning(failure, "Reminder {NoticeId} to user {UserId} was not e-mailed; it is tried again next round",
                    row.Notice.Id, row.Notice.UserId);
                // A refusal of one mail (an unknown mailbox, say) leaves the connection open for the others.
                if (smtp.IsConnected) continue;
                logger.LogWarning("The mail server connection was lost after {Sent} reminder mails; the rest wait for the next round", sent);
                break;
            }
            // Saved at once, and even when stopping: a crash or shutdown later in the round must not
            // make a mail the server accepted go out twice.
            row.Notice.EmailedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(CancellationToken.None);
            sent++;
        }

        try { await smtp.DisconnectAsync(quit: true, ct); }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogDebug(failure, "The mail server closed the connection before QUIT");
        }
        if (sent > 0) logger.LogInformation("{Count} reminder mails sent", sent);
        return sent;
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
