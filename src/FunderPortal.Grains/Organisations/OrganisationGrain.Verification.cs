using FunderPortal.Common;
using Microsoft.Extensions.DependencyInjection;

namespace FunderPortal.Organisations;

/// <summary>
/// Only a platform admin verifies. The admin routes check first; the grain checks again against the host's own list, so
/// no caller can make itself an admin by naming a subject. Recorded with the admin as actor: the audit shows who and when.
/// </summary>
public abstract partial class OrganisationGrain<TState, TEvent, TProfile, TRegister, TChange>
{
    public async Task<OrganisationVerification> VerifyAsync(string? note, string admin)
    {
        DemandPlatformAdmin(admin);
        await AppendAsync(VerificationRules.Verify<TEvent>(State, admin, note, Clock.UtcNow), admin);
        return new OrganisationVerification(State.OrgId, State.Name, State.Verification);
    }

    public async Task<OrganisationVerification> WithdrawVerificationAsync(string admin)
    {
        DemandPlatformAdmin(admin);
        await AppendAsync(VerificationRules.Withdraw<TEvent>(State, admin), admin);
        return new OrganisationVerification(State.OrgId, State.Name, State.Verification);
    }

    /// <summary>A host that names no admins (no list registered) has none.</summary>
    private void DemandPlatformAdmin(string admin) =>
        (ServiceProvider.GetService<PlatformAdminList>() ?? new PlatformAdminList(null)).Demand(admin);
}
