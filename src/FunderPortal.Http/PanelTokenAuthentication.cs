using System.Security.Claims;
using System.Text.Encodings.Web;

using FunderPortal.Charities;
using FunderPortal.Rounds;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace FunderPortal.Http;

/// <summary>
/// Panellist-only tokens ("panel.{roundId}.{secret}"), handed out when someone accepts a panel invitation without an
/// account. The round grain holds only their hash and stops honouring them when the round closes or a replacement
/// invitation is accepted; the caller becomes the subject "panel:{roundId}:{panellistId}".
/// </summary>
public sealed class PanelTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IGrainFactory grains)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PanelToken";
    public const string TokenPrefix = "panel.";

    public static bool HasPanelToken(HttpRequest request) => BearerToken(request)?.StartsWith(TokenPrefix, StringComparison.Ordinal) == true;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = BearerToken(Request);
        if (token is null || !token.StartsWith(TokenPrefix, StringComparison.Ordinal))
            return AuthenticateResult.NoResult();
        var identity = await IdentityForAsync(grains, token);
        return identity is null
            ? AuthenticateResult.Fail("This panellist token is not valid: the round has closed, or a new invitation replaced it.")
            : AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>
    /// The panellist a token stands for, asked of its round each time (so a closed round or a replaced token ends it
    /// at once), or null. Shared by bearer requests and the panellist's browser cookie.
    /// </summary>
    public static async Task<ClaimsIdentity?> IdentityForAsync(IGrainFactory grains, string token)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal))
            return null;
        var roundId = token[TokenPrefix.Length..].Split('.')[0];
        if (!RoundIds.IsValid(roundId))
            return null;
        var panellistId = await grains.GetGrain<IGrantRoundGrain>(roundId).AuthenticatePanelTokenAsync(OneTimeTokens.Hash(token));
        return panellistId is null
            ? null
            : new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, PanelSubjects.For(roundId, panellistId))], SchemeName,
                JwtRegisteredClaimNames.Sub, null);
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
