using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using FunderPortal.Common;

namespace FunderPortal.Notifications;

/// <summary>How a message that failed stands: still failing (retried), refused for good by the server, or delivered after all.</summary>
public enum MailFailureStatus
{
    Failing,
    Refused,
    DeliveredLater,
}

/// <summary>
/// A message that keeps failing, as the mail sender reports it: never the address itself, only
/// <see cref="MaskedTo"/> (<see cref="MailFailureRules.Mask"/>), and a reason with every address in it masked.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.MailFailureReport")]
public sealed record MailFailureReport(
    [property: Id(0)] string MessageId,
    [property: Id(1)] string What,
    [property: Id(2)] string MaskedTo,
    [property: Id(3)] string Reason,
    [property: Id(4)] int Attempts,
    [property: Id(5)] DateTimeOffset FirstFailedAt,
    [property: Id(6)] bool Permanent);

/// <summary>A failing message as a platform admin sees it.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.MailFailureView")]
public sealed record MailFailureView(
    [property: Id(0)] string MessageId,
    [property: Id(1)] string What,
    [property: Id(2)] string To,
    [property: Id(3)] string Reason,
    [property: Id(4)] int Attempts,
    [property: Id(5)] DateTimeOffset FirstFailedAt,
    [property: Id(6)] DateTimeOffset LastFailedAt,
    [property: Id(7)] MailFailureStatus Status,
    [property: Id(8)] DateTimeOffset? DeliveredAt);

// The platform's failing mail (stream mail-failures). A storage format: add events, rename nothing.

[JsonDerivedType(typeof(MailFailing), "MailFailing")]
[JsonDerivedType(typeof(MailDeliveredAfterFailing), "MailDeliveredAfterFailing")]
public abstract record MailFailureEvent;

public sealed record MailFailing(string MessageId, string What, string MaskedTo, string Reason, int Attempts, DateTimeOffset FirstFailedAt, bool Permanent)
    : MailFailureEvent;

public sealed record MailDeliveredAfterFailing(string MessageId) : MailFailureEvent;

/// <summary>One failing message kept.</summary>
public sealed class MailFailureEntry
{
    public string MessageId { get; set; } = "";
    public string What { get; set; } = "";
    public string MaskedTo { get; set; } = "";
    public string Reason { get; set; } = "";
    public int Attempts { get; set; }
    public DateTimeOffset FirstFailedAt { get; set; }
    public DateTimeOffset LastFailedAt { get; set; }
    public MailFailureStatus Status { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
}

/// <summary>The newest failing messages (at most <see cref="MailFailureRules.Kept"/>), oldest first. Snapshotted as JSON, so kept plain.</summary>
public sealed class MailFailuresState : IAggregateState<MailFailureEvent>
{
    public const int SnapshotSchema = 1;

    public long Version { get; set; }
    public DateTimeOffset? LastRecordedAt { get; set; }
    public List<MailFailureEntry> Items { get; set; } = [];

    public MailFailureEntry? Find(string messageId) => Items.Find(i => i.MessageId == messageId);

    public void Apply(MailFailureEvent change, DateTimeOffset recordedAt)
    {
        switch (change)
        {
            case MailFailing e:
                var entry = Find(e.MessageId);
                if (entry is null)
                {
                    entry = new MailFailureEntry { MessageId = e.MessageId };
                    Items.Add(entry);
                }
                else
                {
                    Items.Remove(entry);
                    Items.Add(entry);
                }
                (entry.What, entry.MaskedTo, entry.Reason, entry.Attempts, entry.FirstFailedAt, entry.LastFailedAt, entry.Status, entry.DeliveredAt) =
                    (e.What, e.MaskedTo, e.Reason, e.Attempts, e.FirstFailedAt, recordedAt, e.Permanent ? MailFailureStatus.Refused : MailFailureStatus.Failing, null);
                if (Items.Count > MailFailureRules.Kept)
                    Items.RemoveAt(0);
                break;
            case MailDeliveredAfterFailing e when Find(e.MessageId) is { } delivered:
                (delivered.Status, delivered.DeliveredAt) = (MailFailureStatus.DeliveredLater, recordedAt);
                break;
        }
        Version++;
        LastRecordedAt = recordedAt;
    }
}

/// <summary>
/// Failing mail, pure: when a message counts as failing (<see cref="IsFailing"/>), what is recorded, and how an address is
/// masked, so a platform admin sees which message fails and why without anyone's address.
/// </summary>
public static partial class MailFailureRules
{
    /// <summary>How many failing messages are kept (the oldest go first).</summary>
    public const int Kept = 500;

    /// <summary>Attempts (each the sender's own few quick retries) after which a message is failing.</summary>
    public const int FailingAfterAttempts = 3;

    /// <summary>How long a message may fail before it counts as failing, however few its attempts.</summary>
    public static readonly TimeSpan FailingAfter = TimeSpan.FromMinutes(1);

    /// <summary>Once failing, it is recorded again every this many attempts (its count and latest reason).</summary>
    public const int RecordEvery = 10;

    /// <summary>Whether a message that failed <paramref name="attempts"/> times over <paramref name="failingFor"/> is to be recorded now.</summary>
    public static bool IsFailing(int attempts, TimeSpan failingFor, int recordedAtAttempts) =>
        (attempts >= FailingAfterAttempts || failingFor >= FailingAfter)
        && (recordedAtAttempts == 0 || attempts - recordedAtAttempts >= RecordEvery);

    public static IReadOnlyList<MailFailureEvent> Record(MailFailureReport report) =>
        [new MailFailing(report.MessageId, Text.Clean(report.What) ?? "message", report.MaskedTo, MaskAddresses(report.Reason), report.Attempts, report.FirstFailedAt, report.Permanent)];

    /// <summary>Recorded only for a message that was failing: a message delivered at once is nobody's concern.</summary>
    public static IReadOnlyList<MailFailureEvent> Delivered(MailFailuresState state, string messageId) =>
        state.Find(messageId) is { Status: MailFailureStatus.Failing } ? [new MailDeliveredAfterFailing(messageId)] : [];

    /// <summary>Newest first.</summary>
    public static IReadOnlyList<MailFailureView> View(MailFailuresState state) =>
        [.. Enumerable.Reverse(state.Items).Select(i => new MailFailureView(i.MessageId, i.What, i.MaskedTo, i.Reason, i.Attempts, i.FirstFailedAt,
            i.LastFailedAt, i.Status, i.DeliveredAt))];

    /// <summary>An address shown without giving it away: its first character and its domain (<c>s***@example.org</c>).</summary>
    public static string Mask(string address)
    {
        var at = address.LastIndexOf('@');
        return at <= 0 ? "***" : $"{address[0]}***{address[at..]}";
    }

    /// <summary>Every address in <paramref name="text"/> masked (a server's answer may quote the recipient).</summary>
    public static string MaskAddresses(string text) => Address().Replace(text, m => Mask(m.Value));

    [GeneratedRegex(@"[^\s<>""'(),;:\[\]]+@[^\s<>""'(),;:\[\]]+")]
    private static partial Regex Address();
}
