namespace FunderPortal.Notifications;

/// <summary>
/// One person's notification centre (keyed by their subject): what they are told, newest first, each marked read by
/// them, and how they want it by email. Grains tell it through their outbox (<see cref="ReceiveAsync"/>, idempotent on
/// the notification's id); the person reads it through <c>/api/v1/me/…</c> and <c>/notifications</c>. Panellist-only
/// subjects have none.
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

    [Alias("GetPreferences")]
    Task<PreferencesView> GetPreferencesAsync();

    /// <summary>Changes them; a new address is sent a confirmation link and used only once it is followed.</summary>
    [Alias("ChangePreferences")]
    Task<PreferencesView> ChangePreferencesAsync(ChangePreferences change);

    /// <summary>The rest of a confirmation token (<see cref="MailTokens"/>): confirms the address; 404 when not for it.</summary>
    [Alias("ConfirmEmail")]
    Task ConfirmEmailAsync(string token);

    /// <summary>The rest of an unsubscribe token: turns that kind (or every kind of that digest) off by email; 404 when not known.</summary>
    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(string rest);
}
