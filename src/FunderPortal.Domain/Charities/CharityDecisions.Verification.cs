using FunderPortal.Common;

namespace FunderPortal.Charities;

public static partial class CharityDecisions
{
    /// <summary>A platform admin verifies the charity; already verified changes nothing. The caller checked the admin.</summary>
    public static IReadOnlyList<CharityEvent> Verify(CharityState state, string admin, string? note, DateTimeOffset now) =>
        VerificationRules.Verify(state.IsRegistered, state.Verification, admin, note, now) is { } v
            ? [new OrganisationVerified(v.VerifiedBy, v.VerifiedAt, v.Note)]
            : [];

    public static IReadOnlyList<CharityEvent> WithdrawVerification(CharityState state, string admin) =>
        VerificationRules.Withdraw(state.IsRegistered, state.Verification) ? [new VerificationWithdrawn(admin)] : [];
}
