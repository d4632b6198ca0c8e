using System.Text.Json.Serialization;

namespace FunderPortal.Notifications;

// One person's notification centre (stream notifications/{subject}). A storage format: add events, rename nothing.

[JsonDerivedType(typeof(NotificationReceived), "NotificationReceived")]
[JsonDerivedType(typeof(NotificationRead), "NotificationRead")]
[JsonDerivedType(typeof(NotificationsReadThrough), "NotificationsReadThrough")]
[JsonDerivedType(typeof(EmailChanged), "EmailChanged")]
[JsonDerivedType(typeof(EmailConfirmed), "EmailConfirmed")]
[JsonDerivedType(typeof(DeliveryChanged), "DeliveryChanged")]
[JsonDerivedType(typeof(DigestSent), "DigestSent")]
public abstract record NotificationEvent;

/// <summary>
/// A notification, its <paramref name="Title"/> and <paramref name="Text"/> in English; <paramref name="TitlePhrase"/> and
/// <paramref name="TextPhrase"/> (none in a notification from before issue 21) the same words for a reader in Welsh.
/// </summary>
public sealed record NotificationReceived(
    string Id, NotificationKind Kind, DateTimeOffset At, string Title, string Text, string Link,
    Phrase? TitlePhrase = null, Phrase? TextPhrase = null) : NotificationEvent;

public sealed record NotificationRead(string Id) : NotificationEvent;

/// <summary>Every notification up to <paramref name="Position"/> is read ("mark all read" as the person saw the list then).</summary>
public sealed record NotificationsReadThrough(long Position) : NotificationEvent;

/// <summary>A new address (null: none), unconfirmed until the link whose token hashes to <paramref name="ConfirmationHash"/> is followed.</summary>
public sealed record EmailChanged(string? Email, string? ConfirmationHash, string? UnsubscribeSecret) : NotificationEvent;

public sealed record EmailConfirmed(string Email) : NotificationEvent;

/// <summary>The language and every kind's choice that is not <see cref="DeliveryChoice.Immediately"/> (the default).</summary>
public sealed record DeliveryChanged(string Language, IReadOnlyDictionary<NotificationKind, DeliveryChoice> Delivery) : NotificationEvent;

/// <summary>
/// The digest of <paramref name="Kind"/> due on the UK day <paramref name="Day"/> (at <paramref name="At"/>), listing the
/// notifications <paramref name="Ids"/>: recorded once, before it is mailed, so it is sent once whatever restarts.
/// </summary>
public sealed record DigestSent(DigestKind Kind, DateOnly Day, DateTimeOffset At, IReadOnlyList<string> Ids) : NotificationEvent;
