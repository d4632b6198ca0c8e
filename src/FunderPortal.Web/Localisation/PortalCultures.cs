using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace FunderPortal.Web.Localisation;

/// <summary>
/// The portal's two languages: English (the default) and Welsh, formatted as in Britain (<c>en-GB</c>, <c>cy-GB</c>).
/// A person's language is stored as <c>en</c> or <c>cy</c> (their preferences); pages carry <c>lang="en"</c> or <c>lang="cy"</c>.
/// </summary>
public static class PortalCultures
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    public static readonly CultureInfo Welsh = CultureInfo.GetCultureInfo("cy-GB");

    /// <summary>English first: what a request without any sign of a language gets.</summary>
    public static readonly CultureInfo[] Supported = [English, Welsh];

    /// <summary>The platform's own cookie name, <c>.AspNetCore.Culture</c>, as the contract asks.</summary>
    public static readonly string CookieName = CookieRequestCultureProvider.DefaultCookieName;

    /// <summary><c>cy</c> or <c>en</c>: the language of the request being answered.</summary>
    public static string Current => LanguageOf(CultureInfo.CurrentUICulture);

    public static bool IsWelsh => Current == "cy";

    public static string LanguageOf(CultureInfo culture) => culture.TwoLetterISOLanguageName == "cy" ? "cy" : "en";

    /// <summary>The culture of a stored language (<c>en</c>/<c>cy</c>); null for anything else.</summary>
    public static CultureInfo? ForLanguage(string? language) => language switch
    {
        "cy" => Welsh,
        "en" => English,
        _ => null,
    };

    /// <summary>The culture cookie's value for a language, valid for a year.</summary>
    public static void Remember(HttpResponse response, CultureInfo culture, bool secure) =>
        response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)), new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddYears(1),
            IsEssential = true, // a language choice is needed to read the site, not tracking
            HttpOnly = true,
            Secure = secure,
            SameSite = SameSiteMode.Lax,
        });
}
