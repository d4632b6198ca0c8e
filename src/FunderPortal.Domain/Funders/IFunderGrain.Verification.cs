using FunderPortal.Common;

namespace FunderPortal.Funders;

public partial interface IFunderGrain
{
    /// <summary>Marks the funder verified by <paramref name="admin"/>; the caller (the admin routes) has checked the admin.</summary>
    [Alias("Verify")]
    Task<OrganisationVerification> VerifyAsync(string? note, string admin);

    /// <summary>Withdraws the funder's verification (e.g. given in error); the caller has checked the admin.</summary>
    [Alias("WithdrawVerification")]
    Task<OrganisationVerification> WithdrawVerificationAsync(string admin);
}
