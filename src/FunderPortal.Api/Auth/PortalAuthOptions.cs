namespace FunderPortal.Api.Auth;

/// <summary>The <c>Auth</c> settings section.</summary>
public sealed class PortalAuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// Enables <c>POST /dev/token</c>. When not set it is on only for the embedded default with no
    /// <see cref="Authority"/> configured (a machine of one's own), and off everywhere else.
    /// </summary>
    public bool? DevTokens { get; set; }

    /// <summary>Signs development tokens; when empty a random key is made once and kept under the data path.</summary>
    public string? DevSigningKey { get; set; }

    /// <summary>Production: the OpenID Connect authority whose tokens are accepted.</summary>
    public string? Authority { get; set; }

    public string? Audience { get; set; }

    /// <summary>Production browsers: the portal's client at <see cref="Authority"/> (OpenID Connect, code flow with PKCE).</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }
}
