using FunderPortal.Common;
using FunderPortal.Rounds;

namespace FunderPortal.Charities;

public static partial class CharityDecisions
{
    /// <summary>How long a link to join stays valid.</summary>
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(14);

    public static IReadOnlyList<CharityEvent> Invite(CharityState state, string tokenHash, MemberRole role, DateTimeOffset now)
    {
        var errors = new ErrorBag();
        errors.Defined("role", (MemberRole?)role);
        errors.ThrowIfAny();
        if (state.Invitations.Count(i => i.AcceptedBy is null && i.ExpiresAt > now) >= Limits.MaxParticipantsAsked)
            throw new ConflictException($"At most {Limits.MaxParticipantsAsked} invitations can be open at once.");
        return [new MemberInvited(tokenHash, role, now.Add(InvitationLifetime))];
    }

    /// <summary>Joining through a one-time link; a used, expired or unknown link is the same "not found".</summary>
    public static IReadOnlyList<CharityEvent> AcceptInvitation(CharityState state, string tokenHash, string subject, DateTimeOffset now)
    {
        PanelSubjects.RequireAccount(subject);
        var invitation = state.Invitations.Find(i => i.TokenHash == tokenHash && i.AcceptedBy is null && now < i.ExpiresAt)
            ?? throw new NotFoundException("This invitation is not valid: it may have been used already or have expired.");
        var granted = state.Members.TryGetValue(subject, out var existing) && existing >= invitation.Role
            ? []
            : new CharityEvent[] { new MemberRoleGranted(subject, invitation.Role) };
        return [new InvitationAccepted(tokenHash, subject), .. granted];
    }
}
