namespace FunderPortal.Rounds;

/// <summary>
/// An application as aggregation sees it. Applications are given in submission order, which breaks ties when
/// allocating the budget.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.ApplicationInput")]
public sealed record ApplicationInput(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] long AmountRequestedPence,
    [property: Id(2)] IReadOnlyList<string> ConflictedPanellistIds);
