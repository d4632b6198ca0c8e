using FunderPortal.Api.Charities;
using FunderPortal.Charities;
using FunderPortal.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Glossary;

/// <summary><c>GET /api/v1/vocabulary</c>: the portal's words, for forms and for people new to co-production.</summary>
public static class GlossaryApi
{
    public static IEndpointRouteBuilder MapVocabularyApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/vocabulary", GetVocabulary)
            .WithTags("Vocabulary")
            .WithName("GetVocabulary").WithSummary("Activity kinds with suggested practices, ladder rungs and zones, and the other named lists")
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static Ok<VocabularyResponse> GetVocabulary() => TypedResults.Ok(Response);

    private static readonly VocabularyResponse Response = new(
        [.. Enum.GetValues<ActivityKind>().Select(k => new ActivityKindTerm(k, Vocabulary.Describe(k),
            Vocabulary.PracticeSuggestions(k)))],
        [.. Enum.GetValues<LadderRung>().Select(r => new LadderRungTerm(r, Ladder.ZoneOf(r)))],
        Enum.GetValues<SeldomHeardGroup>(),
        Enum.GetValues<BarrierKind>(),
        Enum.GetValues<Principle>(),
        [.. Enum.GetValues<ReadinessQuestion>().Select(q => new ReadinessQuestionTerm(q, Vocabulary.Ask(q)))],
        [.. Enum.GetValues<LeadershipIndicator>().Select(i => new LeadershipIndicatorTerm(i, LeadershipBenchmarks.UnitOf(i),
            LeadershipBenchmarks.For(i) is { } b ? new NationalBenchmarkResponse(b.Percent, b.Description) : null))],
        Enum.GetValues<ResourcingCategory>(),
        Enum.GetValues<EvidenceKind>(),
        Enum.GetValues<ShareScope>());
}
