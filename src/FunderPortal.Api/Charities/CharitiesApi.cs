using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Evidence;
using FunderPortal.Api.Idempotency;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FunderPortal.Api.Charities;

/// <summary>
/// <c>/api/v1/charities</c>: registration, profile and members; the journey map's routes hang off the same
/// <c>/{orgId}</c> group. Handlers only translate: the charity grain decides and refuses (its exceptions
/// become problem+json in <see cref="PortalExceptionHandler"/>).
/// </summary>
public static class CharitiesApi
{
    public static IEndpointRouteBuilder MapCharitiesApi(this IEndpointRouteBuilder app)
    {
        var charities = app.MapGroup("/api/v1/charities")
            .WithTags("Charities")
            .RequireAuthorization()
            .ProducesCommonProblems();

        charities.MapPost("/", Register)
            .WithName("RegisterCharity").WithSummary("Register a charity; you become its editor")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();

        var charity = charities.MapGroup("/{orgId}")
            .ProducesProblem(StatusCodes.Status404NotFound);

        charity.MapGet("/", GetProfile)
            .WithName("GetCharity").WithSummary("The charity's profile, with its version as ETag");
        charity.MapPatch("/", ChangeProfile)
            .WithName("ChangeCharity").WithSummary("Change the profile; send If-Match to refuse a change to a stale version")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status412PreconditionFailed);

        charity.MapGet("/members", GetMembers)
            .WithName("ListCharityMembers").WithSummary("Who can see (viewer) and change (editor) this charity");
        charity.MapPut("/members/{subject}", SetMember)
            .WithName("SetCharityMember").WithSummary("Add a member, or change their role")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        charity.MapDelete("/members/{subject}", RemoveMember)
            .WithName("RemoveCharityMember").WithSummary("Remove a member")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);

        charity.MapInvitationsApi();
        charity.MapWorkstreamsApi();
        charity.MapJourneyApi();
        charity.MapEvidenceApi();
        charity.MapResourcingApi();
        charity.MapSharingApi();
        app.MapInvitationAcceptance();
        return app;
    }

    private static async Task<Created<CharityProfileResponse>> Register(
        RegisterCharityRequest request, IGrainFactory grains, ClaimsPrincipal user, HttpContext http)
    {
        var profile = await grains.Charity(OrgId.Require(request.OrgId)).RegisterAsync(request.ToCommand(), user.Subject());
        http.Response.Headers.ETag = ETags.Format(profile.Version);
        return TypedResults.Created($"/api/v1/charities/{profile.OrgId}", profile.ToResponse());
    }

    private static async Task<Ok<CharityProfileResponse>> GetProfile(
        string orgId, IGrainFactory grains, ClaimsPrincipal user, HttpContext http)
    {
        var profile = await grains.Charity(orgId).GetProfileAsync(user.Subject());
        http.Response.Headers.ETag = ETags.Format(profile.Version);
        return TypedResults.Ok(profile.ToResponse());
    }

    private static async Task<Ok<CharityProfileResponse>> ChangeProfile(
        string orgId, ChangeCharityProfileRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        IGrainFactory grains, ClaimsPrincipal user, HttpContext http)
    {
        var profile = await grains.Charity(orgId).ChangeProfileAsync(request.ToCommand(), ETags.ExpectedVersion(ifMatch), user.Subject());
        http.Response.Headers.ETag = ETags.Format(profile.Version);
        return TypedResults.Ok(profile.ToResponse());
    }

    private static async Task<Ok<MemberResponse[]>> GetMembers(string orgId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).GetMembersAsync(user.Subject())).Select(m => m.ToResponse()).ToArray());

    private static async Task<Ok<MemberResponse>> SetMember(
        string orgId, string subject, SetMemberRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).SetMemberAsync(subject, request.Role, user.Subject())).ToResponse());

    private static async Task<NoContent> RemoveMember(string orgId, string subject, IGrainFactory grains, ClaimsPrincipal user)
    {
        await grains.Charity(orgId).RemoveMemberAsync(subject, user.Subject());
        return TypedResults.NoContent();
    }
}
