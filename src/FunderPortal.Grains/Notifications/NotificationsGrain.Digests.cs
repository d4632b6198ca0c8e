using System.Globalization;
using System.Text;
using FunderPortal.Mail;
using Microsoft.Extensions.Logging;
using static FunderPortal.Notifications.NoticeWords;

namespace FunderPortal.Notifications;

/// <summary>
/// Digests (<see cref="DigestRules"/>): while the person wants one, a durable Orleans reminder
/// (<see cref="DigestReminder"/>, in the event store's database or Redis) wakes their centre when the next falls due by
/// the product's clock (07:00 UK time; Mondays for the weekly one). Each wake records what each due digest lists
/// (<see cref="DigestSent"/>, once per kind and day) and only then mails it through the outbox with a Message-Id made
/// from the digest, so a retry, a restart or a failover neither repeats nor loses one; waking late (a silo down at
/// 07:00) sends the one missed, at activation or at the next tick.
/// </summary>
public sealed partial class NotificationsGrain
{
    public const string DigestReminder = "digest";

    /// <summary>The reminder's own period: a backstop should setting the next wake fail.</summary>
    private static readonly TimeSpan DigestBackstop = TimeSpan.FromDays(1);

    /// <summary>Reminders tick no more often than once a minute.</summary>
    private static readonly TimeSpan ShortestWait = TimeSpan.FromMinutes(1);

    private IGrainTimer? _digestTimer;

    /// <summary>
    /// Just after this turn (a one-shot timer, so a write never waits on the reminder table): sends a digest missed while
    /// the centre slept when <paramref name="catchUp"/>, and sets the reminder for the next (or removes it when none is wanted).
    /// </summary>
    private void KeepDigestsSoon(bool catchUp)
    {
        _digestTimer?.Dispose();
        _digestTimer = this.RegisterGrainTimer(_ => KeepDigestsAsync(catchUp), new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
    }

    private async Task KeepDigestsAsync(bool catchUp)
    {
        try
        {
            if (catchUp)
                await SendDueDigestsAsync();
            await SetDigestReminderAsync(onlyWhenMissing: catchUp);
        }
        catch (Exception failure)
        {
            // Not fatal: the next activation or change of preferences tries again, and a digest missed is sent then.
            logger.LogWarning(failure, "Could not keep the digests of a notification centre");
        }
    }

    private async Task ReceiveDigestReminderAsync()
    {
        await SendDueDigestsAsync();
        await SetDigestReminderAsync(onlyWhenMissing: false);
    }

    private Task SendDueDigestsAsync() => AppendAsync(DigestRules.AllDue(State, clock.UtcNow), "digest");

    /// <summary>Wakes the centre when its next digest falls due, or removes the reminder when no digest is wanted.</summary>
    private async Task SetDigestReminderAsync(bool onlyWhenMissing)
    {
        var now = clock.UtcNow;
        if (DigestRules.NextAfter(State, now) is not { } next)
        {
            if (await this.GetReminder(DigestReminder) is { } stale)
                await this.UnregisterReminder(stale);
            return;
        }
        if (onlyWhenMissing && await this.GetReminder(DigestReminder) is not null)
            return;
        var wait = next - now;
        await this.RegisterOrUpdateReminder(DigestReminder, wait < ShortestWait ? ShortestWait : wait, DigestBackstop);
    }

    private static string DigestKey(DigestSent digest) => $"digest/{digest.Kind}/{digest.Day:yyyy-MM-dd}";

    /// <summary>One message listing the digest's notifications (the first <see cref="DigestRules.MaxListed"/>), each with its link.</summary>
    private OutgoingMail DigestMail(DigestSent digest)
    {
        var c = Culture;
        var items = digest.Ids.Select(State.Find).OfType<NotificationEntry>().ToList();
        var day = digest.Day.ToString("dddd d MMMM yyyy", c);
        var title = (digest.Kind == DigestKind.Daily ? Say("Your FunderPortal digest for {0}", day) : Say("Your weekly FunderPortal digest, {0}", day)).In(c);
        var subject = (items.Count == 1 ? Say("{0}: 1 notification", title) : Say("{0}: {1} notifications", title, items.Count)).In(c);
        var all = _mail!.Link("/notifications");
        var unsubscribe = State.UnsubscribeSecret is { } secret ? _mail.Link($"/unsubscribe/{MailTokens.Unsubscribe(Subject, digest.Kind, secret)}") : null;

        var text = new StringBuilder($"{title}\n\n");
        var html = new StringBuilder($"<p><strong>{Html(title)}</strong></p><ul>");
        foreach (var item in items.Take(DigestRules.MaxListed))
        {
            var link = _mail.Link(item.Link);
            var (itemTitle, itemText) = (item.TitleIn(c), item.TextIn(c));
            text.Append(CultureInfo.InvariantCulture, $"- {itemTitle}\n  {itemText}\n  {link}\n\n");
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{Html(link)}\">{Html(itemTitle)}</a><br>{Html(itemText)}</li>");
        }
        html.Append("</ul>");
        if (items.Count > DigestRules.MaxListed)
        {
            var more = Say("And {0} more in the portal.", items.Count - DigestRules.MaxListed);
            text.Append(CultureInfo.InvariantCulture, $"{more.In(c)}\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>{more.HtmlIn(c)}</p>");
        }
        text.Append(CultureInfo.InvariantCulture, $"{Say("All your notifications: {0}", all).In(c)}\n");
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{Html(all)}\">{Say("All your notifications").HtmlIn(c)}</a></p>");
        if (unsubscribe is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{Say("No more of these digests: {0}", unsubscribe).In(c)}\n");
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{Html(unsubscribe)}\">{Say("No more of these digests").HtmlIn(c)}</a></p>");
        }
        return new OutgoingMail(MessageId(DigestKey(digest)), State.Email!, subject, text.ToString(), html.ToString(), unsubscribe,
            $"{digest.Kind.ToString().ToLowerInvariant()} digest");
    }
}
