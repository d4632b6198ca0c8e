using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>
/// Who may read a charity beyond its members (<see cref="OrganisationAccess"/> decides for them): members of a funder it
/// shares with, and only what it shares. Anyone else is told the charity is not found.
/// </summary>
public static class CharityAccess
{
    public static NotFoundException NotFound() => OrganisationAccess.NotFound(CharityEvent.Organisation);

    /// <summary>The shares through which a funder's members may read <paramref name="scope"/> now (any live share when null).</summary>
    public static IEnumerable<Share> SharesCovering(CharityState state, ShareScope? scope, DateTimeOffset now) =>
        state.Shares.Where(s => scope is { } needed ? s.Covers(needed, now) : s.IsLiveAt(now));

    /// <summary>
    /// What someone may read: <paramref name="role"/> if they are a member; otherwise everything the live shares with the
    /// funders they belong to (<paramref name="theirFundersShares"/>) cover together, since the read gate lets them through
    /// any one of them. Null when neither: the charity is not found, to them.
    /// </summary>
    public static YourCharityAccess? AccessOf(MemberRole? role, IEnumerable<Share> theirFundersShares, DateTimeOffset now)
    {
        if (role is { } member)
            return YourCharityAccess.Member(member);
        var live = theirFundersShares.Where(s => s.IsLiveAt(now)).ToList();
        return live.Count == 0 ? null : new YourCharityAccess(null, [.. live.SelectMany(s => s.Scope).Distinct().Order()]);
    }

    /// <summary>What the live shares with one funder cover together, in order (none when nothing is shared with it).</summary>
    public static IReadOnlyList<ShareScope> ScopesSharedWith(CharityState state, string funderOrgId, DateTimeOffset now) =>
        [.. SharesCovering(state, null, now).Where(s => s.FunderOrgId == funderOrgId).SelectMany(s => s.Scope).Distinct().Order()];

    /// <summary>
    /// A funder reading the report of a grant it made, without the journey shared: not "not found" (the funder knows of the
    /// grant), but which scope to ask the charity for.
    /// </summary>
    /// <param name="charity">The charity as the reader knows it: its name, or its org-id when it is not on the portal.</param>
    public static ForbiddenException JourneyNotShared(string charity) => new(
        $"{charity} does not share its {ShareScope.Journey} with you (or not any more): the grant report is made from the shared journey, so ask the charity to share the {ShareScope.Journey} scope with your funder.");

    /// <summary>Only a funder this charity shares its resourcing plan with may pledge against it.</summary>
    public static void RequirePlanSharedWith(CharityState state, string funderOrgId, DateTimeOffset now)
    {
        if (!SharesCovering(state, ShareScope.Resourcing, now).Any(share => share.FunderOrgId == funderOrgId))
            throw NotFound();
    }
}
