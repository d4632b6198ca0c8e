using System.Security.Claims;
using System.Text.Encodings.Web;
using FunderPortal.Api.Rounds;
using FunderPortal.Charities;
using FunderPortal.Rounds;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace FunderPortal.Api.Auth;

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
        var roundId = token[TokenPrefix.Length..].Split('.')[0];
        if (!RoundsApi.IsRoundId(roundId))
            return AuthenticateResult.Fail("Not a panellist token.");
        var panellistId = await grains.GetGrain<IGrantRoundGrain>(roundId).AuthenticatePanelTokenAsync(OneTimeTokens.Hash(token));
        if (panellistId is null)
            return AuthenticateResult.Fail("This panellist token is not valid: the round has closed, or a new invitation replaced it.");
        var identity = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, PanelSubjects.For(roundId, panellistId))], SchemeName,
            JwtRegisteredClaimNames.Sub, null);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
