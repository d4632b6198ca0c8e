using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Charities;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Idempotency;
using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FunderPortal.Api.Funders;

/// <summary>
/// <c>/api/v1/funders</c>: registration, profile, members and programmes; grants, feedback, the portfolio and
/// open data hang off the same <c>/{orgId}</c> group. Handlers only translate: the funder grain decides and
/// refuses (its exceptions become problem+json in <see cref="PortalExceptionHandler"/>).
/// </summary>
public static class FundersApi
{
    public static IEndpointRouteBuilder MapFundersApi(this IEndpointRouteBuilder app)
    {
        var funders = app.MapGroup("/api/v1/funders")
            .WithTags("Funders")
            .RequireAuthorization()
            .ProducesCommonProblems();

        funders.MapPost("/", Register)
            .WithName("RegisterFunder").WithSummary("Register a funder; you become its editor")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();

        var funder = funders.MapGroup("/{orgId}")
            .ProducesProblem(StatusCodes.Status404NotFound);

        funder.MapGet("/", GetProfile)
            .WithName("GetFunder").WithSummary("The funder's profile and programmes, with its version as ETag");
        funder.MapPatch("/", ChangeProfile)
            .WithName("ChangeFunder").WithSummary("Change the profile; send If-Match to refuse a change to a stale version")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status412PreconditionFailed);

        funder.MapGet("/members", GetMembers)
            .WithName("ListFunderMembers").WithSummary("Who can see (viewer) and change (editor) this funder");
        funder.MapPut("/members/{subject}", SetMember)
            .WithName("SetFunderMember").WithSummary("Add a member, or change their role")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        funder.MapDelete("/members/{subject}", RemoveMember)
            .WithName("RemoveFunderMember").WithSummary("Remove a member")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);

        funder.MapGet("/programmes", GetProgrammes)
            .WithName("ListProgrammes").WithSummary("The funder's grant programmes");
        funder.MapPost("/programmes", AddProgramme)
            .WithName("AddProgramme").WithSummary("Add a grant programme")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        funder.MapPut("/programmes/{programmeId}", ChangeProgramme)
            .WithName("ChangeProgramme").WithSummary("Replace a programme's title and description")
            .ProducesWriteProblems();

        funder.MapFunderGrantsApi();
        funder.MapPortfolioApi();
        funder.MapOpenGrantsApi();
        funder.MapPledgesApi();
        return app;
    }

    private static async Task<Created<FunderProfileResponse>> Register(
        RegisterFunderRequest request, IGrainFactory grains, ClaimsPrincipal user, HttpContext http)
    {
        var profile = await grains.Funder(OrgId.Require(request.OrgId)).RegisterAsync(request.ToCommand(), user.Subject());
        http.Response.Headers.ETag = ETags.Format(profile.Version);
        return TypedResults.Created($"/api/v1/funders/{profile.OrgId}", profile.ToResponse());
    }

    private static async Task<Ok<FunderProfileResponse>> GetProfile(
        string orgId, IGrainFactory grains, ClaimsPrincipal user, HttpContext http)
    {
        var profile = await grains.Funder(orgId).GetProfileAsync(user.Subject());
        http.Response.Headers.ETag = ETags.Format(profile.Version);
        return TypedResults.Ok(profile.ToResponse());
    }

    private static async Task<Ok<FunderProfileResponse>> ChangeProfile(
        string orgId, ChangeFunderProfileRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        IGrainFactory grains, ClaimsPrincipal user, HttpContext http)
    {
        var profile = await grains.Funder(orgId).ChangeProfileAsync(request.ToCommand(), ETags.ExpectedVersion(ifMatch), user.Subject());
        http.Response.Headers.ETag = ETags.Format(profile.Version);
        return TypedResults.Ok(profile.ToResponse());
    }

    private static async Task<Ok<MemberResponse[]>> GetMembers(string orgId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Funder(orgId).GetMembersAsync(user.Subject())).Select(m => m.ToResponse()).ToArray());

    private static async Task<Ok<MemberResponse>> SetMember(
        string orgId, string subject, SetMemberRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Funder(orgId).SetMemberAsync(subject, request.Role, user.Subject())).ToResponse());

    private static async Task<NoContent> RemoveMember(string orgId, string subject, IGrainFactory grains, ClaimsPrincipal user)
    {
        await grains.Funder(orgId).RemoveMemberAsync(subject, user.Subject());
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ProgrammeResponse[]>> GetProgrammes(string orgId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Funder(orgId).GetProfileAsync(user.Subject())).Programmes.Select(p => p.ToResponse()).ToArray());

    private static async Task<Created<ProgrammeResponse>> AddProgramme(
        string orgId, ProgrammeRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var programme = await grains.Funder(orgId).AddProgrammeAsync(request.ToDetails(), user.Subject());
        return TypedResults.Created($"/api/v1/funders/{orgId}/programmes/{programme.Id}", programme.ToResponse());
    }

    private static async Task<Ok<ProgrammeResponse>> ChangeProgramme(
        string orgId, string programmeId, ProgrammeRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Funder(orgId).ChangeProgrammeAsync(programmeId, request.ToDetails(), user.Subject())).ToResponse());
}
