using System.Security.Claims;
using FunderPortal.Api.Charities;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Idempotency;
using FunderPortal.Api.Reads;
using FunderPortal.Common;
using FunderPortal.Http;
using FunderPortal.Organisations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FunderPortal.Api.Organisations;

/// <summary>
/// What makes the routes of <see cref="IOrganisationGrain{TProfile, TRegister, TChange}"/> a charity's or a funder's: its
/// words in operation names and summaries, its grain, and how its requests and profile are translated.
/// </summary>
public sealed record OrganisationKind<TProfile, TRegister, TChange, TProfileResponse, TRegisterRequest, TChangeRequest>(
    string Noun,
    string BasePath,
    string ProfileSummary,
    Func<IGrainFactory, string?, IOrganisationGrain<TProfile, TRegister, TChange>> Grain,
    Func<TRegisterRequest, string?> OrgIdOf,
    Func<TRegisterRequest, TRegister> Register,
    Func<TChangeRequest, TChange> Change,
    Func<TProfile, TProfileResponse> ToResponse,
    Func<TProfile, (string OrgId, long Version)> Identity);

/// <summary>
/// Registration, the profile and members: the same routes for charities and funders, mapped once for each. Handlers
/// only translate; the grain decides and refuses.
/// </summary>
public static class OrganisationRoutes
{
    /// <summary>Maps the shared routes under <paramref name="all"/> and returns the <c>/{orgId}</c> group for the rest.</summary>
    public static RouteGroupBuilder MapOrganisation<TProfile, TRegister, TChange, TResponse, TRegisterRequest, TChangeRequest>(
        this RouteGroupBuilder all, OrganisationKind<TProfile, TRegister, TChange, TResponse, TRegisterRequest, TChangeRequest> kind)
        where TRegisterRequest : class
        where TChangeRequest : class
    {
        var noun = kind.Noun.ToLowerInvariant();
        var handlers = new OrganisationHandlers<TProfile, TRegister, TChange, TResponse, TRegisterRequest, TChangeRequest>(kind);

        all.MapPost("/", handlers.RegisterHandler)
            .WithName($"Register{kind.Noun}").WithSummary($"Register a {noun}; you become its editor")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();

        var one = all.MapGroup("/{orgId}")
            .ProducesProblem(StatusCodes.Status404NotFound);

        one.MapGet("/", handlers.GetProfileHandler)
            .WithName($"Get{kind.Noun}").WithSummary(kind.ProfileSummary);
        one.MapPatch("/", handlers.ChangeProfileHandler)
            .WithName($"Change{kind.Noun}").WithSummary("Change the profile; send If-Match to refuse a change to a stale version")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status412PreconditionFailed);

        one.MapGet("/members", handlers.GetMembersHandler)
            .WithName($"List{kind.Noun}Members").WithSummary($"Who can see (viewer) and change (editor) this {noun}");
        one.MapPut("/members/{subject}", handlers.SetMemberHandler)
            .WithName($"Set{kind.Noun}Member").WithSummary("Add a member, or change their role")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        one.MapDelete("/members/{subject}", handlers.RemoveMemberHandler)
            .WithName($"Remove{kind.Noun}Member").WithSummary("Remove a member")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);

        return one;
    }
}

/// <summary>The handlers of <see cref="OrganisationRoutes"/>, for one kind of organisation.</summary>
internal sealed class OrganisationHandlers<TProfile, TRegister, TChange, TResponse, TRegisterRequest, TChangeRequest>(
    OrganisationKind<TProfile, TRegister, TChange, TResponse, TRegisterRequest, TChangeRequest> kind)
    where TRegisterRequest : class
    where TChangeRequest : class
{
    public async Task<Created<TResponse>> Register(TRegisterRequest request, IGrainFactory grains, ClaimsPrincipal user, HttpContext http)
    {
        var profile = await kind.Grain(grains, OrgId.Require(kind.OrgIdOf(request))).RegisterAsync(kind.Register(request), user.Subject());
        var (orgId, version) = kind.Identity(profile);
        http.Response.Headers.ETag = ETags.Format(version);
        return TypedResults.Created($"{kind.BasePath}/{orgId}", kind.ToResponse(profile));
    }

    /// <summary>The profile as this reader sees it (their role), tagged with its version as a write's If-Match takes it; 304 while current.</summary>
    public async Task<ConditionalJson<TResponse>> GetProfile(string orgId, IGrainFactory grains, ClaimsPrincipal user)
    {
        var profile = await kind.Grain(grains, orgId).GetProfileAsync(user.Subject());
        return ConditionalJson.ForVersionOf(kind.Identity(profile).Version, kind.ToResponse(profile));
    }

    public async Task<Ok<TResponse>> ChangeProfile(
        string orgId, TChangeRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, IGrainFactory grains, ClaimsPrincipal user, HttpContext http) =>
        WithETag(await kind.Grain(grains, orgId).ChangeProfileAsync(kind.Change(request), ETags.ExpectedVersion(ifMatch), user.Subject()), http);

    public async Task<Ok<MemberResponse[]>> GetMembers(string orgId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await kind.Grain(grains, orgId).GetMembersAsync(user.Subject())).Select(m => m.ToResponse()).ToArray());

    public async Task<Ok<MemberResponse>> SetMember(string orgId, string subject, SetMemberRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await kind.Grain(grains, orgId).SetMemberAsync(subject, request.Role, user.Subject())).ToResponse());

    public async Task<NoContent> RemoveMember(string orgId, string subject, IGrainFactory grains, ClaimsPrincipal user)
    {
        await kind.Grain(grains, orgId).RemoveMemberAsync(subject, user.Subject());
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The handlers as delegates: mapped from a generic class, they are handed over already made (the route
    /// handler analyzer cannot follow a method group of a generic type, and fails the build).
    /// </summary>
    public Delegate RegisterHandler => Register;

    public Delegate GetProfileHandler => GetProfile;

    public Delegate ChangeProfileHandler => ChangeProfile;

    public Delegate GetMembersHandler => GetMembers;

    public Delegate SetMemberHandler => SetMember;

    public Delegate RemoveMemberHandler => RemoveMember;

    /// <summary>The profile with its version as ETag, so the next change can send If-Match.</summary>
    private Ok<TResponse> WithETag(TProfile profile, HttpContext http)
    {
        http.Response.Headers.ETag = ETags.Format(kind.Identity(profile).Version);
        return TypedResults.Ok(kind.ToResponse(profile));
    }
}
