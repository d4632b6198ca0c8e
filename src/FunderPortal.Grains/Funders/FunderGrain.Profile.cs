namespace FunderPortal.Funders;

/// <summary>Registering, reading and changing the profile are every organisation's (OrganisationGrain).</summary>
public sealed partial class FunderGrain
{
    public Task<bool> IsRegisteredAsync() => Task.FromResult(State.IsRegistered);

    public Task<string?> GetPublicNameAsync() => Task.FromResult(State.IsRegistered ? State.Name : null);
}
