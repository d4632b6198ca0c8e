namespace FunderPortal.Mail;

/// <summary>How the portal's SMTP server is reached over the wire (<c>Portal__Smtp__Security</c>).</summary>
public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>The <c>Portal__Smtp__*</c> settings: no <see cref="Host"/> means mail is written as files instead.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>The sender's address; the portal's name is the sender's name.</summary>
    public string From { get; set; } = "funderportal@localhost";

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
}

/// <summary>What the mail senders need from the host: SMTP (or none), where files go without it, and the portal's address for links.</summary>
public sealed record MailSettings(SmtpOptions Smtp, string OutboxFolder, string PublicBaseUrl)
{
    public const string PortalName = "FunderPortal";

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    /// <summary>An absolute link to a page of the portal.</summary>
    public string Link(string path) => $"{PublicBaseUrl.TrimEnd('/')}{path}";
}
