using FunderPortal.Notifications;

namespace FunderPortal.Api.People;

/// <summary>link is the portal page where to act on it; read is the caller's own mark.</summary>
public sealed record NotificationResponse(string Id, NotificationKind Kind, DateTimeOffset At, string Title, string Text, string Link, bool Read);

/// <summary>unreadCount counts all the caller's unread notifications, not only this page; next is null on the last page.</summary>
public sealed record NotificationsResponse(IReadOnlyList<NotificationResponse> Items, int UnreadCount, long? Next);

public static class MeMappings
{
    public static NotificationsResponse ToResponse(this NotificationsPage page) =>
        new([.. page.Items.Select(i => new NotificationResponse(i.Id, i.Kind, i.At, i.Title, i.Text, i.Link, i.Read))], page.UnreadCount, page.Next);
}
