using System.Security.Claims;
using FunderPortal.Api.Auth;
using FunderPortal.Api.Errors;
using FunderPortal.Api.Exports;
using FunderPortal.Api.Idempotency;
using FunderPortal.Api.OpenApi;
using FunderPortal.Common;
using FunderPortal.Http;
using FunderPortal.Rounds;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Rounds;

/// <summary>Conflicts, independent scoring, results, deliberation and decisions.</summary>
public static class ScoringApi
{
    public static RouteGroupBuilder MapScoringApi(this RouteGroupBuilder round)
    {
        var application = round.MapGroup("/applications/{applicationId}");
        application.MapPut("/conflict", DeclareConflict)
            .WithName("DeclareConflict").WithSummary("Declare a conflict of interest (None, or Declared with details); a conflicted panellist neither scores nor sees the scores")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        application.MapPut("/scores/mine", SubmitScores)
            .WithName("SubmitMyScores").WithSummary("Your scores for every criterion (0..scaleMax), with optional comments; change them until scoring ends")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        application.MapGet("/scores/mine", GetMyScores)
            .WithName("GetMyScores").WithSummary("Your own scores for this application")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        application.MapGet("/scores", GetScores)
            .WithName("ListScores").WithSummary("Every panellist's scores and comments, once scoring has ended (409 before)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        application.MapPost("/notes", AddNote)
            .WithName("AddDiscussionNote").WithSummary("A discussion note, during Deliberation (non-conflicted panellists and funder editors)")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict)
            .WithIdempotency(NoteReplays.WithoutText, NoteReplays.TextFromRequest);
        application.MapGet("/notes", GetNotes)
            .WithName("ListDiscussionNotes").WithSummary("The discussion of this application (hidden from conflicted panellists)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        application.MapPut("/decision", Decide)
            .WithName("RecordDecision").WithSummary("Funded (amount), NotFunded or Waitlisted, with the panel's rationale: the applicant's feedback")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);

        round.MapGet("/conflicts", GetConflicts)
            .WithName("ListConflicts").WithSummary("Every declaration of interest (funder members)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        round.MapPut("/top-picks/mine", SubmitTopPicks)
            .WithName("SubmitMyTopPicks").WithSummary("Your top picks, best first (TopPick rounds), until scoring ends")
            .ProducesWriteProblems().ProducesProblem(StatusCodes.Status409Conflict);
        round.MapGet("/top-picks/mine", GetMyTopPicks)
            .WithName("GetMyTopPicks").WithSummary("Your own top picks")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        round.MapGet("/results", GetResults)
            .WithName("GetRoundResults")
            .WithSummary("Per application: mean, median, standard deviation, normalised score, scorers, disagreement, rank and recommended award; 409 before scoring ends")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        round.MapGet("/results/export", ExportRoutes.RoundResultsAsync)
            .WithName("ExportRoundResults").WithSummary("The results as a CSV file or an Excel workbook, one application a row: scores, disagreement, rank, recommended award; 409 before scoring ends")
            .ProducesExport().ProducesProblem(StatusCodes.Status409Conflict);
        return round;
    }

    private static async Task<Ok<ConflictResponse>> DeclareConflict(
        string roundId, string applicationId, ConflictRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).DeclareConflictAsync(applicationId, new DeclareConflict(request.Declaration, request.Details), user.Subject())).ToResponse());

    private static async Task<Ok<ConflictResponse[]>> GetConflicts(string roundId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).GetConflictsAsync(user.Subject())).Select(c => c.ToResponse()).ToArray());

    private static async Task<Ok<ScoreSheetResponse>> SubmitScores(
        string roundId, string applicationId, ScoresRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).SubmitScoresAsync(applicationId,
            new SubmitScores(request.Scores, request.Comments, request.Comment), user.Subject())).ToResponse());

    private static async Task<Ok<ScoreSheetResponse>> GetMyScores(string roundId, string applicationId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).GetMyScoresAsync(applicationId, user.Subject())).ToResponse());

    private static async Task<Ok<ScoreSheetResponse[]>> GetScores(string roundId, string applicationId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).GetScoresAsync(applicationId, user.Subject())).Select(s => s.ToResponse()).ToArray());

    private static async Task<Ok<TopPicksResponse>> SubmitTopPicks(string roundId, TopPicksRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).SubmitTopPicksAsync(request.ApplicationIds, user.Subject())).ToResponse());

    private static async Task<Ok<TopPicksResponse>> GetMyTopPicks(string roundId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).GetMyTopPicksAsync(user.Subject())).ToResponse());

    /// <summary><c>rankBy</c> is <c>mean</c> or <c>normalised</c> (any case); the round's own choice when omitted.</summary>
    private static async Task<Ok<RoundResultsResponse>> GetResults(string roundId, string? rankBy, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).GetResultsAsync(ParseRankBy(rankBy), user.Subject())).ToResponse());

    /// <summary>null (the round's own choice) when omitted; 400 keyed <c>rankBy</c> for anything but a name of <see cref="RankBy"/>.</summary>
    internal static RankBy? ParseRankBy(string? rankBy) =>
        rankBy is null ? null
        : Enum.TryParse<RankBy>(rankBy, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(rankBy, out _)
            ? parsed
            : throw DomainValidationException.For("rankBy", "mean or normalised.");

    private static async Task<Created<NoteResponse>> AddNote(string roundId, string applicationId, NoteRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var note = await grains.Round(roundId).AddNoteAsync(applicationId, request.Text, user.Subject());
        return TypedResults.Created($"/api/v1/rounds/{roundId}/applications/{applicationId}/notes", note.ToResponse());
    }

    private static async Task<Ok<NoteResponse[]>> GetNotes(string roundId, string applicationId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).GetNotesAsync(applicationId, user.Subject())).Select(n => n.ToResponse()).ToArray());

    private static async Task<Ok<ApplicationResponse>> Decide(
        string roundId, string applicationId, DecisionRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok((await grains.Round(roundId).DecideAsync(applicationId, request.ToCommand(), user.Subject())).ToResponse());
}
