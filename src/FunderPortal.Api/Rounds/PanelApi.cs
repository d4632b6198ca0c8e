using System.Security.Claims;
using System.Text.Json.Nodes;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Exports;
using FunderPortal.Api.Hosting;
using FunderPortal.Api.Idempotency;
using FunderPortal.Api.OpenApi;
using FunderPortal.Common;
using FunderPortal.Http;
using FunderPortal.Rounds;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FunderPortal.Api.Rounds;

/// <summary>The panel: invitations by one-time link, panellists' needs and preferences, their time and pay.</summary>
public static class PanelApi
{
    public static RouteGroupBuilder MapPanelApi(this RouteGroupBuilder round)
    {
        round.MapPost("/invitations", Invite)
            .WithName("InvitePanellist").WithSummary("Make a one-time link to join the panel (shown only in this answer; emailed too when an address is given); replacesPanellistId replaces a lost one")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict)
            .WithIdempotency(WithoutUrl);
        round.MapGet("/panellists", List)
            .WithName("ListPanellists").WithSummary("The panel by pseudonym, with needs, payment choices and time (funder members)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        round.MapGet("/panellists/me", Me)
            .WithName("GetMyPanellist").WithSummary("Your own panel identity, needs, payment choice and time");
        round.MapPut("/panellists/me/preferences", ChangePreferences)
            .WithName("ChangeMyPanelPreferences").WithSummary("Your accessibility needs, meeting times and how you are paid")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        round.MapPost("/panellists/{panellistId}/time", RecordTime)
            .WithName("RecordPanelTime").WithSummary("Record time a panellist spent (a funder editor, or the panellist)")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        round.MapGet("/payments", Payments)
            .WithName("GetPanelPayments").WithSummary("Each panellist's time and pay at the round's rate, and the round's totals (funder members)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        round.MapGet("/payments/export", ExportRoutes.PanelPaymentsAsync)
            .WithName("ExportPanelPayments").WithSummary("Each panellist's time and pay as a CSV file or an Excel workbook, by pseudonym (funder members)")
            .ProducesExport().ProducesProblem(StatusCodes.Status403Forbidden);
        return round;
    }

    public static IEndpointRouteBuilder MapPanelInvitationAcceptance(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/panel-invitations/{token}/accept", Accept)
            .WithTags("Rounds")
            .WithName("AcceptPanelInvitation")
            .WithSummary("Join the panel. Signed in, your panel identity is linked to you; either way the answer holds a panellist-only token, valid until the round closes")
            .AllowAnonymous()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Created<PanelInvitationResponse>> Invite(
        string roundId, [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] PanelInvitationRequest? request,
        IGrainFactory grains, ClaimsPrincipal user, PortalLinks links, HttpContext http)
    {
        var link = await grains.Round(roundId).InviteAsync(request?.ReplacesPanellistId, request?.Email, user.Subject());
        return TypedResults.Created($"/api/v1/rounds/{roundId}/panellists",
            new PanelInvitationResponse(link.InvitationId, links.UrlFor(http.Request, "panel/join", link.Token), link.ReplacesPanellistId));
    }

    /// <summary>A replayed answer never hands the one-time link out again.</summary>
    private static byte[] WithoutUrl(byte[] body)
    {
        var json = JsonNode.Parse(body);
        if (json is JsonObject invitation)
            invitation["url"] = null;
        return System.Text.Encoding.UTF8.GetBytes(json?.ToJsonString() ?? "{}");
    }

    private static async Task<Ok<AcceptResponse>> Accept(
        string token, [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] PreferencesRequest? request,
        IGrainFactory grains, ClaimsPrincipal user)
    {
        var roundId = token.Split('.')[0];
        if (!RoundIds.IsValid(roundId))
            throw new FunderPortal.Common.NotFoundException("This invitation link is not valid.");
        // A panellist token is not a person: accepting with one makes a new panellist-only identity.
        var signedIn = user.Identity?.IsAuthenticated == true && !PanelSubjects.IsPanelSubject(user.Subject()) ? user.Subject() : null;
        var membership = await grains.GetGrain<IGrantRoundGrain>(roundId).AcceptInvitationAsync(token, signedIn, request?.ToPreferences());
        return TypedResults.Ok(new AcceptResponse(membership.AccessToken, "Bearer", membership.RoundId, membership.PanellistId,
            membership.Pseudonym, membership.LinkedToUser));
    }

    private static async Task<Ok<PanellistResponse[]>> List(string roundId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).GetPanellistsAsync(user.Subject())).Select(p => p.ToResponse()).ToArray());

    private static async Task<Ok<PanellistResponse>> Me(string roundId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).GetMyPanellistAsync(user.Subject())).ToResponse());

    private static async Task<Ok<PanellistResponse>> ChangePreferences(string roundId, PreferencesRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).ChangeMyPreferencesAsync(request.ToPreferences(), user.Subject())).ToResponse());

    private static async Task<Created<PanelTimeResponse>> RecordTime(
        string roundId, string panellistId, TimeRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var entry = await grains.Round(roundId).RecordTimeAsync(panellistId, new RecordPanelTime(request.Activity, request.Minutes, request.On), user.Subject());
        return TypedResults.Created($"/api/v1/rounds/{roundId}/panellists/{panellistId}", entry.ToResponse());
    }

    private static async Task<Ok<PaymentsResponse>> Payments(string roundId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).GetPaymentsAsync(user.Subject())).ToResponse());
}
