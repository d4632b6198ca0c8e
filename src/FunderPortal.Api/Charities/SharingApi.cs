using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Idempotency;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Charities;

/// <summary>
/// <c>/api/v1/charities/{orgId}/shares</c>: the charity decides which funder sees what, until when, and sees every
/// read the funder's members made. While shared, a funder's members read through the charity's own routes.
/// </summary>
public static class SharingApi
{
    public static RouteGroupBuilder MapSharingApi(this RouteGroupBuilder charity)
    {
        charity.MapPost("/shares", Share)
            .WithName("ShareWithFunder").WithSummary("Share the journey, resourcing plan or evidence with a funder, optionally until a date")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        charity.MapGet("/shares", List)
            .WithName("ListShares").WithSummary("Every share, live or ended (members only)");
        charity.MapDelete("/shares/{shareId}", Revoke)
            .WithName("RevokeShare").WithSummary("Stop sharing at once")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        charity.MapGet("/shares/{shareId}/access-log", AccessLog)
            .WithName("GetShareAccessLog").WithSummary("Every read the funder's members made through this share, newest first");
        return charity;
    }

    private static async Task<Created<ShareResponse>> Share(string orgId, ShareRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var share = await grains.Charity(orgId).ShareAsync(request.FunderOrgId ?? "", request.Scope ?? [], request.ExpiresAt, user.Subject());
        return TypedResults.Created($"/api/v1/charities/{orgId}/shares/{share.Id}", share.ToResponse());
    }

    private static async Task<Ok<ShareResponse[]>> List(string orgId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).GetSharesAsync(user.Subject())).Select(s => s.ToResponse()).ToArray());

    private static async Task<NoContent> Revoke(string orgId, string shareId, IGrainFactory grains, ClaimsPrincipal user)
    {
        await grains.Charity(orgId).RevokeShareAsync(shareId, user.Subject());
        return TypedResults.NoContent();
    }

    private static async Task<Ok<AccessLogEntryResponse[]>> AccessLog(string orgId, string shareId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).GetAccessLogAsync(shareId, user.Subject()))
            .Select(e => new AccessLogEntryResponse(e.FunderOrgId, e.Subject, e.What, e.At)).ToArray());

    private static ShareResponse ToResponse(this Share s) =>
        new(s.Id, s.FunderOrgId, s.Scope, s.ExpiresAt, s.SharedAt, s.RevokedAt);
}
