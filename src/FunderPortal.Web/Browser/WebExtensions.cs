using FunderPortal.Common;
using FunderPortal.Http;
using FunderPortal.Http.Conditional;
using FunderPortal.Web.Localisation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FunderPortal.Web.Browser;

/// <summary>
/// The web portal: server-rendered Razor components (static SSR, enhanced forms) in the same host, calling the same
/// grains as the API with the signed-in person's subject.
/// </summary>
public static class WebExtensions
{
    public static WebApplicationBuilder AddPortalWeb(this WebApplicationBuilder builder)
    {
        // The framework's script and our stylesheet are static web assets; from the build output they are found through
        // the runtime manifest (a published app has them in wwwroot and ignores this).
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents();
        builder.AddPortalLocalisation();
        builder.Services.TryAddSingleton<ResponseBytes>();
        builder.Services.TryAddSingleton<LocalReads>();
        // With development sign-in the demo may lay down a history, so the product clock can travel (DemoApi).
        if (builder.Services.Any(d => d.ServiceType == typeof(DevTokenIssuer)))
        {
            builder.Services.AddSingleton(_ => new TravellingClock(new SystemClock()));
            builder.Services.AddSingleton<IClock>(services => services.GetRequiredService<TravellingClock>());
        }
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = Conditional.ConditionalPages.AntiforgeryCookie;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Always would refuse every form over plain http
        });
        return builder;
    }

    public static WebApplication MapPortalWeb(this WebApplication app)
    {
        app.MapStaticAssets().ExcludeFromDescription();
        // Last before the endpoints (routing, sign-in and antiforgery done): pages with an ETag answer 304 or as kept.
        app.UseMiddleware<Conditional.ConditionalPages>();
        app.MapBrowserSignIn();
        app.MapLanguageSwitch();
        app.MapDemo();
        app.MapRazorComponents<App>().ExcludeFromDescription();
        return app;
    }
}
