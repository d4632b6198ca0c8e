using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Notifications;

/// <summary>The notification centre's rules: pure, over one person's state.</summary>
public static class NotificationRules
{
    /// <summary>The notification, unless the person holds it already (a notice told again): then nothing.</summary>
    public static IReadOnlyList<NotificationEvent> Receive(NotificationState state, NotificationNotice notice)
    {
        var errors = new ErrorBag();
        errors.Defined("kind", (NotificationKind?)notice.Kind);
        errors.RequireText("id", notice.Id, 64);
        if (!InboxLinks.IsPagePath(notice.Link))
            errors.Add("link", "A path of a page in the portal, starting with one /.");
        errors.ThrowIfAny();
        return state.Find(notice.Id) is null
            ? [new NotificationReceived(notice.Id, notice.Kind, notice.At, Cut(notice.Title, NotificationLimits.Title), Cut(notice.Text, NotificationLimits.Text), notice.Link,
                notice.TitlePhrase, notice.TextPhrase)]
            : [];
    }

    /// <summary>Marks one read (nothing when it is already); an unknown one is 404.</summary>
    public static IReadOnlyList<NotificationEvent> MarkRead(NotificationState state, string id)
    {
        var item = state.Find(id) ?? throw new NotFoundException($"No notification '{id}'.");
        return item.Read ? [] : [new NotificationRead(id)];
    }

    /// <summary>Marks every notification held now read (nothing when none is unread); later ones stay unread.</summary>
    public static IReadOnlyList<NotificationEvent> MarkAllRead(NotificationState state) =>
        state.UnreadCount == 0 ? [] : [new NotificationsReadThrough(state.Items[^1].Position)];

    /// <summary>
    /// A page, newest first; only unread ones when <paramref name="unreadOnly"/>; each title and text in the language of
    /// <paramref name="culture"/> (the reader's: English when not given).
    /// </summary>
    public static NotificationsPage Page(NotificationState state, bool unreadOnly, long? after, int limit, System.Globalization.CultureInfo? culture = null)
    {
        var reader = culture ?? NoticeWords.English;
        var (items, next) = Paging.NewestFirst(state.Items, i => i.Position, i => !unreadOnly || !i.Read, after, limit);
        return new NotificationsPage([.. items.Select(i => new NotificationView(i.Id, i.Kind, i.At, i.TitleIn(reader), i.TextIn(reader), i.Link, i.Read))], state.UnreadCount, next);
    }

    private static string Cut(string text, int length) => NotificationLimits.Cut(text, length);
}
