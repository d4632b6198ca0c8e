using FunderPortal.Common;

namespace FunderPortal.Charities;

public sealed partial class CharityGrain
{
    /// <summary>
    /// Within an idempotent request the invitation's id comes from the request: a retry after the answer was lost finds
    /// the invitation the first attempt made and gives it a new link (<see cref="CharityDecisions.Invite"/>), never a second invitation.
    /// </summary>
    public async Task<InvitationLink> InviteAsync(MemberRole role, string subject)
    {
        RequireEditor(subject);
        var id = Ids.NewFor("invitation");
        var token = OneTimeTokens.New(OrgId);
        await AppendAsync(CharityDecisions.Invite(State, id, OneTimeTokens.Hash(token), role, Clock.UtcNow), subject);
        var invitation = State.FindInvitation(id)!;
        return new InvitationLink(token, invitation.Role, invitation.ExpiresAt);
    }

    public async Task<Member> AcceptInvitationAsync(string token, string subject)
    {
        await AppendAsync(CharityDecisions.AcceptInvitation(State, OneTimeTokens.Hash(token), subject, Clock.UtcNow), subject);
        return new Member(subject, State.Members[subject]);
    }
}
