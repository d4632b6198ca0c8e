using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Idempotency;
using FunderPortal.Api.Reads;
using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.Http;
using FunderPortal.Rounds;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Rounds;

/// <summary>
/// Participatory grant rounds: <c>/api/v1/funders/{orgId}/rounds</c> to create and list them, <c>/api/v1/rounds/{roundId}</c>
/// for everything else. Handlers only translate: the round grain decides who may do what, in which phase.
/// </summary>
public static class RoundsApi
{
    public static IEndpointRouteBuilder MapRoundsApi(this IEndpointRouteBuilder app)
    {
        var funderRounds = app.MapGroup("/api/v1/funders/{orgId}/rounds")
            .WithTags("Rounds").RequireAuthorization().ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        funderRounds.MapPost("/", Create)
            .WithName("CreateRound").WithSummary("Create a participatory grant round (a Draft) with its budget, award limits, timetable and rubric")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
        funderRounds.MapGet("/", List)
            .WithName("ListRounds").WithSummary("The funder's rounds, newest first");

        var round = app.MapGroup("/api/v1/rounds/{roundId}")
            .WithTags("Rounds").RequireAuthorization().ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        round.MapGet("/", Get)
            .WithName("GetRound").WithSummary("The round: setup, phase and (once decided) its outcome. Open rounds are readable by anyone signed in");
        round.MapPut("/", ChangeSetup)
            .WithName("ChangeRound").WithSummary("Replace the round's setup while it is a Draft")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        round.MapPost("/phase", MoveTo)
            .WithName("MoveRoundPhase")
            .WithSummary("Move the round to its next phase; 409 for a skip, a step back, or Decided with undecided applications. Drafts still unsent when scoring starts are discarded (their charities are told)")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        round.MapPut("/publication", Publish)
            .WithName("SetRoundPublication").WithSummary("Show (true) or take down (false) the round's public page and its place in the public index (funder editors)")
            .ProducesWriteProblems();

        round.MapRoundApplicationsApi();
        round.MapPanelApi();
        round.MapScoringApi();
        app.MapPanelInvitationAcceptance();
        app.MapPublicRoundsApi();
        return app;
    }

    private static async Task<Created<RoundResponse>> Create(
        string orgId, RoundRequest request, IGrainFactory grains, ClaimsPrincipal user, HttpContext http)
    {
        if (!OrgId.IsValid(orgId))
            throw FunderAccess.NotFound();
        // With an Idempotency-Key every retry names the same round, so it finds the one a failed attempt created.
        var id = IdempotentRequest.IdOf(http) is { } requestId ? Ids.For("round", requestId) : Ids.New();
        var view = await grains.GetGrain<IGrantRoundGrain>(id).CreateAsync(orgId, request.ToDetails(), user.Subject());
        return TypedResults.Created($"/api/v1/rounds/{id}", view.ToResponse());
    }

    private static async Task<Ok<RoundListingResponse[]>> List(string orgId, IGrainFactory grains, ClaimsPrincipal user)
    {
        return TypedResults.Ok((await grains.Funder(orgId).GetRoundsAsync(user.Subject())).Select(r => r.ToResponse()).ToArray());
    }

    private static async Task<ConditionalJson<RoundResponse>> Get(string roundId, IGrainFactory grains, ClaimsPrincipal user) =>
        ConditionalJson.ForContent((await grains.Round(roundId).GetAsync(user.Subject())).ToResponse());

    private static async Task<Ok<RoundResponse>> ChangeSetup(string roundId, RoundRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).ChangeSetupAsync(request.ToDetails(), user.Subject())).ToResponse());

    private static async Task<Ok<RoundResponse>> MoveTo(string roundId, PhaseRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).MoveToAsync(request.Phase, user.Subject())).ToResponse());

    private static async Task<Ok<RoundResponse>> Publish(string roundId, PublicationRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).PublishAsync(request.Published, user.Subject())).ToResponse());
}
