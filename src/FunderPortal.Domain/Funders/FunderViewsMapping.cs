using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>Builds the immutable views from folded state.</summary>
public static class FunderViewsMapping
{
    public static FunderProfile ToProfile(this FunderState s, MemberRole yourRole) => new(
        s.OrgId, s.Name, s.FunderType, s.GrantIdPrefix, [.. s.Programmes],
        s.RegisteredAt ?? default, s.LastRecordedAt ?? default, s.Version, yourRole, s.Verification);

    /// <summary>The grants to publish; refused while there is no 360Giving prefix or nothing to publish.</summary>
    public static OpenGrantsView ToOpenGrants(this FunderState s, DateTimeOffset asOf)
    {
        if (s.GrantIdPrefix is not { } prefix)
            throw new ConflictException("Set the funder's grantIdPrefix (the prefix 360Giving issued you, e.g. 360G-hopetrust) before publishing grants.");
        if (s.Grants.Count == 0)
            throw new ConflictException("No grants recorded yet: a 360Giving package holds at least one.");
        return new OpenGrantsView(s.OrgId, s.Name, prefix, [.. s.Grants], [.. s.Programmes], asOf);
    }
}
