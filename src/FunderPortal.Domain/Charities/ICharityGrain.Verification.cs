using FunderPortal.Common;
using Orleans.Concurrency;

namespace FunderPortal.Charities;

public partial interface ICharityGrain
{
    /// <summary>
    /// Marks the charity verified by <paramref name="admin"/>. The caller has checked that <paramref name="admin"/> is a
    /// platform admin (the admin routes do, before anything else): platform admins are a setting of the host, not data.
    /// </summary>
    [Alias("Verify")]
    Task<OrganisationVerification> VerifyAsync(string? note, string admin);

    /// <summary>Withdraws the verification (e.g. given in error); the caller has checked the admin.</summary>
    [Alias("WithdrawVerification")]
    Task<OrganisationVerification> WithdrawVerificationAsync(string admin);

    /// <summary>
    /// Whether a platform admin has verified the charity: asked by round grains when funders or panellists read
    /// applications, so a withdrawal shows at once. Interleaved, so it cannot deadlock with calls the other way.
    /// </summary>
    [Alias("IsVerified"), AlwaysInterleave]
    Task<bool> IsVerifiedAsync();
}
