namespace FunderPortal.Funders;

/// <summary>
/// A page of the portfolio: <see cref="Count"/> is every charity that matches the query, <see cref="Entries"/> the
/// page's, and <see cref="Next"/> the <c>after</c> of the next page (null on the last).
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.PortfolioPage")]
public sealed record PortfolioPage(
    [property: Id(0)] int Count,
    [property: Id(1)] IReadOnlyList<PortfolioEntry> Entries,
    [property: Id(2)] long? Next);
