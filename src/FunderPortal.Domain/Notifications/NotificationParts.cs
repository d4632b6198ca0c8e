namespace FunderPortal.Notifications;

/// <summary>
/// What one person is told, as the grain that caused it sends it to the person's notification centre. <see cref="Id"/>
/// is made from what caused it (<see cref="NotificationIds"/>), so a notice sent again keeps one notification.
/// <see cref="Title"/> and <see cref="Text"/> are in English; <see cref="TitlePhrase"/> and <see cref="TextPhrase"/>, when
/// set (<see cref="Of"/>), are the same words to be put in the reader's language (<see cref="Phrase"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.NotificationNotice")]
public sealed record NotificationNotice(
    [property: Id(0)] string Id,
    [property: Id(1)] NotificationKind Kind,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Title,
    [property: Id(4)] string Text,
    [property: Id(5)] string Link,
    [property: Id(6)] Phrase? TitlePhrase = null,
    [property: Id(7)] Phrase? TextPhrase = null)
{
    /// <summary>A notice whose words can be read in Welsh or English, its English kept beside them.</summary>
    public static NotificationNotice Of(string id, NotificationKind kind, DateTimeOffset at, Phrase title, Phrase text, string link) =>
        new(id, kind, at, title.English, text.English, link, title, text);

    /// <summary>The same notice with other words as its text.</summary>
    public NotificationNotice WithText(Phrase text) => this with { Text = text.English, TextPhrase = text };

    /// <summary>The title in <paramref name="culture"/>'s language (the English when it has no phrase).</summary>
    public string TitleIn(System.Globalization.CultureInfo culture) => TitlePhrase is { } p && NoticeWords.IsWelsh(culture) ? p.In(culture) : Title;

    /// <summary>The text in <paramref name="culture"/>'s language (the English when it has no phrase).</summary>
    public string TextIn(System.Globalization.CultureInfo culture) => TextPhrase is { } p && NoticeWords.IsWelsh(culture) ? p.In(culture) : Text;
}

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

    /// <summary>The text trimmed, and cut to <paramref name="length"/> with an ellipsis when longer.</summary>
    public static string Cut(string text, int length)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= length ? trimmed : $"{trimmed[..(length - 1)]}…";
    }
}
