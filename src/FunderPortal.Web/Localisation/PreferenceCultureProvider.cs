using FunderPortal.Common;
using FunderPortal.Http;
using FunderPortal.Notifications;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;

namespace FunderPortal.Web.Localisation;

/// <summary>
/// The second source of a page's language, after the culture cookie: the signed-in person's stored <c>language</c>
/// (their preferences) when it is Welsh, for a browser that has no culture cookie yet (a new device, a cleared cookie). Once found it is
/// remembered in the culture cookie, so each browser asks at most once. API calls by bearer token and panellists'
/// link sessions are left to <c>Accept-Language</c>.
/// </summary>
public sealed class PreferenceCultureProvider : RequestCultureProvider
{
    /// <summary>The sign-in cookie's name (the host's cookie options); without it the request is nobody's.</summary>
    public const string SignInCookie = "funderportal";

    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (!httpContext.Request.Cookies.ContainsKey(SignInCookie))
            return null;
        var session = await httpContext.AuthenticateAsync(Caller.CookieScheme);
        if (!session.Succeeded || session.Principal.Identity?.AuthenticationType == PanelTokenHandler.SchemeName)
            return null;
        var subject = session.Principal.Subject();
        string language;
        try
        {
            // As the person's grain published it in this silo (LocalReads), else asked.
            language = httpContext.RequestServices.GetService<LocalReads>()?.Language(subject)
                ?? (await httpContext.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<INotificationsGrain>(subject).GetPreferencesAsync()).Language;
        }
        catch (Exception e) when (e is PortalException or TimeoutException)
        {
            return null; // a page still shows, in the browser's language, when the preference cannot be read
        }
        // English is everyone's stored language until they choose (the preferences cannot tell a choice of English from
        // the default), so only Welsh counts here: a person who never chose keeps their browser's language.
        if (language != "cy")
            return null;
        var culture = PortalCultures.Welsh;
        PortalCultures.Remember(httpContext.Response, culture, httpContext.Request.IsHttps);
        return new ProviderCultureResult(culture.Name);
    }
}
