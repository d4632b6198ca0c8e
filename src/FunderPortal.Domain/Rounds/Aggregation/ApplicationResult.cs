namespace FunderPortal.Rounds;

/// <summary>
/// The aggregate for one application. Statistics are over the scorers' totals and null when nobody scored it;
/// <paramref name="Rank"/> is null (and the award 0) then too. <paramref name="Points"/> is the Borda count in
/// <see cref="JudgingMode.TopPick"/> and null in <see cref="JudgingMode.Scoring"/>.
/// </summary>
/// <param name="Totals">The scorers' totals, in the order of <see cref="AggregationInput.PanellistIds"/>.</param>
/// <param name="EligiblePanellists">Panellists not conflicted on this application ("n of m scored").</param>
/// <param name="RecommendedAwardPence">0 when the recommended allocation does not fund it.</param>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.ApplicationResult")]
public sealed record ApplicationResult(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] IReadOnlyList<PanellistTotal> Totals,
    [property: Id(2)] double? Mean,
    [property: Id(3)] double? Median,
    [property: Id(4)] double? StandardDeviation,
    [property: Id(5)] double? NormalisedScore,
    [property: Id(6)] int Scorers,
    [property: Id(7)] int EligiblePanellists,
    [property: Id(8)] bool Disagreement,
    [property: Id(9)] int? Rank,
    [property: Id(10)] bool Tied,
    [property: Id(11)] long? Points,
    [property: Id(12)] long RecommendedAwardPence);
