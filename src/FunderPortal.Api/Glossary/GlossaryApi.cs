using System.Globalization;
using FunderPortal.Api.Charities;
using FunderPortal.Api.Errors;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Web.Common;
using FunderPortal.Web.Localisation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FunderPortal.Api.Glossary;

/// <summary>
/// <c>GET /api/v1/vocabulary</c>: the portal's words, for forms and for people new to co-production. Its labels
/// (descriptions, practice suggestions, questions, benchmarks) are in the request's language, the same words the pages
/// use (<see cref="Words"/>); names stay the enums'. One answer per language, built once.
/// </summary>
public static class GlossaryApi
{
    public static IEndpointRouteBuilder MapVocabularyApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/vocabulary", GetVocabulary)
            .WithTags("Vocabulary")
            .WithName("GetVocabulary").WithSummary("Activity kinds with suggested practices, ladder rungs and zones, and the other named lists")
            .WithMetadata(ProblemLanguage.Metadata)
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static Ok<VocabularyResponse> GetVocabulary(HttpResponse response)
    {
        ProblemLanguage.MarkLocalised(response);
        return TypedResults.Ok(PortalCultures.IsWelsh ? InWelsh.Value : InEnglish.Value);
    }

    private static readonly Lazy<VocabularyResponse> InEnglish = new(() => Build(PortalCultures.English));

    private static readonly Lazy<VocabularyResponse> InWelsh = new(() => Build(PortalCultures.Welsh));

    /// <summary>The answer with its labels in <paramref name="culture"/>'s language.</summary>
    private static VocabularyResponse Build(CultureInfo culture)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return new(
                [.. Enum.GetValues<ActivityKind>().Select(k => new ActivityKindTerm(k, Words.Describe(k), Words.PracticeSuggestions(k)))],
                [.. Enum.GetValues<LadderRung>().Select(r => new LadderRungTerm(r, Ladder.ZoneOf(r)))],
                Enum.GetValues<SeldomHeardGroup>(),
                Enum.GetValues<BarrierKind>(),
                Enum.GetValues<Principle>(),
                [.. Enum.GetValues<ReadinessQuestion>().Select(q => new ReadinessQuestionTerm(q, Words.Ask(q)))],
                [.. Enum.GetValues<LeadershipIndicator>().Select(i => new LeadershipIndicatorTerm(i, LeadershipBenchmarks.UnitOf(i),
                    LeadershipBenchmarks.For(i) is { } b ? new NationalBenchmarkResponse(b.Percent, Words.Benchmark(i) ?? b.Description) : null))],
                Enum.GetValues<ResourcingCategory>(),
                Enum.GetValues<EvidenceKind>(),
                Enum.GetValues<ShareScope>());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
