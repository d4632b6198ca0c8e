using FunderPortal.Common;
using Orleans.Concurrency;

namespace FunderPortal.Charities;

public partial interface ICharityGrain
{
    /// <summary>
    /// Whether a platform admin has verified the charity: asked by round grains when funders or panellists read
    /// applications, so a withdrawal shows at once. Interleaved, so it cannot deadlock with calls the other way.
    /// </summary>
    [Alias("IsVerified"), AlwaysInterleave]
    Task<bool> IsVerifiedAsync();
}
