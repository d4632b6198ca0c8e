using FunderPortal.Common;

namespace FunderPortal.Charities;

public sealed partial class CharityGrain
{
    // Recorded with the admin as actor, so the charity's audit shows who verified it and when.
    public async Task<OrganisationVerification> VerifyAsync(string? note, string admin)
    {
        await AppendAsync(CharityDecisions.Verify(State, admin, note, clock.UtcNow), admin);
        return new OrganisationVerification(State.OrgId, State.Name, State.Verification);
    }

    public async Task<OrganisationVerification> WithdrawVerificationAsync(string admin)
    {
        await AppendAsync(CharityDecisions.WithdrawVerification(State, admin), admin);
        return new OrganisationVerification(State.OrgId, State.Name, State.Verification);
    }

    public Task<bool> IsVerifiedAsync() => Task.FromResult(State.Verification is not null);
}
