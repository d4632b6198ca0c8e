namespace FunderPortal.Charities;

/// <summary>Verifying and withdrawing are every organisation's (OrganisationGrain); rounds ask this charity whether it is verified.</summary>
public sealed partial class CharityGrain
{
    public Task<bool> IsVerifiedAsync() => Task.FromResult(State.Verification is not null);
}
