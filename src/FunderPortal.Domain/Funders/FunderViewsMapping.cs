using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>Builds the immutable views from folded state.</summary>
public static class FunderViewsMapping
{
    public static FunderProfile ToProfile(this FunderState s, MemberRole yourRole) => new(
        s.OrgId, s.Name, s.FunderType, s.GrantIdPrefix, [.. s.Programmes],
        s.RegisteredAt ?? default, s.LastRecordedAt ?? default, s.Version, yourRole, s.Verification, s.Publishes360Giving);

    /// <summary>The grants to publish; refused while there is no 360Giving prefix or nothing to publish.</summary>
    public static OpenGrantsView ToOpenGrants(this FunderState s, DateTimeOffset asOf, IReadOnlyDictionary<string, IReadOnlyList<string>>? areaCodes = null)
    {
        if (s.GrantIdPrefix is not { } prefix)
            throw new ConflictException("Set the funder's grantIdPrefix (the prefix 360Giving issued you, e.g. 360G-hopetrust) before publishing grants.");
        if (s.Grants.Count == 0)
            throw new ConflictException("No grants recorded yet: a 360Giving package holds at least one.");
        return new OpenGrantsView(s.OrgId, s.Name, prefix, [.. s.Grants], [.. s.Programmes], asOf, areaCodes);
    }

    /// <summary>
    /// The grants at the funder's public address: only while it publishes them, has its prefix and has a grant to
    /// publish; to anyone else it is not there (404).
    /// </summary>
    public static OpenGrantsView ToPublishedOpenGrants(this FunderState s, DateTimeOffset asOf, IReadOnlyDictionary<string, IReadOnlyList<string>> areaCodes)
    {
        if (!s.IsRegistered || !s.Publishes360Giving || s.GrantIdPrefix is null || s.Grants.Count == 0)
            throw new NotFoundException("This funder does not publish 360Giving data here.");
        return s.ToOpenGrants(asOf, areaCodes);
    }
}
