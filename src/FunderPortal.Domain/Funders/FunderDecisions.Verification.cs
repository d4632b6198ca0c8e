using FunderPortal.Common;

namespace FunderPortal.Funders;

public static partial class FunderDecisions
{
    /// <summary>A platform admin verifies the funder; already verified changes nothing. The caller checked the admin.</summary>
    public static IReadOnlyList<FunderEvent> Verify(FunderState state, string admin, string? note, DateTimeOffset now) =>
        VerificationRules.Verify(state.IsRegistered, state.Verification, admin, note, now) is { } v
            ? [new FunderVerified(v.VerifiedBy, v.VerifiedAt, v.Note)]
            : [];

    public static IReadOnlyList<FunderEvent> WithdrawVerification(FunderState state, string admin) =>
        VerificationRules.Withdraw(state.IsRegistered, state.Verification) ? [new FunderVerificationWithdrawn(admin)] : [];
}
