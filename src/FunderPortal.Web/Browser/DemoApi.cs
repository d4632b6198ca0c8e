using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.Antiforgery;

namespace FunderPortal.Web.Browser;

/// <summary>
/// <c>POST /dev/demo</c>: loads the demo into an empty portal; on one that holds anything it answers 409 and changes
/// nothing (the demo lays down a year of history by moving the product's clock, which only an empty portal allows).
/// Only where development sign-in is on (the embedded default on loopback), so never in production, and never by
/// itself: a person presses the home page's button or runs one command.
/// </summary>
public static class DemoApi
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static IEndpointRouteBuilder MapDemo(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<DevTokenIssuer>() is null)
            return app;
        app.MapPost("/dev/demo", LoadAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>Where the demo can load: development sign-in is on and nothing is stored yet.</summary>
    public static async Task<bool> CanLoadAsync(IServiceProvider services) =>
        BrowserSignIn.DevSignInEnabled(services) && await services.GetRequiredService<IPortalContents>().IsEmptyAsync();

    private static async Task<IResult> LoadAsync(HttpContext http, IGrainFactory grains, IClock clock, IPortalContents store, IAntiforgery antiforgery)
    {
        // The home page's button posts a form (checked against forgery) and comes back to the page; scripts get JSON.
        var fromBrowser = http.Request.HasFormContentType;
        if (fromBrowser)
            await antiforgery.ValidateRequestAsync(http);
        await OneAtATime.WaitAsync(http.RequestAborted);
        try
        {
            if (!await store.IsEmptyAsync(http.RequestAborted))
            {
                return fromBrowser
                    ? Results.LocalRedirect("/?demo=refused")
                    : Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The portal already holds data",
                        detail: "The demo loads only into an empty portal: it lays down a year of history. Start the portal with a new data folder (Portal__DataPath) to load it.");
            }
            await new DemoData(grains, clock).LoadAsync();
        }
        finally
        {
            OneAtATime.Release();
        }
        return fromBrowser
            ? Results.LocalRedirect("/?demo=loaded")
            : Results.Ok(new DemoLoaded(
                [DemoData.CharityUser, DemoData.FunderUser, DemoData.PanellistUser],
                [DemoData.HopeStreetOrgId, DemoData.RiversideOrgId], DemoData.FunderOrgId, DemoData.RoundId));
    }
}

public sealed record DemoLoaded(IReadOnlyList<string> Users, IReadOnlyList<string> CharityOrgIds, string FunderOrgId, string RoundId);
