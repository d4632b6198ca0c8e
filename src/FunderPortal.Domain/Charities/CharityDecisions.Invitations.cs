using FunderPortal.Common;
using FunderPortal.Rounds;

namespace FunderPortal.Charities;

public static partial class CharityDecisions
{
    /// <summary>How long a link to join stays valid.</summary>
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(14);

    /// <summary>
    /// A new invitation <paramref name="invitationId"/> whose link's token hashes to <paramref name="tokenHash"/>. When
    /// that invitation already exists, this is a retry of the request that made it (its id comes from the request) whose
    /// answer, the only place the link was ever shown, was lost: the link is shown once and only its hash is kept, so the
    /// first token cannot be shown again. The retry gives the same invitation a new token instead (the never-shown link
    /// stops working) and makes nothing second; an invitation already used was delivered after all, and is not
    /// made again.
    /// </summary>
    public static IReadOnlyList<CharityEvent> Invite(CharityState state, string invitationId, string tokenHash, MemberRole role, DateTimeOffset now)
    {
        var errors = new ErrorBag();
        errors.Defined("role", (MemberRole?)role);
        errors.ThrowIfAny();
        if (state.FindInvitation(invitationId) is { } earlier)
        {
            return earlier.AcceptedBy is null
                ? [new InvitationReissued(invitationId, tokenHash)]
                : throw new ConflictException("This invitation has been used already: make a new one.");
        }
        if (state.Invitations.Count(i => i.AcceptedBy is null && i.ExpiresAt > now) >= Limits.MaxParticipantsAsked)
            throw new ConflictException($"At most {Limits.MaxParticipantsAsked} invitations can be open at once.");
        return [new MemberInvited(tokenHash, role, now.Add(InvitationLifetime), invitationId)];
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
