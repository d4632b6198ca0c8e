using FunderPortal.Rounds;

namespace FunderPortal.Common;

/// <summary>Registering a charity or a funder alike: what every registration checks, and the registrant as first editor.</summary>
public static class Registrations
{
    /// <summary>
    /// A person's account (not a panel link), the org-id addressed, a name, and what the organisation checks of its own
    /// (<paramref name="validate"/>); then that it is not registered yet. Records <paramref name="registered"/> and the
    /// registrant as its editor.
    /// </summary>
    public static IReadOnlyList<TEvent> Decide<TEvent>(
        OrganisationState<TEvent> state, string grainKey, string orgId, string name, string subject, Action<ErrorBag> validate, Func<TEvent> registered)
        where TEvent : class, IOrganisationHistory<TEvent>
    {
        PanelSubjects.RequireAccount(subject);
        var errors = new ErrorBag();
        if (OrgId.Check(errors, "orgId", orgId) && orgId != grainKey)
            errors.Add("orgId", $"Does not match the {TEvent.Organisation} addressed.");
        errors.RequireText("name", name, Limits.Name);
        validate(errors);
        errors.ThrowIfAny();

        if (state.IsRegistered)
            throw new ConflictException($"{char.ToUpperInvariant(TEvent.Organisation[0])}{TEvent.Organisation[1..]} '{orgId}' is already registered.");
        return [registered(), TEvent.MemberRoleGranted(subject, MemberRole.Editor)];
    }
}
