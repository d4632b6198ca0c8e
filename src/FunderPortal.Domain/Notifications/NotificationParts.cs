namespace FunderPortal.Notifications;

/// <summary>
/// What one person is told, as the grain that caused it sends it to the person's notification centre. <see cref="Id"/>
/// is made from what caused it (<see cref="NotificationIds"/>), so a notice sent again keeps one notification.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.NotificationNotice")]
public sealed record NotificationNotice(
    [property: Id(0)] string Id,
    [property: Id(1)] NotificationKind Kind,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Title,
    [property: Id(4)] string Text,
    [property: Id(5)] string Link);

/// <summary>A notification as its person sees it; <see cref="Position"/> is its place in arrival order (1, 2, 3…).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.NotificationView")]
public sealed record NotificationView(
    [property: Id(0)] string Id,
    [property: Id(1)] NotificationKind Kind,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Title,
    [property: Id(4)] string Text,
    [property: Id(5)] string Link,
    [property: Id(6)] bool Read);

/// <summary>A page of notifications, newest first; <see cref="UnreadCount"/> counts all unread, <see cref="Next"/> is null on the last page.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.NotificationsPage")]
public sealed record NotificationsPage(
    [property: Id(0)] IReadOnlyList<NotificationView> Items,
    [property: Id(1)] int UnreadCount,
    [property: Id(2)] long? Next);

/// <summary>How long the parts of a notification may be (a notice longer is cut, never refused: it comes from another grain).</summary>
public static class NotificationLimits
{
    public const int Title = 200;
    public const int Text = 1000;
    public const int Link = 500;
}
