namespace FunderPortal.Charities;

public partial interface ICharityGrain
{
    /// <summary>
    /// Told by a funder grain when it records a grant to this charity: keeps the rungs as they were at the end of the day
    /// it began (now, if that is still to come). Only the funder's earliest grant is kept.
    /// </summary>
    [Alias("NoteFunderGrant")]
    Task NoteFunderGrantAsync(string funderOrgId, string grantId, DateOnly plannedStart);
}
