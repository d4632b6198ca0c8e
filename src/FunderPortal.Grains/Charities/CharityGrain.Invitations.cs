using FunderPortal.Common;

namespace FunderPortal.Charities;

public sealed partial class CharityGrain
{
    public async Task<InvitationLink> InviteAsync(MemberRole role, string subject)
    {
        RequireEditor(subject);
        var token = OneTimeTokens.New(OrgId);
        var hash = OneTimeTokens.Hash(token);
        await AppendAsync(CharityDecisions.Invite(State, hash, role, Clock.UtcNow), subject);
        return new InvitationLink(token, role, State.Invitations.Find(i => i.TokenHash == hash)!.ExpiresAt);
    }

    public async Task<Member> AcceptInvitationAsync(string token, string subject)
    {
        await AppendAsync(CharityDecisions.AcceptInvitation(State, OneTimeTokens.Hash(token), subject, Clock.UtcNow), subject);
        return new Member(subject, State.Members[subject]);
    }
}
