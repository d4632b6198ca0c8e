namespace FunderPortal.Funders;

/// <summary>
/// How much of its journey a charity shares with a funder, as the charity's portfolio summary reports it.
/// The charity grain decides what each scope lets the funder read; the funder only shows it.
/// </summary>
public enum ShareScope
{
    /// <summary>The portfolio summary only.</summary>
    Summary,
    /// <summary>The journey map.</summary>
    Journey,
    /// <summary>The journey map and the resourcing plan.</summary>
    JourneyAndPlan,
    /// <summary>The journey map, the resourcing plan and evidence shared with funders.</summary>
    Everything,
}
