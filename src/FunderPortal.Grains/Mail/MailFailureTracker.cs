using System.Collections.Concurrent;
using FunderPortal.Notifications;

namespace FunderPortal.Mail;

/// <summary>
/// Counts the failed attempts of each message in this silo, so the <see cref="MailGrain"/> records one that keeps
/// failing (<see cref="MailFailureRules.IsFailing"/>) and, should it then be delivered, that too. A restart forgets the
/// counts: a message still failing is recorded again after a few more attempts.
/// </summary>
public sealed class MailFailureTracker
{
    private sealed record Tracked(long FirstTick, DateTimeOffset FirstAt, int Attempts, int RecordedAtAttempts);

    private readonly ConcurrentDictionary<string, Tracked> _failing = new(StringComparer.Ordinal);

    /// <summary>Counts a failed attempt; the report to record when the message is failing now (a permanent refusal at once).</summary>
    public MailFailureReport? Failed(OutgoingMail mail, Exception failure, bool permanent, DateTimeOffset now)
    {
        var tracked = _failing.AddOrUpdate(mail.MessageId, _ => new Tracked(Environment.TickCount64, now, 1, 0),
            (_, old) => old with { Attempts = old.Attempts + 1 });
        if (!permanent && !MailFailureRules.IsFailing(tracked.Attempts, TimeSpan.FromMilliseconds(Environment.TickCount64 - tracked.FirstTick), tracked.RecordedAtAttempts))
            return null;
        if (permanent)
            _failing.TryRemove(mail.MessageId, out _);
        else
            _failing[mail.MessageId] = tracked with { RecordedAtAttempts = tracked.Attempts };
        return new MailFailureReport(mail.MessageId, mail.What, MailFailureRules.Mask(mail.To), Reason(failure), tracked.Attempts, tracked.FirstAt, permanent);
    }

    /// <summary>Forgets the message; whether it had been recorded as failing (so its delivery is worth recording).</summary>
    public bool Delivered(string messageId) => _failing.TryRemove(messageId, out var tracked) && tracked.RecordedAtAttempts > 0;

    /// <summary>What went wrong, every address in it masked.</summary>
    public static string Reason(Exception failure) => MailFailureRules.MaskAddresses($"{failure.GetType().Name}: {failure.Message}");
}
