using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>
/// Who may do what with a charity. Memberships live in the charity's own history, never in token claims.
/// A non-member is told the charity is not found, so private data does not reveal that it exists.
/// </summary>
public static class CharityAccess
{
    public static MemberRole RequireMember(CharityState state, string subject)
    {
        if (!state.IsRegistered || !state.Members.TryGetValue(subject, out var role))
            throw NotFound();
        return role;
    }

    public static void RequireEditor(CharityState state, string subject)
    {
        if (RequireMember(state, subject) != MemberRole.Editor)
            throw new ForbiddenException("Only the charity's editors can change this; you are a viewer.");
    }

    public static NotFoundException NotFound() => new("No such charity, or you are not one of its members.");
}
