using FunderPortal.Http;
using Microsoft.AspNetCore.Antiforgery;

namespace FunderPortal.Web.Browser;

/// <summary>
/// <c>POST /dev/demo</c>: loads the demo (idempotent). Only where development sign-in is on (the embedded default), so
/// never in production, and never by itself: a person presses the home page's button or runs one command.
/// </summary>
public static class DemoApi
{
    public static IEndpointRouteBuilder MapDemo(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<DevTokenIssuer>() is null)
            return app;
        app.MapPost("/dev/demo", LoadAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> LoadAsync(HttpContext http, IGrainFactory grains, FunderPortal.Common.IClock clock, IAntiforgery antiforgery)
    {
        // The home page's button posts a form (checked against forgery) and comes back to the page; scripts get JSON.
        var fromBrowser = http.Request.HasFormContentType;
        if (fromBrowser)
            await antiforgery.ValidateRequestAsync(http);
        await new DemoData(grains, clock).LoadAsync();
        return fromBrowser
            ? Results.LocalRedirect("/?demo=loaded")
            : Results.Ok(new DemoLoaded(
                [DemoData.CharityUser, DemoData.FunderUser, DemoData.PanellistUser],
                [DemoData.HopeStreetOrgId, DemoData.RiversideOrgId], DemoData.FunderOrgId, DemoData.RoundId));
    }
}

public sealed record DemoLoaded(IReadOnlyList<string> Users, IReadOnlyList<string> CharityOrgIds, string FunderOrgId, string RoundId);
