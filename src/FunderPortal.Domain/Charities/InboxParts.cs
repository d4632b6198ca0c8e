using FunderPortal.Common;
using FunderPortal.Notifications;

namespace FunderPortal.Charities;

// The charity's inbox: one item for everything a funder does towards the charity. Immutable values, stored in
// events, folded into state (and snapshotted as JSON) and returned in views as they are.

/// <summary>A funder as the charity shows it: by name, with its org-id to find it by.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.FunderRef")]
public sealed record FunderRef(
    [property: Id(0)] string OrgId,
    [property: Id(1)] string Name);

/// <summary>
/// What a funder's grain (or anything else that acts for a funder) tells a charity's inbox: what kind of thing happened,
/// from whom, in a line of words, where in the portal the charity acts on it (a page path), and what it is about
/// (<see cref="SourceId"/>: the feedback's, pledge's or grant's id), which with the kind and the funder makes the item's
/// id, so telling it twice keeps one item. <see cref="Title"/> is in English; <see cref="TitlePhrase"/>, when set, the same
/// words to put in the reader's language.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.InboxItemNotice")]
public sealed record InboxItemNotice(
    [property: Id(0)] InboxItemKind Kind,
    [property: Id(1)] FunderRef From,
    [property: Id(2)] string Title,
    [property: Id(3)] string Link,
    [property: Id(4)] string SourceId,
    [property: Id(5)] Phrase? TitlePhrase = null)
{
    /// <summary>A notice whose title can be read in Welsh or English, its English kept beside it.</summary>
    public static InboxItemNotice Of(InboxItemKind kind, FunderRef from, Phrase title, string link, string sourceId) =>
        new(kind, from, title.English, link, sourceId, title);
}

/// <summary>An item as the charity keeps it; <see cref="Position"/> is its place in arrival order (1, 2, 3…).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.InboxItem")]
public sealed record InboxItem(
    [property: Id(0)] string Id,
    [property: Id(1)] long Position,
    [property: Id(2)] InboxItemKind Kind,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] FunderRef From,
    [property: Id(5)] string Title,
    [property: Id(6)] string Link,
    [property: Id(7)] string SourceId,
    [property: Id(8)] Phrase? TitlePhrase = null)
{
    /// <summary>The title in <paramref name="culture"/>'s language (the English stored when it has no phrase).</summary>
    public string TitleIn(System.Globalization.CultureInfo culture) => TitlePhrase is { } p && NoticeWords.IsWelsh(culture) ? p.In(culture) : Title;
}

/// <summary>One item as one member sees it: <see cref="Read"/> is that member's own.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.InboxItemView")]
public sealed record InboxItemView(
    [property: Id(0)] string Id,
    [property: Id(1)] InboxItemKind Kind,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] FunderRef From,
    [property: Id(4)] string Title,
    [property: Id(5)] bool Read,
    [property: Id(6)] string Link);

/// <summary>A page of the inbox, newest first; <see cref="UnreadCount"/> counts the member's unread items in the whole inbox.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.InboxView")]
public sealed record InboxView(
    [property: Id(0)] IReadOnlyList<InboxItemView> Items,
    [property: Id(1)] int UnreadCount,
    [property: Id(2)] long? Next);

/// <summary>Published limits of the inbox; the API contract states the same numbers.</summary>
public static class InboxLimits
{
    public const int Title = 500;
    public const int Link = 2_000;
    public const int SourceId = Limits.Name;
}
