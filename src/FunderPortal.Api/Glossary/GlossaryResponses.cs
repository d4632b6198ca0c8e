using FunderPortal.Api.Charities;
using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Api.Glossary;

public sealed record ActivityKindTerm(ActivityKind Name, string Description, IReadOnlyList<string> PracticeSuggestions);

public sealed record LadderRungTerm(LadderRung Name, LadderZone Zone);

public sealed record ReadinessQuestionTerm(ReadinessQuestion Name, string Question);

public sealed record LeadershipIndicatorTerm(LeadershipIndicator Name, IndicatorUnit Unit, NationalBenchmarkResponse? NationalBenchmark);

public sealed record VocabularyResponse(
    IReadOnlyList<ActivityKindTerm> ActivityKinds,
    IReadOnlyList<LadderRungTerm> LadderRungs,
    IReadOnlyList<SeldomHeardGroup> SeldomHeardGroups,
    IReadOnlyList<BarrierKind> BarrierKinds,
    IReadOnlyList<Principle> Principles,
    IReadOnlyList<ReadinessQuestionTerm> ReadinessQuestions,
    IReadOnlyList<LeadershipIndicatorTerm> LeadershipIndicators,
    IReadOnlyList<ResourcingCategory> ResourcingCategories,
    IReadOnlyList<EvidenceKind> EvidenceKinds,
    IReadOnlyList<ShareScope> ShareScopes);
