namespace FunderPortal.Rounds;

/// <summary>
/// One scorer's judgement of one application: <paramref name="Total"/> is the weighted total (0–100, Scoring) or the
/// Borda points (TopPick); <paramref name="ZScore"/> is that total normalised against the panellist's own totals.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PanellistTotal")]
public sealed record PanellistTotal(
    [property: Id(0)] string PanellistId,
    [property: Id(1)] double Total,
    [property: Id(2)] double ZScore);
