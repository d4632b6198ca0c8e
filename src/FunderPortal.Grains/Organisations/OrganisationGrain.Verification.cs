using FunderPortal.Common;

namespace FunderPortal.Organisations;

/// <summary>The caller (the admin routes) has checked the admin; recorded with the admin as actor, so the audit shows who and when.</summary>
public abstract partial class OrganisationGrain<TState, TEvent, TProfile, TRegister, TChange>
{
    public async Task<OrganisationVerification> VerifyAsync(string? note, string admin)
    {
        await AppendAsync(VerificationRules.Verify<TEvent>(State, admin, note, Clock.UtcNow), admin);
        return new OrganisationVerification(State.OrgId, State.Name, State.Verification);
    }

    public async Task<OrganisationVerification> WithdrawVerificationAsync(string admin)
    {
        await AppendAsync(VerificationRules.Withdraw<TEvent>(State, admin), admin);
        return new OrganisationVerification(State.OrgId, State.Name, State.Verification);
    }
}
