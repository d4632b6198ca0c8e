using Orleans.Concurrency;

namespace FunderPortal.Charities;

public partial interface ICharityGrain
{
    /// <summary>
    /// Told by a funder grain (through its outbox, so perhaps more than once) of each grant it records to this charity:
    /// keeps the grant once, committing its money to the plan lines it names (<see cref="GrantAllocation"/>), and for the
    /// funder's first grant the rungs as they were at the end of the day it began (now, if that is still to come).
    /// </summary>
    [Alias("NoteFunderGrant")]
    Task NoteFunderGrantAsync(GrantNotice notice);

    /// <summary>The grants funders told the charity of, newest first, with what each committed to the plan (members only).</summary>
    [Alias("GetGrantsFromFunders")]
    Task<GrantsPage> GetGrantsFromFundersAsync(long? after, int limit, string subject);

    /// <summary>
    /// Whether the charity is registered on the portal: asked by a funder's import to match the recipients of its grants
    /// by org-id (that an org-id is taken is no secret: registering it again says so). Interleaved, so it cannot deadlock.
    /// </summary>
    [Alias("IsOnPortal"), AlwaysInterleave]
    Task<bool> IsOnPortalAsync();
}
