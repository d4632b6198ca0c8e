namespace FunderPortal.Common;

/// <summary>
/// Verifying charities and funders alike: pure rules, the grains only record what these decide. Both directions are
/// idempotent, so a PUT or DELETE repeated by a client (or replayed after a lost answer) changes nothing more.
/// </summary>
public static class VerificationRules
{
    /// <summary>The verification to record, or null when the organisation is already verified (nothing changes).</summary>
    public static Verification? Verify(bool registered, Verification? current, string admin, string? note, DateTimeOffset now)
    {
        var errors = new ErrorBag();
        errors.OptionalText("note", note, Limits.ShortText);
        errors.ThrowIfAny();
        if (!registered)
            throw new NotFoundException("No organisation with this org-id is on the portal.");
        return current is null ? new Verification(admin, now, Text.Clean(note)) : null;
    }

    /// <summary>True when there is a verification to withdraw (withdrawing none changes nothing).</summary>
    public static bool Withdraw(bool registered, Verification? current)
    {
        if (!registered)
            throw new NotFoundException("No organisation with this org-id is on the portal.");
        return current is not null;
    }
}
