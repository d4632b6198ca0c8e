using Microsoft.Extensions.Options;

namespace FunderPortal.Http;

/// <summary>
/// The <c>Portal</c> settings section (environment form: <c>Portal__Mode</c>, <c>Portal__DataPath</c>). The host and its
/// pages both read it (through <c>IOptions&lt;PortalOptions&gt;</c>).
/// </summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary><see cref="PortalMode.Embedded"/>: one silo and a SQLite file, nothing to install.</summary>
    public PortalMode Mode { get; set; } = PortalMode.Embedded;

    /// <summary>Where the embedded default keeps its database and development signing key.</summary>
    public string DataPath { get; set; } = "./data";

    /// <summary>The largest request body accepted (bytes); larger ones are answered 413. Default 1 MB.</summary>
    public long MaxJsonBodyBytes { get; set; } = 1_048_576;

    /// <summary>The largest evidence file accepted (bytes); larger ones are answered 413. Default 25 MB.</summary>
    public long MaxAttachmentBytes { get; set; } = 25 * 1_048_576;

    /// <summary>The portal's address as people reach it, for links handed out (participants' links); by default the request's own.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Platform admins: subjects separated by commas (<c>Portal__Admins=alice,bob</c>). They verify organisations and
    /// answer personal-data requests; being an admin opens no charity's, funder's or round's own data.
    /// </summary>
    public string? Admins { get; set; }

    /// <summary>
    /// The proxies in front of the portal, separated by commas: addresses and CIDR networks
    /// (<c>Portal__TrustedProxies=10.0.0.5,10.1.0.0/16</c>). Only requests arriving from them have <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> honoured; empty (the default) trusts no one, so no sender can choose its own address.
    /// </summary>
    public string? TrustedProxies { get; set; }

    /// <summary>
    /// Cluster mode marks the sign-in cookie <c>Secure</c> always (a cluster is reached over https, through a proxy);
    /// <c>true</c> allows it over plain http, for trying a cluster on one's own machine only. The embedded default marks
    /// it <c>Secure</c> whenever the original request was https.
    /// </summary>
    public bool CookiesOverHttp { get; set; }

    /// <summary>
    /// The SMTP server notifications are emailed through (<c>Portal__Smtp__Host</c>, <c>__Port</c>, <c>__UserName</c>,
    /// <c>__Password</c>, <c>__From</c>, <c>__Security</c>). No host: every message is written as an <c>.eml</c> file
    /// under <c>&lt;DataPath&gt;/mail/outbox/</c> instead. With a host, <see cref="PublicBaseUrl"/> is required (links in mail).
    /// </summary>
    public FunderPortal.Mail.SmtpOptions Smtp { get; set; } = new();
}

public enum PortalMode
{
    /// <summary>One silo co-hosted with the web host, SQLite file storage.</summary>
    Embedded,

    /// <summary>Several silos: membership on Redis, events and files in PostgreSQL (<c>ConnectionStrings:Events</c>, <c>ConnectionStrings:Redis</c>).</summary>
    Cluster,
}

/// <summary>What <see cref="PortalOptions"/> may hold; each failure names its setting.</summary>
public sealed class PortalOptionsValidation : IValidateOptions<PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        var check = new SettingChecks(PortalOptions.Section);
        check.Defined(nameof(options.Mode), options.Mode);
        check.Required(nameof(options.DataPath), options.DataPath, "a folder");
        check.AtLeast(nameof(options.MaxJsonBodyBytes), options.MaxJsonBodyBytes, 1);
        check.AtLeast(nameof(options.MaxAttachmentBytes), options.MaxAttachmentBytes, 1);
        check.WebAddress(nameof(options.PublicBaseUrl), options.PublicBaseUrl);
        if (!string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            check.Required(nameof(options.PublicBaseUrl), options.PublicBaseUrl, "set when Portal:Smtp:Host is (links in mail need it)");
            check.Between("Smtp:Port", options.Smtp.Port, 1, 65535);
            check.Defined("Smtp:Security", options.Smtp.Security);
            if (!FunderPortal.Notifications.PreferenceRules.IsAddress(options.Smtp.From ?? ""))
                check.Fail("Smtp:From", "an email address such as portal@example.org", SettingChecks.Shown(options.Smtp.From));
        }
        if (TrustedProxyList.Parse(options.TrustedProxies).Unreadable is [var first, ..])
            check.Fail(nameof(options.TrustedProxies), "addresses and CIDR networks separated by commas, such as 10.0.0.5,10.1.0.0/16", first);
        return check.Result;
    }
}
