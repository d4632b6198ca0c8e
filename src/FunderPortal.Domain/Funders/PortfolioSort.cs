namespace FunderPortal.Funders;

/// <summary>Orders of the portfolio; each has the direction a funder most often wants.</summary>
public enum PortfolioSort
{
    /// <summary>Charity name, A to Z.</summary>
    Name,
    /// <summary>Most recently updated first.</summary>
    LastUpdate,
    /// <summary>Largest resourcing gap first.</summary>
    PlanGap,
    /// <summary>Check-in due soonest (or most overdue) first; unknown last.</summary>
    CheckInDue,
}
