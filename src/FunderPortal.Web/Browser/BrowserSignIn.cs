using System.Security.Claims;
using FunderPortal.Http;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;

namespace FunderPortal.Web.Browser;

/// <summary>
/// Browser sign-in. In the embedded default, <c>GET /dev/sign-in?subject=</c> makes the browser any development
/// identity (the same ones <c>POST /dev/token</c> issues); with an authority configured the cookie's challenge goes to
/// OpenID Connect instead. <c>POST /sign-out</c> ends the cookie either way, and someone who signed in at the
/// authority is signed out there too (its end-session endpoint, which sends them back here).
/// </summary>
public static class BrowserSignIn
{
    /// <summary>The OpenID Connect handler's scheme (<c>OpenIdConnectDefaults.AuthenticationScheme</c>), when the host adds it.</summary>
    private const string OpenIdConnectScheme = "OpenIdConnect";

    public static IEndpointRouteBuilder MapBrowserSignIn(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<DevTokenIssuer>() is not null)
            app.MapGet("/dev/sign-in", DevSignInAsync).AllowAnonymous().ExcludeFromDescription();
        // With OpenID Connect configured the cookie's challenge goes on to the authority.
        app.MapGet("/sign-in/challenge", (string? returnUrl) => Results.Challenge(new AuthenticationProperties { RedirectUri = LocalReturnUrl.OrHome(returnUrl) }))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/sign-out", SignOutAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>True when people sign in by choosing a development identity (no real accounts).</summary>
    public static bool DevSignInEnabled(IServiceProvider services) => services.GetService<DevTokenIssuer>() is not null;

    private static async Task<IResult> DevSignInAsync(string? subject, string? returnUrl, HttpContext http)
    {
        var errors = Caller.CheckDevelopmentSubject(subject);
        if (!errors.IsEmpty)
            return Results.LocalRedirect($"/sign-in?problem={Uri.EscapeDataString(errors.ToDictionary().First().Value[0])}");
        var identity = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, subject!.Trim())], "DevSignIn", JwtRegisteredClaimNames.Sub, null);
        await http.SignInAsync(Caller.CookieScheme, new ClaimsPrincipal(identity));
        return Results.LocalRedirect(LocalReturnUrl.OrHome(returnUrl));
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery, IAuthenticationSchemeProvider schemes)
    {
        await antiforgery.ValidateRequestAsync(http);
        var session = await http.AuthenticateAsync(Caller.CookieScheme);
        await http.SignOutAsync(Caller.CookieScheme);
        // A panellist's link session never came from the authority: only people who signed in there go there to sign out.
        var fromAuthority = session.Succeeded && session.Principal.Identity?.AuthenticationType != PanelTokenHandler.SchemeName;
        if (fromAuthority && await schemes.GetSchemeAsync(OpenIdConnectScheme) is not null)
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIdConnectScheme]);
        return Results.LocalRedirect("/");
    }
}
