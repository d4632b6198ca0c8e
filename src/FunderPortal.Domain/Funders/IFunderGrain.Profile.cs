using Orleans.Concurrency;

namespace FunderPortal.Funders;

public partial interface IFunderGrain
{
    /// <summary>Whether this funder is on the portal: a charity shares only with registered funders.</summary>
    [Alias("IsRegistered"), AlwaysInterleave]
    Task<bool> IsRegisteredAsync();
}
