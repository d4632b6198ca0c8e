using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>
/// Which shared journeys to list and in what order; null filters match everything. <see cref="Search"/> keeps the
/// charities whose name or org-id holds it (any letter case).
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.PortfolioQuery")]
public sealed record PortfolioQuery(
    [property: Id(0)] BarrierKind? Barrier = null,
    [property: Id(1)] SizeBand? SizeBand = null,
    [property: Id(2)] PortfolioSort Sort = PortfolioSort.Name,
    [property: Id(3)] string? Search = null);
