using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace FunderPortal.Http;

/// <summary>
/// A panellist without an account stays signed in to their round by cookie: the cookie carries their panellist-only
/// token, and every request asks the round whether it still holds (it stops when the round closes or the token is replaced).
/// </summary>
public static class PanelCookie
{
    private const string TokenClaim = "panel_token";

    /// <summary>Long enough to outlast any round; the round itself decides when access ends.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    public static async Task SignInAsync(HttpContext http, ClaimsIdentity panellist, string token)
    {
        var identity = new ClaimsIdentity(panellist.Claims.Append(new Claim(TokenClaim, token)), PanelTokenHandler.SchemeName,
            panellist.NameClaimType, null);
        await http.SignInAsync(Caller.CookieScheme, new ClaimsPrincipal(identity),
            new AuthenticationProperties { IsPersistent = true, ExpiresUtc = DateTimeOffset.UtcNow.Add(Lifetime), AllowRefresh = false });
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.FindFirstValue(TokenClaim) is not { } token)
            return;
        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        if (await PanelTokenHandler.IdentityForAsync(grains, token) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Caller.CookieScheme);
        }
    }
}
