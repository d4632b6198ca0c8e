namespace FunderPortal.Common;

/// <summary>
/// Who may do what with a charity or a funder. Memberships live in the organisation's own history, never in token
/// claims. A non-member is told the organisation is not found, so private data does not reveal that it exists.
/// </summary>
public static class OrganisationAccess
{
    public static MemberRole RequireMember<TEvent>(OrganisationState<TEvent> state, string subject)
        where TEvent : class, IOrganisationHistory<TEvent> =>
        RequireMember(state.RoleOf(subject), TEvent.Organisation);

    public static void RequireEditor<TEvent>(OrganisationState<TEvent> state, string subject, string what = "change this")
        where TEvent : class, IOrganisationHistory<TEvent> =>
        RequireEditor(state.RoleOf(subject), TEvent.Organisation, what);

    /// <summary>For a role another grain answered (<paramref name="role"/> null: not a member).</summary>
    public static MemberRole RequireMember(MemberRole? role, string organisation) => role ?? throw NotFound(organisation);

    /// <param name="what">What only editors may do, in words: "change this", "pledge".</param>
    public static void RequireEditor(MemberRole? role, string organisation, string what = "change this")
    {
        if (RequireMember(role, organisation) != MemberRole.Editor)
            throw new ForbiddenException($"Only the {organisation}'s editors can {what}; you are a viewer.");
    }

    public static NotFoundException NotFound(string organisation) => new($"No such {organisation}, or you are not one of its members.");
}
