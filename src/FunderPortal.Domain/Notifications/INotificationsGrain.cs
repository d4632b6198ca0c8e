namespace FunderPortal.Notifications;

/// <summary>
/// One person's notification centre (keyed by their subject): what they are told, newest first, each marked read by
/// them. Grains tell it through their outbox (<see cref="ReceiveAsync"/>, idempotent on the notification's id); the
/// person reads it through <c>/api/v1/me/notifications</c> and <c>/notifications</c>. Panellist-only subjects have none.
/// </summary>
[Alias("FunderPortal.INotificationsGrain")]
public interface INotificationsGrain : IGrainWithStringKey
{
    [Alias("Receive")]
    Task ReceiveAsync(NotificationNotice notice);

    [Alias("GetPage")]
    Task<NotificationsPage> GetPageAsync(bool unreadOnly, long? after, int limit);

    [Alias("GetUnreadCount")]
    Task<int> GetUnreadCountAsync();

    [Alias("MarkRead")]
    Task MarkReadAsync(string id);

    [Alias("MarkAllRead")]
    Task MarkAllReadAsync();
}
