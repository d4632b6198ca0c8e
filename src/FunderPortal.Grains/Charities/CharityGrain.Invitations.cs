using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.Mail;
using FunderPortal.Notifications;
using static FunderPortal.Notifications.NoticeWords;

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

    /// <summary>In the language of the member who invites (<see cref="CallerLanguage"/>): the address has no account to say.</summary>
    private Notice InvitationMail(MailSettings mail, string token, Invitation invitation, string address)
    {
        var c = CallerLanguage.Culture;
        var link = mail.Link($"/join/{Uri.EscapeDataString(token)}");
        var until = NotificationWords.DayOf(invitation.ExpiresAt);
        var invited = invitation.Role == MemberRole.Editor
            ? Say("You are invited to join {0} on FunderPortal as an editor.", State.Name)
            : Say("You are invited to join {0} on FunderPortal as a viewer.", State.Name);
        return MailNotices.Send($"invitation-mail/{invitation.TokenHash}", new OutgoingMail(
            MailNotices.MessageId($"invitation/{invitation.TokenHash}", OrgId), address, Say("You are invited to join {0} on FunderPortal", State.Name).In(c),
            $"{invited.In(c)}\n\n{Say("Sign in, then open this link (it works once, until {0}):", until).In(c)}\n{link}\n\n{MailNotices.NotExpecting.In(c)}\n",
            $"<p>{invited.HtmlIn(c)}</p>"
                + $"<p>{Say("Sign in, then <a href=\"{0}\">join {1}</a> (the link works once, until {2}).", link, State.Name, until).HtmlIn(c)}</p>"
                + $"<p>{MailNotices.NotExpecting.HtmlIn(c)}</p>",
            UnsubscribeUrl: null, What: "charity invitation (Invited)"));
    }

    public async Task<Member> AcceptInvitationAsync(string token, string subject)
    {
        await AppendAsync(CharityDecisions.AcceptInvitation(State, OneTimeTokens.Hash(token), subject, Clock.UtcNow), subject);
        return new Member(subject, State.Members[subject]);
    }
}
