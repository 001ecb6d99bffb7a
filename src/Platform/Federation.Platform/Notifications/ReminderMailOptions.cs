namespace Federation.Platform.Notifications;

/// <summary>
/// E-mail delivery of reminders (section "Notifications"). Off until <see cref="SmtpSettings.Host"/>
/// is set: in-app notices never depend on it.
/// </summary>
internal sealed class ReminderMailOptions
{
    public const string Section = "Notifications";

    /// <summary>
    /// The address users open the platform at, e.g. http://localhost:5080; a notice's link is
    /// made absolute with it. Without it the mail carries the bare path.
    /// </summary>
    public string? BaseUrl { get; set; }

    public SmtpSettings Smtp { get; set; } = new();
}

/// <summary>How the platform reaches its mail server (section "Notifications:Smtp").</summary>
internal sealed class SmtpSettings
{
    /// <summary>Empty: e-mail is off, nothing is sent and no notice is marked.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>Empty: the server is used without signing in, as an internal relay usually is.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address; required once <see cref="Host"/> is set.</summary>
    public string? From { get; set; }

    public string FromName { get; set; } = "侨联双招双引工作平台";

    public bool IsOn => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>How the connection to the mail server is protected.</summary>
internal enum SmtpSecurity
{
    /// <summary>TLS from the start on port 465; elsewhere STARTTLS when the server offers it.</summary>
    Auto,
    /// <summary>Plain text: only for a relay on a trusted network.</summary>
    None,
    /// <summary>STARTTLS, and refuse a server that does not offer it.</summary>
    StartTls,
    /// <summary>TLS from the first byte ("SMTPS", usually port 465).</summary>
    SslOnConnect,
}
