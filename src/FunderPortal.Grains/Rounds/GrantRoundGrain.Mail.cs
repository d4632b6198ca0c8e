using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.Mail;
using FunderPortal.Notifications;
using FunderPortal.PersonalData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static FunderPortal.Notifications.NoticeWords;

namespace FunderPortal.Rounds;

/// <summary>
/// The round's mail: panel invitations emailed to the invitee, and the round's notices emailed to panellists who have no
/// account (<see cref="PanelMail"/>), each through the outbox with a Message-Id per message and recipient.
/// </summary>
public sealed partial class GrantRoundGrain
{
    /// <summary>How this silo sends mail (the host always sets it; a silo without it cannot email a link).</summary>
    private MailSettings Mail => ServiceProvider.GetService<MailSettings>()
        ?? throw new InvalidOperationException("This silo has no mail settings, so nothing can be emailed.");

    /// <summary>The panellists with no account who can be reached by email, their addresses opened (erased ones left out).</summary>
    internal async Task<IReadOnlyList<PanellistAddress>> PanellistAddressesAsync()
    {
        var kept = PanelAddresses.Of(State);
        if (kept.Count == 0)
            return [];
        var opener = await OpenerAsync(kept.Select(a => a.Email));
        return [.. kept.Select(a => a with { Email = opener.Open(a.Email) ?? "" }).Where(a => PreferenceRules.IsAddress(a.Email))];
    }

    /// <summary>
    /// The round's notices (a phase changed, a scoring deadline) for panellists with no account whose invitation was
    /// emailed, each as one message for the outbox; each address is opened only as its message is sent, so an erased
    /// panellist is mailed nothing. Panellists with an account are told through their notification centre instead.
    /// </summary>
    internal IEnumerable<Notice> PanelMail(IEnumerable<PanellistNotice> notices)
    {
        if (ServiceProvider.GetService<MailSettings>() is null)
            yield break;
        var streamId = _stream.StreamId;
        var addresses = PanelAddresses.Of(State).ToDictionary(a => a.PanellistId, StringComparer.Ordinal);
        foreach (var (panellistId, notice) in notices)
        {
            if (!addresses.TryGetValue(panellistId, out var panellist))
                continue;
            yield return new Notice($"panel-mail/{notice.Id}/{panellist.PanellistId}", 1, async grains =>
            {
                var address = (await personal.OpenerAsync(streamId, [panellist.Email])).Open(panellist.Email) ?? "";
                if (PreferenceRules.IsAddress(address))
                    await grains.GetGrain<IMailGrain>(0).SendAsync(PanelNoticeMail(notice, panellist.PanellistId, address));
            });
        }
    }

    /// <summary>In the language the panellist joined in (English for one who joined before issue 21).</summary>
    private OutgoingMail PanelNoticeMail(NotificationNotice notice, string panellistId, string address)
    {
        var c = NoticeWords.CultureOf(State.Panellists.GetValueOrDefault(panellistId)?.Language);
        var link = Mail.Link(notice.Link);
        var (title, text) = (notice.TitleIn(c), notice.TextIn(c));
        var why = Say("You get this because you joined this round's panel with this address.");
        return new OutgoingMail(MailNotices.MessageId($"panel/{notice.Id}", $"{RoundId}/{panellistId}"), address, title,
            $"{title}\n\n{text}\n\n{Say("Go to it: {0}", link).In(c)}\n\n{why.In(c)}\n",
            $"<p><strong>{MailNotices.Html(title)}</strong></p><p>{MailNotices.Html(text)}</p><p><a href=\"{MailNotices.Html(link)}\">{Say("Go to it").HtmlIn(c)}</a></p>"
                + $"<p>{why.HtmlIn(c)}</p>",
            UnsubscribeUrl: null, What: $"panel notice {notice.Kind}");
    }

    /// <summary>In the language of the funder's member who invites (<see cref="CallerLanguage"/>): the invitee has no account to say theirs.</summary>
    private Notice InvitationMail(MailSettings mail, string invitationId, string token, string email)
    {
        var c = CallerLanguage.Culture;
        var link = mail.Link($"/panel/join/{Uri.EscapeDataString(token)}");
        var title = State.Current.Title;
        var invited = State.Current.Timetable.DecisionsBy is { } by
            ? Say("You are invited to sit on the panel of “{0}”, a participatory grant round on FunderPortal (decisions by {1}).", title, by)
            : Say("You are invited to sit on the panel of “{0}”, a participatory grant round on FunderPortal.", title);
        return MailNotices.Send($"invitation-mail/{invitationId}/{OneTimeTokens.Hash(token)}", new OutgoingMail(
            MailNotices.MessageId($"panel-invitation/{OneTimeTokens.Hash(token)}", RoundId), email,
            Say("You are invited to the panel of {0}", title).In(c),
            $"{invited.In(c)}\n\n{Say("Join with this link (it works once; you need no account):").In(c)}\n{link}\n\n{MailNotices.NotExpecting.In(c)}\n",
            $"<p>{invited.HtmlIn(c)}</p>"
                + $"<p>{Say("<a href=\"{0}\">Join the panel</a> (the link works once; you need no account).", link).HtmlIn(c)}</p>"
                + $"<p>{MailNotices.NotExpecting.HtmlIn(c)}</p>",
            UnsubscribeUrl: null, What: "panel invitation (Invited)"));
    }

    /// <summary>
    /// Once an invitation emailed to someone is used, the copy of their address kept under the invitee's own key is no
    /// longer needed (a panellist without an account has it under theirs now): that key is destroyed. Best effort.
    /// </summary>
    private async Task ForgetInviteeAddressAsync(PanelInvitation? invitation)
    {
        if (invitation is not { Email: not null, ForPanellistId: null })
            return;
        try
        {
            await personal.EraseAsync(PersonIds.PanelInvitee(RoundId, invitation.Id), "panel invitation used");
        }
        catch (Exception failure)
        {
            logger.LogWarning(failure, "Could not destroy the invitee key of an invitation to round {RoundId}", RoundId);
        }
    }
}
