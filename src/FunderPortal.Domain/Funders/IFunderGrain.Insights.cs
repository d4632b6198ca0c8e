namespace FunderPortal.Funders;

public partial interface IFunderGrain
{
    /// <summary>
    /// The portfolio in figures (members only): leadership beside the benchmarks, seldom-heard groups reached, rung
    /// movement since the first grant, participant payments, open barriers; from the pushed summaries, logged as one read.
    /// </summary>
    [Alias("GetPortfolioInsights")]
    Task<PortfolioInsights> GetPortfolioInsightsAsync(string subject);
}
