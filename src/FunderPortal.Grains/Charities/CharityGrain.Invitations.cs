using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.Mail;
using FunderPortal.Notifications;

namespace FunderPortal.Charities;

public sealed partial class CharityGrain
{
    /// <summary>
    /// Within an idempotent request the invitation's id comes from the request: a retry after the answer was lost finds
    /// the invitation the first attempt made and gives it a new link (<see cref="CharityDecisions.Invite"/>), never a second invitation.
    /// </summary>
    public Task<InvitationLink> InviteAsync(MemberRole role, string subject) => InviteAsync(role, null, subject);

    /// <summary>
    /// With <paramref name="email"/> the link is emailed there as well as returned (kind Invited), through the outbox with a
    /// Message-Id per link: awaited once before answering, retried while the charity is active. The address is not kept.
    /// </summary>
    public async Task<InvitationLink> InviteAsync(MemberRole role, string? email, string subject)
    {
        RequireEditor(subject);
        var address = PreferenceRules.OptionalAddress("email", email);
        var mail = address is null ? null : Mail;
        var id = Ids.NewFor("invitation");
        var token = OneTimeTokens.New(OrgId);
        await AppendAsync(CharityDecisions.Invite(State, id, OneTimeTokens.Hash(token), role, Clock.UtcNow), subject);
        var invitation = State.FindInvitation(id)!;
        if (mail is not null)
            await Outbox.PostAsync([InvitationMail(mail, token, invitation, address!)]);
        return new InvitationLink(token, invitation.Role, invitation.ExpiresAt);
    }

    private Notice InvitationMail(MailSettings mail, string token, Invitation invitation, string address)
    {
        var link = mail.Link($"/join/{Uri.EscapeDataString(token)}");
        var until = invitation.ExpiresAt.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var role = invitation.Role == MemberRole.Editor ? "an editor" : "a viewer";
        return MailNotices.Send($"invitation-mail/{invitation.TokenHash}", new OutgoingMail(
            MailNotices.MessageId($"invitation/{invitation.TokenHash}", OrgId), address, $"You are invited to join {State.Name} on FunderPortal",
            $"You are invited to join {State.Name} on FunderPortal as {role}.\n\nSign in, then open this link (it works once, until {until}):\n{link}\n\n"
                + "If you were not expecting this, you can ignore this message.\n",
            $"<p>You are invited to join {MailNotices.Html(State.Name)} on FunderPortal as {role}.</p>"
                + $"<p>Sign in, then <a href=\"{MailNotices.Html(link)}\">join {MailNotices.Html(State.Name)}</a> (the link works once, until {until}).</p>"
                + "<p>If you were not expecting this, you can ignore this message.</p>",
            UnsubscribeUrl: null, What: "charity invitation (Invited)"));
    }

    public async Task<Member> AcceptInvitationAsync(string token, string subject)
    {
        await AppendAsync(CharityDecisions.AcceptInvitation(State, OneTimeTokens.Hash(token), subject, Clock.UtcNow), subject);
        return new Member(subject, State.Members[subject]);
    }
}
