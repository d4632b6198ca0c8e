using FunderPortal.Common.Outbox;
using FunderPortal.Mail;
using Microsoft.Extensions.DependencyInjection;

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
        List<Notice> mails = [];
        var sent = invitations.Select(invitation =>
        {
            if (!newlyGranted.Contains(invitation.CharityOrgId) || !addresses.TryGetValue(invitation.CharityOrgId, out var address))
                return invitation;
            mails.Add(InvitationMail(mail, funderName, invitation, address));
            return invitation with { Emailed = true };
        }).ToList();
        await Outbox.PostAsync(mails);
        return sent;
    }

    private Notice InvitationMail(MailSettings mail, string funderName, GrantImportInvitation invitation, string address)
    {
        var link = mail.Link(invitation.Path);
        var charity = invitation.Name;
        return MailNotices.Send($"grant-import-invitation/{invitation.CharityOrgId}", new OutgoingMail(
            MailNotices.MessageId($"grant-import-invitation/{Key.FunderOrgId}/{invitation.CharityOrgId}", address), address,
            $"{funderName} invites {charity} to FunderPortal",
            $"{funderName} keeps its grants to {charity} on FunderPortal, where charities keep the map of how they work with people "
                + $"with lived experience, and share it with their funders.\n\nRegister {charity} (the form is filled in for you), then "
                + $"share your journey with {funderName} if you wish:\n{link}\n\nIf you were not expecting this, you can ignore this message.\n",
            $"<p>{MailNotices.Html(funderName)} keeps its grants to {MailNotices.Html(charity)} on FunderPortal, where charities keep the map "
                + "of how they work with people with lived experience, and share it with their funders.</p>"
                + $"<p><a href=\"{MailNotices.Html(link)}\">Register {MailNotices.Html(charity)}</a> (the form is filled in for you), then share "
                + $"your journey with {MailNotices.Html(funderName)} if you wish.</p>"
                + "<p>If you were not expecting this, you can ignore this message.</p>",
            UnsubscribeUrl: null, What: "invitation from a funder's grant import"));
    }
}
