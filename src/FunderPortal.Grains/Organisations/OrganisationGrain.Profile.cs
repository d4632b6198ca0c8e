using FunderPortal.Common;

namespace FunderPortal.Organisations;

public abstract partial class OrganisationGrain<TState, TEvent, TProfile, TRegister, TChange>
{
    /// <summary>The registrant becomes the organisation's first editor.</summary>
    public async Task<TProfile> RegisterAsync(TRegister command, string subject)
    {
        await AppendAsync(_definition.Register(State, OrgId, command, subject), subject);
        return Profile(MemberRole.Editor);
    }

    /// <summary>Members only (a charity also lets in members of the funders it shares with).</summary>
    public virtual Task<TProfile> GetProfileAsync(string subject) => Task.FromResult(Profile(RequireMember(subject)));

    public async Task<TProfile> ChangeProfileAsync(TChange command, long? expectedVersion, string subject)
    {
        RequireEditor(subject);
        if (expectedVersion is { } expected && expected != State.Version)
            throw new PreconditionFailedException(
                $"The profile has changed since version {expected}; it is now at version {State.Version}. Read it again and reapply your change.",
                State.Version);
        await AppendAsync(_definition.ChangeProfile(State, command), subject);
        return Profile(MemberRole.Editor);
    }

    protected TProfile Profile(MemberRole yourRole) => _definition.ToProfile(State, yourRole);
}
