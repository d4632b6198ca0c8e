using FunderPortal.Common.Outbox;
using FunderPortal.Mail;
using FunderPortal.Notifications;
using Microsoft.Extensions.DependencyInjection;
using static FunderPortal.Notifications.NoticeWords;

namespace FunderPortal.GrantImports;

public sealed partial class GrantImportGrain
{
    /// <summary>
    /// Emails each invitation whose charity the file gives an address for and that got a grant from this import (a file
    /// imported again sends nothing again), through the outbox: awaited once, retried while the import is active. The
    /// address is never kept, only whether the link was sent. Without the silo's mail settings nothing is sent.
    /// </summary>
    private async Task<IReadOnlyList<GrantImportInvitation>> EmailAsync(IReadOnlyList<GrantImportInvitation> invitations, IReadOnlyList<CheckedRow> checks)
    {
        if (ServiceProvider.GetService<MailSettings>() is not { } mail || invitations.Count == 0)
            return invitations;
        var newlyGranted = State.Rows.Where(r => r.Outcome == GrantRowOutcome.New).Select(r => r.CharityOrgId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var addresses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, check, refusal) in checks)
        {
            if (refusal is null && check.RecipientEmail is { } address)
                addresses.TryAdd(check.Grant!.CharityOrgId, address);
        }
        var funderName = await Funder.GetPublicNameAsync() ?? Key.FunderOrgId;
        var culture = await SenderCultureAsync();
        List<Notice> mails = [];
        var sent = invitations.Select(invitation =>
        {
            if (!newlyGranted.Contains(invitation.CharityOrgId) || !addresses.TryGetValue(invitation.CharityOrgId, out var address))
                return invitation;
            mails.Add(InvitationMail(mail, funderName, invitation, address, culture));
            return invitation with { Emailed = true };
        }).ToList();
        await Outbox.PostAsync(mails);
        return sent;
    }

    /// <summary>
    /// The language of the member who started the import (their stored one): the import runs in the background, after the
    /// request that queued it, and the charity's address has no account to say its own. English when it cannot be read.
    /// </summary>
    private async Task<System.Globalization.CultureInfo> SenderCultureAsync()
    {
        if (State.Entry?.By is not { } by)
            return NoticeWords.English;
        try
        {
            return NoticeWords.CultureOf((await GrainFactory.GetGrain<INotificationsGrain>(by).GetPreferencesAsync()).Language);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return NoticeWords.English; // a panellist-only subject, or a centre that cannot answer now: English, as before issue 21
        }
    }

    private Notice InvitationMail(MailSettings mail, string funderName, GrantImportInvitation invitation, string address, System.Globalization.CultureInfo c)
    {
        var link = mail.Link(invitation.Path);
        var charity = invitation.Name;
        var keeps = Say("{0} keeps its grants to {1} on FunderPortal, where charities keep the map of how they work with people with lived experience, and share it with their funders.",
            funderName, charity);
        return MailNotices.Send($"grant-import-invitation/{invitation.CharityOrgId}", new OutgoingMail(
            MailNotices.MessageId($"grant-import-invitation/{Key.FunderOrgId}/{invitation.CharityOrgId}", address), address,
            Say("{0} invites {1} to FunderPortal", funderName, charity).In(c),
            $"{keeps.In(c)}\n\n{Say("Register {0} (the form is filled in for you), then share your journey with {1} if you wish:", charity, funderName).In(c)}"
                + $"\n{link}\n\n{MailNotices.NotExpecting.In(c)}\n",
            $"<p>{keeps.HtmlIn(c)}</p>"
                + $"<p>{Say("<a href=\"{0}\">Register {1}</a> (the form is filled in for you), then share your journey with {2} if you wish.", link, charity, funderName).HtmlIn(c)}</p>"
                + $"<p>{MailNotices.NotExpecting.HtmlIn(c)}</p>",
            UnsubscribeUrl: null, What: "invitation from a funder's grant import"));
    }
}
