using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.Notifications;
using static FunderPortal.Notifications.NoticeWords;

namespace FunderPortal.Mail;

/// <summary>Mail as an outbox notice, sent to the <see cref="IMailGrain"/> until the server accepts it (or the mail outbox holds it).</summary>
public static class MailNotices
{
    public static Notice Send(string key, OutgoingMail mail) =>
        new(key, 1, grains => grains.GetGrain<IMailGrain>(0).SendAsync(mail));

    /// <summary>A Message-Id made from what the message is about and who it is for: every attempt is the same message.</summary>
    public static string MessageId(string what, string who) => $"{Ids.For("mail", $"{what}\n{who}")}@funderportal";

    public static string Html(string text) => System.Net.WebUtility.HtmlEncode(text);

    /// <summary>The last line of a message to an address that did not ask for it.</summary>
    public static Phrase NotExpecting => Say("If you were not expecting this, you can ignore this message.");
}
