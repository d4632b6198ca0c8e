using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>Registering and changing the profile are every organisation's (OrganisationGrain); reading it is wider here.</summary>
public sealed partial class CharityGrain
{
    /// <summary>Members, and members of a funder with any live share (who read it as viewers).</summary>
    public override async Task<CharityProfile> GetProfileAsync(string subject) =>
        Profile((await ReaderAsync(subject, null, "profile")).Role ?? MemberRole.Viewer);
}
