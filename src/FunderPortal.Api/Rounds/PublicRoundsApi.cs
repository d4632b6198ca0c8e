using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FunderPortal.Api.Errors;
using FunderPortal.Common;
using FunderPortal.Rounds;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Rounds;

/// <summary>
/// Published rounds, for anyone without signing in: the index (to find an open round) and each round's public page.
/// What is not published is not found.
/// </summary>
public static class PublicRoundsApi
{
    public static IEndpointRouteBuilder MapPublicRoundsApi(this IEndpointRouteBuilder app)
    {
        var rounds = app.MapGroup("/api/v1/public/rounds")
            .WithTags("Public").AllowAnonymous()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        rounds.MapGet("/", List)
            .WithName("ListPublicRounds").WithSummary("Published rounds by closing date, a page at a time (after: the previous page's next); phase filters, e.g. Open")
            .ProducesValidationProblem();
        rounds.MapGet("/{roundId}", Get)
            .WithName("GetPublicRound").WithSummary("A published round: who can apply, when, how it is judged, and once decided how many applied and who was funded (404 unless published)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<PublicRoundsPageResponse>> List(
        [Description("Only rounds in this phase, e.g. Open.")] RoundPhase? phase,
        [Range(1, Paging.MaxLimit), Description("How many rounds: 1 to 200 (default 50).")] int? limit,
        [Range(typeof(long), "0", "9223372036854775807"), Description("Rounds after this position: the previous page's next (0 or none for the first page).")] long? after,
        IGrainFactory grains)
    {
        var size = Paging.Check(after, limit);
        if (phase is { } p && !Enum.IsDefined(p))
            throw DomainValidationException.For("phase", $"One of {string.Join(", ", Enum.GetNames<RoundPhase>())}.");
        var page = await grains.GetGrain<IPublicRoundsGrain>(IPublicRoundsGrain.Key).GetPageAsync(phase, after, size);
        return TypedResults.Ok(page.ToResponse());
    }

    private static async Task<Ok<PublicRoundResponse>> Get(string roundId, IGrainFactory grains) =>
        TypedResults.Ok((await grains.Round(roundId).GetPublicAsync()).ToResponse());
}
