namespace FunderPortal.Charities;

/// <summary>
/// The charity's inbox: one item for everything a funder does towards it (feedback, offers of support, pledges offered and
/// withdrawn, grants recorded, reports acknowledged), each read or not by each member for themselves.
/// </summary>
public partial interface ICharityGrain
{
    /// <summary>
    /// Called by other grains (through their outbox, so perhaps more than once), never by people: keeps the item once
    /// (its id is made from the kind, the funder and the source). Refused (404) while the charity is not on the portal,
    /// and (400) for a notice that makes no sense, e.g. a link that is not a page path.
    /// </summary>
    [Alias("ReceiveInboxItem")]
    Task ReceiveInboxItemAsync(InboxItemNotice notice);

    /// <summary>A page of the inbox, newest first, with the caller's own read marks (members only).</summary>
    [Alias("GetInbox")]
    Task<InboxView> GetInboxAsync(bool unreadOnly, long? after, int limit, string subject);

    /// <summary>How many items the caller has not marked read (members only).</summary>
    [Alias("GetInboxUnreadCount")]
    Task<int> GetInboxUnreadCountAsync(string subject);

    /// <summary>Marks one item read for the caller alone (members only); marking it again changes nothing.</summary>
    [Alias("MarkInboxItemRead")]
    Task MarkInboxItemReadAsync(string itemId, string subject);
}
