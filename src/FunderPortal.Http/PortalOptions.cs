namespace FunderPortal.Http;

/// <summary>The <c>Portal</c> settings section (environment form: <c>Portal__Mode</c>, <c>Portal__DataPath</c>).</summary>
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
}
