namespace FunderPortal.Charities;

public sealed partial class CharityState
{
    public List<Invitation> Invitations { get; set; } = [];

    public Invitation? FindInvitation(string id) => Invitations.Find(i => i.Id == id);

    partial void ApplyInvitations(CharityEvent change)
    {
        switch (change)
        {
            case MemberInvited e:
                Invitations.Add(new Invitation(e.TokenHash, e.Role, e.ExpiresAt, null, e.InvitationId));
                break;
            case InvitationReissued e when FindInvitation(e.InvitationId) is { } reissued:
                Replace(Invitations, i => i == reissued, reissued with { TokenHash = e.TokenHash });
                break;
            case InvitationAccepted e:
                Replace(Invitations, i => i.TokenHash == e.TokenHash, Invitations.Find(i => i.TokenHash == e.TokenHash)! with { AcceptedBy = e.Subject });
                break;
        }
    }
}
