namespace FunderPortal.Rounds;

/// <summary>A criterion as aggregation sees it: its weight and the top of its scale (scores run 0..<paramref name="ScaleMax"/>).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.CriterionWeight")]
public sealed record CriterionWeight(
    [property: Id(0)] string Id,
    [property: Id(1)] double Weight,
    [property: Id(2)] int ScaleMax);
