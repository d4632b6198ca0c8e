namespace FunderPortal.Funders;

/// <summary>Published limits of the funder side; the API contract states the same numbers.</summary>
public static class FunderLimits
{
    /// <summary>The largest single grant: £100m, in pence.</summary>
    public const long MaxGrantPence = 10_000_000_000;
    public const int MaxProgrammes = 200;
    public const int MaxGrants = 100_000;
    public const int MaxFeedback = 100_000;
    /// <summary>Workstreams or plan lines a grant may name.</summary>
    public const int MaxLinks = 50;
    public const int LinkId = 100;
    public const int MaxPortfolioRungs = 400;
    /// <summary>Acknowledgements of one grant's report (one a quarter for 25 years, and more).</summary>
    public const int MaxAcknowledgementsPerGrant = 200;
}
