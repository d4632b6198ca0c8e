namespace FunderPortal.Charities;

public sealed partial class CharityState
{
    public List<Invitation> Invitations { get; set; } = [];

    partial void ApplyInvitations(CharityEvent change)
    {
        switch (change)
        {
            case MemberInvited e:
                Invitations.Add(new Invitation(e.TokenHash, e.Role, e.ExpiresAt, null));
                break;
            case InvitationAccepted e:
                Replace(Invitations, i => i.TokenHash == e.TokenHash, Invitations.Find(i => i.TokenHash == e.TokenHash)! with { AcceptedBy = e.Subject });
                break;
        }
    }
}
