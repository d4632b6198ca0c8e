namespace FunderPortal.Common;

/// <summary>
/// Verifying charities and funders alike: pure rules, the grains only record what these decide (the caller has checked
/// that the admin is a platform admin). Both directions are idempotent, so a PUT or DELETE repeated by a client (or
/// replayed after a lost answer) changes nothing more.
/// </summary>
public static class VerificationRules
{
    /// <returns>Nothing to record when the organisation is already verified.</returns>
    public static IReadOnlyList<TEvent> Verify<TEvent>(OrganisationState<TEvent> state, string admin, string? note, DateTimeOffset now)
        where TEvent : class, IOrganisationHistory<TEvent>
    {
        var errors = new ErrorBag();
        errors.OptionalText("note", note, Limits.ShortText);
        errors.ThrowIfAny();
        RequireRegistered(state);
        return state.Verification is null ? [TEvent.Verified(new Verification(admin, now, Text.Clean(note)))] : [];
    }

    /// <returns>Nothing to record when there is no verification to withdraw.</returns>
    public static IReadOnlyList<TEvent> Withdraw<TEvent>(OrganisationState<TEvent> state, string admin)
        where TEvent : class, IOrganisationHistory<TEvent>
    {
        RequireRegistered(state);
        return state.Verification is null ? [] : [TEvent.VerificationWithdrawn(admin)];
    }

    private static void RequireRegistered<TEvent>(OrganisationState<TEvent> state) where TEvent : class, IOrganisationHistory<TEvent>
    {
        if (!state.IsRegistered)
            throw new NotFoundException("No organisation with this org-id is on the portal.");
    }
}
