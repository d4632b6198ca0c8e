using Orleans.Concurrency;

namespace FunderPortal.Funders;

public partial interface IFunderGrain
{
    [Alias("Register")]
    Task<FunderProfile> RegisterAsync(RegisterFunder command, string subject);

    /// <summary>The profile and programmes (members only).</summary>
    [Alias("GetProfile")]
    Task<FunderProfile> GetProfileAsync(string subject);

    /// <param name="expectedVersion">When set, the change is refused (412) unless it is the current version.</param>
    [Alias("ChangeProfile")]
    Task<FunderProfile> ChangeProfileAsync(ChangeFunderProfile command, long? expectedVersion, string subject);

    /// <summary>Whether this funder is on the portal: a charity shares only with registered funders.</summary>
    [Alias("IsRegistered"), AlwaysInterleave]
    Task<bool> IsRegisteredAsync();
}
