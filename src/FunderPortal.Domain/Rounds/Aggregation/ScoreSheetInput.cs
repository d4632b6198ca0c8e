namespace FunderPortal.Rounds;

/// <summary>One panellist's scores for one application. Scores in the order of <see cref="AggregationInput.Criteria"/>.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.ScoreSheetInput")]
public sealed record ScoreSheetInput(
    [property: Id(0)] string PanellistId,
    [property: Id(1)] string ApplicationId,
    [property: Id(2)] IReadOnlyList<int> Scores);
