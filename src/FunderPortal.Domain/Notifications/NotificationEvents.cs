using System.Text.Json.Serialization;

namespace FunderPortal.Notifications;

// One person's notification centre (stream notifications/{subject}). A storage format: add events, rename nothing.

[JsonDerivedType(typeof(NotificationReceived), "NotificationReceived")]
[JsonDerivedType(typeof(NotificationRead), "NotificationRead")]
[JsonDerivedType(typeof(NotificationsReadThrough), "NotificationsReadThrough")]
public abstract record NotificationEvent;

public sealed record NotificationReceived(string Id, NotificationKind Kind, DateTimeOffset At, string Title, string Text, string Link) : NotificationEvent;

public sealed record NotificationRead(string Id) : NotificationEvent;

/// <summary>Every notification up to <paramref name="Position"/> is read ("mark all read" as the person saw the list then).</summary>
public sealed record NotificationsReadThrough(long Position) : NotificationEvent;
