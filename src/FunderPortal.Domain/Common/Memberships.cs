namespace FunderPortal.Common;

/// <summary>
/// The membership rules charities and funders share: who may be named, a role granted twice changes nothing, and an
/// organisation never loses its last editor. Each decides the events to record in the organisation's own history.
/// </summary>
public static class Memberships
{
    /// <returns>Nothing to record when the subject already has that role.</returns>
    public static IReadOnlyList<TEvent> Grant<TEvent>(OrganisationState<TEvent> state, string subject, MemberRole role)
        where TEvent : class, IOrganisationHistory<TEvent>
    {
        var errors = new ErrorBag();
        errors.RequireText("subject", subject, Limits.Subject);
        errors.Defined("role", (MemberRole?)role);
        errors.ThrowIfAny();
        if (state.Members.TryGetValue(subject, out var existing) && existing == role)
            return [];
        if (role != MemberRole.Editor && IsLastEditor(state.Members, subject))
            throw LastEditor(TEvent.Organisation);
        return [TEvent.MemberRoleGranted(subject, role)];
    }

    public static IReadOnlyList<TEvent> Remove<TEvent>(OrganisationState<TEvent> state, string subject)
        where TEvent : class, IOrganisationHistory<TEvent>
    {
        if (!state.Members.ContainsKey(subject))
            throw new NotFoundException($"'{subject}' is not a member of this {TEvent.Organisation}.");
        if (IsLastEditor(state.Members, subject))
            throw LastEditor(TEvent.Organisation);
        return [TEvent.MemberRemoved(subject)];
    }

    private static bool IsLastEditor(IReadOnlyDictionary<string, MemberRole> members, string subject) =>
        members.GetValueOrDefault(subject) == MemberRole.Editor && members.Count(m => m.Value == MemberRole.Editor) == 1;

    private static ConflictException LastEditor(string organisation) =>
        new($"A {organisation} needs at least one editor: add another editor first.");
}
