using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>The journeys charities share with this funder, as the summaries they push, and every read of them.</summary>
public partial interface IFunderGrain
{
    /// <summary>
    /// Called by a charity grain, never by people: keeps <paramref name="entry"/> unless the portfolio already
    /// knows that charity at the same or a newer version. Idempotent; refused (404) for an unregistered funder.
    /// </summary>
    [Alias("UpsertPortfolioEntry")]
    Task UpsertPortfolioEntryAsync(PortfolioEntry entry);

    /// <summary>Called by a charity grain when its share ends, at its <paramref name="version"/>; idempotent.</summary>
    [Alias("RemovePortfolioEntry")]
    Task RemovePortfolioEntryAsync(string charityOrgId, long version);

    /// <summary>The shared journeys (live shares only), filtered and sorted.</summary>
    [Alias("GetPortfolio")]
    Task<IReadOnlyList<PortfolioEntry>> GetPortfolioAsync(PortfolioQuery query, string subject);

    /// <summary>
    /// A page of the shared journeys (<see cref="Portfolio.Page"/>): <paramref name="limit"/> after the first
    /// <paramref name="after"/>, every match without a limit; a read like <see cref="GetPortfolioAsync"/>.
    /// </summary>
    [Alias("GetPortfolioPage")]
    Task<PortfolioPage> GetPortfolioPageAsync(PortfolioQuery query, long? after, int? limit, string subject);

    /// <summary>Portfolio charities facing <paramref name="barrier"/>, open, by name.</summary>
    [Alias("GetConnections")]
    Task<IReadOnlyList<PortfolioEntry>> GetConnectionsAsync(BarrierKind barrier, string subject);

    /// <summary>Every portfolio or connect read by this funder's members, newest first (members only).</summary>
    [Alias("GetAccessLog")]
    Task<IReadOnlyList<AccessLogEntry>> GetAccessLogAsync(string subject);
}
