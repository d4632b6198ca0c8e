using FunderPortal.Common;
using FunderPortal.Http;
using FunderPortal.Notifications;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace FunderPortal.Web.Localisation;

/// <summary>
/// <c>POST /language</c> (<c>language=cy|en</c>, <c>returnUrl</c>): the switch on every page. It sets the culture cookie
/// and, for a signed-in person, their stored language too (so their next device and their mail follow), then goes back.
/// </summary>
public static class LanguageSwitchEndpoint
{
    public const string Path = "/language";

    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, SwitchAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SwitchAsync(HttpContext http, IAntiforgery antiforgery, IGrainFactory grains)
    {
        await antiforgery.ValidateRequestAsync(http); // a bad token is a 400 problem, as on every form
        var form = await http.Request.ReadFormAsync();
        var back = LocalReturnUrl.OrHome(form["returnUrl"]);
        if (PortalCultures.ForLanguage(form["language"]) is not { } culture)
            return Results.LocalRedirect(back);
        PortalCultures.Remember(http.Response, culture, http.Request.IsHttps);
        var session = await http.AuthenticateAsync(Caller.CookieScheme);
        if (session.Succeeded && session.Principal.Identity?.AuthenticationType != PanelTokenHandler.SchemeName)
        {
            try
            {
                var centre = grains.GetGrain<INotificationsGrain>(session.Principal.Subject());
                var now = await centre.GetPreferencesAsync();
                if (now.Language != PortalCultures.LanguageOf(culture))
                    await centre.ChangePreferencesAsync(new ChangePreferences(now.Email, PortalCultures.LanguageOf(culture), null));
            }
            catch (PortalException)
            {
                // The cookie is set either way: the page changes language even when the preference cannot be stored now.
            }
        }
        return Results.LocalRedirect(back);
    }
}
