using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.Extensions.Options;

namespace FunderPortal.Api.Auth;

/// <summary>The <c>Auth</c> settings section.</summary>
public sealed class PortalAuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// Enables development sign-in: <c>POST /dev/token</c>, <c>/dev/sign-in</c> and <c>/dev/demo</c>, with which anyone
    /// becomes anyone. When not set it is on only for the embedded default with no <see cref="Authority"/> that listens
    /// on loopback addresses only (a machine of one's own); <c>false</c> turns it off there too; <c>true</c> beside an
    /// <see cref="Authority"/> stops start-up.
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

    /// <summary>
    /// Whether development sign-in is on: as set, or by default only embedded, without an authority, and reachable from
    /// this machine alone (<paramref name="loopbackOnly"/>: every address the host listens on is a loopback address).
    /// </summary>
    public bool DevTokensOn(PortalMode mode, bool loopbackOnly) =>
        DevTokens ?? (mode == PortalMode.Embedded && string.IsNullOrEmpty(Authority) && loopbackOnly);
}

/// <summary>What <see cref="PortalAuthOptions"/> may hold, given the portal's mode.</summary>
public sealed class PortalAuthOptionsValidation(IOptions<PortalOptions> portal) : IValidateOptions<PortalAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalAuthOptions options)
    {
        var check = new SettingChecks(PortalAuthOptions.Section);
        check.WebAddress(nameof(options.Authority), options.Authority);
        if (!string.IsNullOrEmpty(options.ClientId) && string.IsNullOrEmpty(options.Authority))
            check.Fail(nameof(options.Authority), "set when Auth:ClientId is: the OpenID Connect authority of that client", "empty");
        // Two ways of signing in at once would let anyone mint a token beside the real provider's.
        if (options.DevTokens == true && !string.IsNullOrEmpty(options.Authority))
            check.Fail(nameof(options.DevTokens), "unset or false when Auth:Authority is set: development tokens let anyone act as anyone", "true");
        // Every silo must accept the others' tokens, so none may make up a key of its own (cluster mode is off by default).
        if (portal.Value.Mode == PortalMode.Cluster && options.DevTokens == true && string.IsNullOrEmpty(options.DevSigningKey))
            check.Fail(nameof(options.DevSigningKey), "set, the same on every silo, when Auth:DevTokens is on in cluster mode", "empty");
        return check.Result;
    }
}
