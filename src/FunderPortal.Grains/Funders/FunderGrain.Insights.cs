namespace FunderPortal.Funders;

public sealed partial class FunderGrain
{
    public async Task<PortfolioInsights> GetPortfolioInsightsAsync(string subject)
    {
        RequireMember(subject);
        var insights = PortfolioInsightsRules.Of(PortfolioStream.State.Entries.Values, Clock.UtcNow);
        await LogReadAsync(subject, "portfolio/insights");
        return insights;
    }
}
