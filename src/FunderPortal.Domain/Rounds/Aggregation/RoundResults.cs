namespace FunderPortal.Rounds;

/// <summary>
/// A round's aggregated results: applications by rank (ties in submission order), unranked last in submission
/// order; <paramref name="RemainingPence"/> = <paramref name="BudgetPence"/> − <paramref name="RecommendedPence"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.RoundResults")]
public sealed record RoundResults(
    [property: Id(0)] JudgingMode Mode,
    [property: Id(1)] RankBy RankBy,
    [property: Id(2)] long BudgetPence,
    [property: Id(3)] long RecommendedPence,
    [property: Id(4)] long RemainingPence,
    [property: Id(5)] IReadOnlyList<ApplicationResult> Applications);
