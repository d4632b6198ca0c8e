using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>
/// Who may do what with a funder. Memberships live in the funder's own history, never in token claims.
/// A non-member is told the funder is not found, so private data does not reveal that it exists.
/// </summary>
public static class FunderAccess
{
    public static MemberRole RequireMember(FunderState state, string subject)
    {
        if (!state.IsRegistered || !state.Members.TryGetValue(subject, out var role))
            throw NotFound();
        return role;
    }

    public static void RequireEditor(FunderState state, string subject)
    {
        if (RequireMember(state, subject) != MemberRole.Editor)
            throw new ForbiddenException("Only the funder's editors can change this; you are a viewer.");
    }

    public static NotFoundException NotFound() => new("No such funder, or you are not one of its members.");
}
