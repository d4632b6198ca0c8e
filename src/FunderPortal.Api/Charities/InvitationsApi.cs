using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Evidence;
using FunderPortal.Api.Hosting;
using FunderPortal.Api.Idempotency;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Charities;

/// <summary>Joining a charity by a one-time link instead of being added by subject.</summary>
public static class InvitationsApi
{
    public static RouteGroupBuilder MapInvitationsApi(this RouteGroupBuilder charity)
    {
        charity.MapPost("/invitations", Invite)
            .WithName("InviteCharityMember").WithSummary("Make a one-time link to join as Editor or Viewer (shown only in this answer; emailed too when an address is given)")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict)
            .WithIdempotency(EvidenceMappings.WithoutLinkUrls);
        return charity;
    }

    public static IEndpointRouteBuilder MapInvitationAcceptance(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/invitations/{token}/accept", Accept)
            .WithTags("Charities")
            .WithName("AcceptCharityInvitation").WithSummary("Join the charity the link is for, as you are signed in")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Created<InvitationResponse>> Invite(
        string orgId, InvitationRequest request, IGrainFactory grains, ClaimsPrincipal user, PortalLinks links, HttpContext http)
    {
        var invitation = await grains.Charity(orgId).InviteAsync(request.Role, request.Email, user.Subject());
        return TypedResults.Created($"/api/v1/charities/{orgId}/members",
            new InvitationResponse([new InvitationLinkResponse(invitation.Role, links.UrlFor(http.Request, "join", invitation.Token), invitation.ExpiresAt)]));
    }

    private static async Task<Ok<MemberResponse>> Accept(string token, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.CharityFor(token).AcceptInvitationAsync(token, user.Subject())).ToResponse());
}
