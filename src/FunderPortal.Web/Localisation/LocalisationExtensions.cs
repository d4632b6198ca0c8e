using FunderPortal.Common;
using Microsoft.AspNetCore.Localization;

namespace FunderPortal.Web.Localisation;

/// <summary>
/// Welsh and English with the platform's localisation: resource files per area under <c>Resources/</c> (English is the
/// source text in the code, each <c>X.cy.resx</c> holds its Welsh), and the request's language from, in order, the
/// <c>.AspNetCore.Culture</c> cookie, the signed-in person's stored language, then <c>Accept-Language</c>.
/// </summary>
public static class LocalisationExtensions
{
    public static WebApplicationBuilder AddPortalLocalisation(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(PortalCultures.English);
            o.SupportedCultures = PortalCultures.Supported;
            o.SupportedUICultures = PortalCultures.Supported;
            o.ApplyCurrentCultureToResponseHeaders = false; // Content-Language only on answers that are localised (below)
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = PortalCultures.CookieName },
                new PreferenceCultureProvider(),
                new AcceptLanguageProvider(),
            ];
        });
        return builder;
    }

    /// <summary>
    /// Early, before errors are written: a problem's title is in the request's language. The language also rides along
    /// with every grain call the request makes (<see cref="CallerLanguage"/>): the grains list a person's notifications in
    /// it, and write in it the mail sent for the request to an address with no account behind it.
    /// </summary>
    public static WebApplication UsePortalLocalisation(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use(async (context, next) =>
        {
            Orleans.Runtime.RequestContext.Set(CallerLanguage.RequestContextKey, PortalCultures.Current);
            try
            {
                await next(context);
            }
            finally
            {
                Orleans.Runtime.RequestContext.Remove(CallerLanguage.RequestContextKey);
            }
        });
        return app;
    }

    /// <summary><c>Accept-Language</c> read by language: <c>cy</c>, <c>cy-GB</c> or <c>cy-AR</c> all mean Welsh as written in Britain.</summary>
    private sealed class AcceptLanguageProvider : AcceptLanguageHeaderRequestCultureProvider
    {
        public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var asked = await base.DetermineProviderCultureResult(httpContext);
            var ours = asked?.UICultures
                .Select(c => (c.Value ?? "").Split('-')[0].ToLowerInvariant() switch { "cy" => PortalCultures.Welsh.Name, "en" => PortalCultures.English.Name, _ => null })
                .OfType<string>().ToList();
            return ours is { Count: > 0 } ? new ProviderCultureResult(ours.Select(c => new Microsoft.Extensions.Primitives.StringSegment(c)).ToList()) : null;
        }
    }
}
