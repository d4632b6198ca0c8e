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

    /// <summary>Only a funder this charity shares its resourcing plan with may pledge against it.</summary>
    public static void RequirePlanSharedWith(CharityState state, string funderOrgId, DateTimeOffset now)
    {
        if (!SharesCovering(state, ShareScope.Resourcing, now).Any(share => share.FunderOrgId == funderOrgId))
            throw NotFound();
    }
}
