using Orleans.Concurrency;

namespace FunderPortal.Funders;

public partial interface IFunderGrain
{
    /// <summary>Whether this funder is on the portal: a charity shares only with registered funders.</summary>
    [Alias("IsRegistered"), AlwaysInterleave]
    Task<bool> IsRegisteredAsync();

    /// <summary>
    /// The funder's name, which is public (charities share with a funder and take its pledges and grants by name; its
    /// grants are published under it); null while it is not registered. Pages name the funders a charity deals with by
    /// it, beside their org-ids. Interleaved, like <see cref="IsRegisteredAsync"/>.
    /// </summary>
    [Alias("GetPublicName"), AlwaysInterleave]
    Task<string?> GetPublicNameAsync();
}
