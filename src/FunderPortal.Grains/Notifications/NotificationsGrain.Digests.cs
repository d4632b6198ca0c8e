using System.Globalization;
using System.Text;
using FunderPortal.Mail;
using Microsoft.Extensions.Logging;

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
        var items = digest.Ids.Select(State.Find).OfType<NotificationEntry>().ToList();
        var day = digest.Day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        var title = digest.Kind == DigestKind.Daily ? $"Your FunderPortal digest for {day}" : $"Your weekly FunderPortal digest, {day}";
        var subject = $"{title}: {items.Count} {(items.Count == 1 ? "notification" : "notifications")}";
        var all = _mail!.Link("/notifications");
        var unsubscribe = State.UnsubscribeSecret is { } secret ? _mail.Link($"/unsubscribe/{MailTokens.Unsubscribe(Subject, digest.Kind, secret)}") : null;

        var text = new StringBuilder($"{title}\n\n");
        var html = new StringBuilder($"<p><strong>{Html(title)}</strong></p><ul>");
        foreach (var item in items.Take(DigestRules.MaxListed))
        {
            var link = _mail.Link(item.Link);
            text.Append(CultureInfo.InvariantCulture, $"- {item.Title}\n  {item.Text}\n  {link}\n\n");
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{Html(link)}\">{Html(item.Title)}</a><br>{Html(item.Text)}</li>");
        }
        html.Append("</ul>");
        if (items.Count > DigestRules.MaxListed)
        {
            text.Append(CultureInfo.InvariantCulture, $"And {items.Count - DigestRules.MaxListed} more in the portal.\n");
            html.Append(CultureInfo.InvariantCulture, $"<p>And {items.Count - DigestRules.MaxListed} more in the portal.</p>");
        }
        text.Append(CultureInfo.InvariantCulture, $"All your notifications: {all}\n");
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{Html(all)}\">All your notifications</a></p>");
        if (unsubscribe is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nNo more of these digests: {unsubscribe}\n");
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{Html(unsubscribe)}\">No more of these digests</a></p>");
        }
        return new OutgoingMail(MessageId(DigestKey(digest)), State.Email!, subject, text.ToString(), html.ToString(), unsubscribe,
            $"{digest.Kind.ToString().ToLowerInvariant()} digest");
    }
}
