using FunderPortal.Notifications;

namespace FunderPortal.Api.People;

/// <summary>
/// One-click unsubscribe (RFC 8058): a mail program POSTs <c>List-Unsubscribe=One-Click</c> to the link in the
/// message's <c>List-Unsubscribe</c> header, with no sign-in and no form token (the link's secret is the credential).
/// The page at the same address (GET) offers the same button to a person.
/// </summary>
public static class UnsubscribeApi
{
    public static IEndpointRouteBuilder MapUnsubscribe(this IEndpointRouteBuilder app)
    {
        // Before the page's own endpoint for the same path: this one takes the POST.
        app.MapPost("/unsubscribe/{token}", UnsubscribeAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription().WithOrder(-1);
        return app;
    }

    private static async Task<IResult> UnsubscribeAsync(string token, HttpRequest request, IGrainFactory grains)
    {
        if (MailTokens.Read(token) is not { } read)
            return Results.NotFound();
        await grains.GetGrain<INotificationsGrain>(read.Subject).UnsubscribeAsync(read.Secret);
        var fromPage = request.HasFormContentType && (await request.ReadFormAsync()).TryGetValue("from", out var from) && from == "page";
        return fromPage
            ? Results.Redirect($"/unsubscribe/{Uri.EscapeDataString(token)}?done=true")
            : Results.Text("Unsubscribed: no more emails of this kind.\n");
    }
}
