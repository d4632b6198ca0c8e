namespace FunderPortal.Rounds;

/// <summary>Everything <see cref="RoundAggregation.Aggregate"/> needs: the round's rules, its applications and the panel's judgements.</summary>
/// <param name="Applications">In submission order.</param>
/// <param name="Sheets">Scores (<see cref="JudgingMode.Scoring"/>); ignored in <see cref="JudgingMode.TopPick"/>.</param>
/// <param name="TopPicks">Picks (<see cref="JudgingMode.TopPick"/>); ignored in <see cref="JudgingMode.Scoring"/>.</param>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.AggregationInput")]
public sealed record AggregationInput(
    [property: Id(0)] JudgingMode Mode,
    [property: Id(1)] IReadOnlyList<CriterionWeight> Criteria,
    [property: Id(2)] IReadOnlyList<ApplicationInput> Applications,
    [property: Id(3)] IReadOnlyList<string> PanellistIds,
    [property: Id(4)] IReadOnlyList<ScoreSheetInput> Sheets,
    [property: Id(5)] IReadOnlyList<TopPickInput> TopPicks,
    [property: Id(6)] int TopPickCount,
    [property: Id(7)] RankBy RankBy,
    [property: Id(8)] long BudgetPence,
    [property: Id(9)] long MinAwardPence,
    [property: Id(10)] long MaxAwardPence);
