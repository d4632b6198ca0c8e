namespace FunderPortal.Common;

/// <summary>
/// Whose index of places (the person index: "where does this person belong") an organisation's events concern, decided
/// on the state they led to: each person whose membership they touched joins (still a member) or leaves (no longer one),
/// and a new name is told to every member. The same rule serves one change and, at activation, every change after the
/// delivered mark, so a removal whose notice was lost is told again whatever came after it.
/// </summary>
public static class MembershipNotices
{
    public static (IReadOnlyList<string> Joined, IReadOnlyList<string> Left) Owed<TEvent>(OrganisationState<TEvent> state, IEnumerable<TEvent> events)
        where TEvent : class, IOrganisationHistory<TEvent>
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var renamed = false;
        foreach (var change in events)
        {
            switch (change)
            {
                case IMemberRoleGranted granted:
                    touched.Add(granted.Subject);
                    break;
                case IMemberRemoved removed:
                    touched.Add(removed.Subject);
                    break;
                case IProfileChanged { Name: not null }:
                    renamed = true;
                    break;
            }
        }
        bool IsMember(string subject) => state.RoleOf(subject) is not null;
        IReadOnlyList<string> joined = [.. (renamed ? state.Members.Keys.Where(IsMember) : touched.Where(IsMember)).Order(StringComparer.Ordinal)];
        IReadOnlyList<string> left = [.. touched.Where(s => !IsMember(s)).Order(StringComparer.Ordinal)];
        return (joined, left);
    }
}
