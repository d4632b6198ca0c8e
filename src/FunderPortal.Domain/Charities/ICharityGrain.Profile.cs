namespace FunderPortal.Charities;

public partial interface ICharityGrain
{
    [Alias("Register")]
    Task<CharityProfile> RegisterAsync(RegisterCharity command, string subject);

    /// <summary>Members, and members of a funder with any live share (who read it as viewers).</summary>
    [Alias("GetProfile")]
    Task<CharityProfile> GetProfileAsync(string subject);

    /// <param name="expectedVersion">When set, the change is refused (412) unless it is the current version.</param>
    [Alias("ChangeProfile")]
    Task<CharityProfile> ChangeProfileAsync(ChangeCharityProfile command, long? expectedVersion, string subject);
}
