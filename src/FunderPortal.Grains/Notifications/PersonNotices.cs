using FunderPortal.Common.Outbox;

namespace FunderPortal.Notifications;

/// <summary>
/// Notifications as outbox notices: one per person and notification, sent until that person's centre confirms. The key
/// names both, and a notification never changes, so a notice posted again (at activation) is the same word.
/// </summary>
internal static class PersonNotices
{
    public static IEnumerable<Notice> ToNotices(IEnumerable<PersonNotice> notices) =>
        notices.Select(n => new Notice($"notify/{n.Subject}/{n.Notice.Id}", 1,
            grains => grains.GetGrain<INotificationsGrain>(n.Subject).ReceiveAsync(n.Notice)));
}
