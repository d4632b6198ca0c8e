using System.ComponentModel.DataAnnotations;
using FunderPortal.Api.OpenApi;
using FunderPortal.Notifications;

namespace FunderPortal.Api.People;

/// <summary>link is the portal page where to act on it; read is the caller's own mark.</summary>
public sealed record NotificationResponse(string Id, NotificationKind Kind, DateTimeOffset At, string Title, string Text, string Link, bool Read);

/// <summary>unreadCount counts all the caller's unread notifications, not only this page; next is null on the last page.</summary>
public sealed record NotificationsResponse(IReadOnlyList<NotificationResponse> Items, int UnreadCount, long? Next);

/// <summary>
/// email is null when none is given; emailConfirmed is false until the link sent to it is followed (only then is it
/// used); language is en or cy; delivery names every kind: Immediately (the default), DailyDigest, WeeklyDigest or Off.
/// </summary>
public sealed record NotificationPreferencesResponse(string? Email, bool EmailConfirmed, string Language, IReadOnlyDictionary<NotificationKind, DeliveryChoice> Delivery);

/// <summary>email null or empty removes it; language left out keeps it; kinds left out of delivery keep their choice.</summary>
public sealed record NotificationPreferencesRequest(
    [property: MaxLength(PreferenceRules.EmailLength)] string? Email = null,
    [property: MaxLength(2)] string? Language = null,
    [property: MaxEntries(32)] IReadOnlyDictionary<NotificationKind, DeliveryChoice>? Delivery = null);

public static class MeMappings
{
    public static NotificationPreferencesResponse ToResponse(this PreferencesView v) => new(v.Email, v.EmailConfirmed, v.Language, v.Delivery);

    public static NotificationsResponse ToResponse(this NotificationsPage page) =>
        new([.. page.Items.Select(i => new NotificationResponse(i.Id, i.Kind, i.At, i.Title, i.Text, i.Link, i.Read))], page.UnreadCount, page.Next);
}
