using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Charities;

// Who has read which inbox item, per member, in a stream of its own (charity-inbox-reads/{orgId}): reading is each
// member's own business, so it neither moves the charity's version nor shows in its history. A storage format: rename nothing.

[JsonDerivedType(typeof(InboxItemRead), "InboxItemRead")]
public abstract record InboxReadEvent;

public sealed record InboxItemRead(string Subject, string ItemId) : InboxReadEvent;

/// <summary>Per member (subject), the ids of the items they marked read. Snapshotted as JSON, so keep it plain.</summary>
public sealed class InboxReadState : IAggregateState<InboxReadEvent>
{
    public const int SnapshotSchema = 1;

    public long Version { get; set; }
    public DateTimeOffset? LastRecordedAt { get; set; }
    public Dictionary<string, HashSet<string>> ReadBySubject { get; set; } = new(StringComparer.Ordinal);

    public bool HasRead(string subject, string itemId) => ReadBySubject.TryGetValue(subject, out var read) && read.Contains(itemId);

    public void Apply(InboxReadEvent change, DateTimeOffset recordedAt)
    {
        if (change is InboxItemRead e)
        {
            if (!ReadBySubject.TryGetValue(e.Subject, out var read))
                ReadBySubject[e.Subject] = read = new HashSet<string>(StringComparer.Ordinal);
            read.Add(e.ItemId);
        }
        Version++;
        LastRecordedAt = recordedAt;
    }
}

/// <summary>The inbox as one member sees it, and marking an item read: pure, over the charity's items and the reads.</summary>
public static class InboxRules
{
    /// <summary>Marks the item read for <paramref name="subject"/> (nothing when it already is); an unknown item is 404.</summary>
    public static IReadOnlyList<InboxReadEvent> MarkRead(CharityState state, InboxReadState reads, string itemId, string subject)
    {
        if (state.FindInboxItem(itemId) is null)
            throw new NotFoundException($"No item '{itemId}' in this charity's inbox.");
        return reads.HasRead(subject, itemId) ? [] : [new InboxItemRead(subject, itemId)];
    }

    public static int UnreadCount(CharityState state, InboxReadState reads, string subject) =>
        state.Inbox.Count(i => !reads.HasRead(subject, i.Id));

    /// <summary>
    /// A page, newest first, with the member's own read marks; only their unread items when <paramref name="unreadOnly"/>;
    /// each title in the language of <paramref name="culture"/> (the reader's: English when not given).
    /// </summary>
    public static InboxView Page(CharityState state, InboxReadState reads, string subject, bool unreadOnly, long? after, int limit,
        System.Globalization.CultureInfo? culture = null)
    {
        var reader = culture ?? FunderPortal.Notifications.NoticeWords.English;
        var (items, next) = Paging.NewestFirst(state.Inbox, i => i.Position, i => !unreadOnly || !reads.HasRead(subject, i.Id), after, limit);
        return new InboxView(
            [.. items.Select(i => new InboxItemView(i.Id, i.Kind, i.At, i.From, i.TitleIn(reader), reads.HasRead(subject, i.Id), i.Link))],
            UnreadCount(state, reads, subject), next);
    }
}
