using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Charities;
using FunderPortal.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FunderPortal.Api.Charities;

/// <summary>
/// <c>/api/v1/charities</c>: registration, profile, members and the journey map. Handlers only translate:
/// the charity grain decides and refuses (its exceptions become problem+json in <see cref="PortalExceptionHandler"/>).
/// </summary>
public static class CharitiesApi
{
    public static IEndpointRouteBuilder MapCharitiesApi(this IEndpointRouteBuilder app)
    {
        var charities = app.MapGroup("/api/v1/charities")
            .WithTags("Charities")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        charities.MapPost("/", Register)
            .WithName("RegisterCharity").WithSummary("Register a charity; you become its editor")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        var charity = charities.MapGroup("/{orgId}")
            .ProducesProblem(StatusCodes.Status404NotFound);

        charity.MapGet("/", GetProfile)
            .WithName("GetCharity").WithSummary("The charity's profile, with its version as ETag");
        charity.MapPatch("/", ChangeProfile)
            .WithName("ChangeCharity").WithSummary("Change the profile; send If-Match to refuse a change to a stale version")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        charity.MapGet("/members", GetMembers)
            .WithName("ListCharityMembers").WithSummary("Who can see (viewer) and change (editor) this charity");
        charity.MapPut("/members/{subject}", SetMember)
            .WithName("SetCharityMember").WithSummary("Add a member, or change their role")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        charity.MapDelete("/members/{subject}", RemoveMember)
            .WithName("RemoveCharityMember").WithSummary("Remove a member")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);

        charity.MapPost("/workstreams", StartWorkstream)
            .WithName("StartWorkstream").WithSummary("Start a workstream (a piece of co-production work)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        charity.MapGet("/workstreams/{workstreamId}", GetWorkstream)
            .WithName("GetWorkstream").WithSummary("One workstream with its rungs");
        charity.MapPatch("/workstreams/{workstreamId}", ChangeWorkstream)
            .WithName("ChangeWorkstream").WithSummary("Change a workstream's title or words")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        charity.MapPut("/workstreams/{workstreamId}/rungs/{activityKind}", SetRungs)
            .WithName("SetRungs").WithSummary("Set the current and target ladder rung of one activity kind")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        charity.MapGet("/journey", GetJourney)
            .WithName("GetJourney").WithSummary("The journey map now, or as it was at asOf")
            .ProducesValidationProblem();
        charity.MapGet("/history", GetHistory)
            .WithName("GetCharityHistory").WithSummary("Every recorded change, oldest first, a page at a time")
            .ProducesValidationProblem();
        return app;
    }

    private static ICharityGrain Charity(this IGrainFactory grains, string orgId) => grains.GetGrain<ICharityGrain>(orgId);

    private static async Task<Created<CharityProfileResponse>> Register(
        RegisterCharityRequest request, IGrainFactory grains, ClaimsPrincipal user, HttpContext http)
    {
        if (!OrgId.IsValid(request.OrgId))
            throw DomainValidationException.For("orgId", "Not an org-id: use the form GB-CHC-1234567 (country, register, identifier).");
        var profile = await grains.Charity(request.OrgId).RegisterAsync(request.ToCommand(), user.Subject());
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

    private static async Task<Created<WorkstreamResponse>> StartWorkstream(
        string orgId, StartWorkstreamRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var workstream = await grains.Charity(orgId).StartWorkstreamAsync(request.ToCommand(), user.Subject());
        return TypedResults.Created($"/api/v1/charities/{orgId}/workstreams/{workstream.Id}", workstream.ToResponse());
    }

    private static async Task<Ok<WorkstreamResponse>> GetWorkstream(
        string orgId, string workstreamId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).GetWorkstreamAsync(workstreamId, user.Subject())).ToResponse());

    private static async Task<Ok<WorkstreamResponse>> ChangeWorkstream(
        string orgId, string workstreamId, ChangeWorkstreamRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).ChangeWorkstreamAsync(workstreamId, request.ToCommand(), user.Subject())).ToResponse());

    private static async Task<Ok<WorkstreamResponse>> SetRungs(
        string orgId, string workstreamId, ActivityKind activityKind, SetRungsRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var rungs = new RungPair(request.Current, request.Target);
        return TypedResults.Ok((await grains.Charity(orgId).SetRungsAsync(workstreamId, activityKind, rungs, user.Subject())).ToResponse());
    }

    private static async Task<Ok<JourneyResponse>> GetJourney(
        string orgId, DateTimeOffset? asOf, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Charity(orgId).GetJourneyAsync(asOf?.ToUniversalTime(), user.Subject())).ToResponse());

    private static async Task<Ok<HistoryResponse>> GetHistory(
        string orgId, long? after, int? limit, IGrainFactory grains, ClaimsPrincipal user)
    {
        var errors = new ErrorBag();
        if (after < 0)
            errors.Add("after", "A version: 0 or more.");
        if (limit is < 1 or > Limits.HistoryPageMax)
            errors.Add("limit", $"Between 1 and {Limits.HistoryPageMax}.");
        errors.ThrowIfAny();
        var page = await grains.Charity(orgId).GetHistoryAsync(after ?? 0, limit ?? Limits.HistoryPageDefault, user.Subject());
        return TypedResults.Ok(page.ToResponse());
    }
}
