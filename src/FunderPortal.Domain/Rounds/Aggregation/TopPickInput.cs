namespace FunderPortal.Rounds;

/// <summary>One panellist's picks in a <see cref="JudgingMode.TopPick"/> round: best first, at most <see cref="AggregationInput.TopPickCount"/>.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.TopPickInput")]
public sealed record TopPickInput(
    [property: Id(0)] string PanellistId,
    [property: Id(1)] IReadOnlyList<string> ApplicationIds);
