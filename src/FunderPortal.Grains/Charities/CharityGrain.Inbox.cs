using FunderPortal.Common;
using FunderPortal.EventStore;

namespace FunderPortal.Charities;

/// <summary>The inbox: items arrive from funders' grains (or the charity's own changes); each member marks them read for themselves.</summary>
public sealed partial class CharityGrain
{
    private EventSourcedState<InboxReadState, InboxReadEvent>? _inboxReads;

    public async Task ReceiveInboxItemAsync(InboxItemNotice notice)
    {
        RequireRegistered();
        await AppendAsync(CharityDecisions.ReceiveInboxItem(State, notice), $"funder:{notice.From.OrgId}");
    }

    public async Task<InboxView> GetInboxAsync(bool unreadOnly, long? after, int limit, string subject)
    {
        RequireMember(subject);
        limit = Paging.Check(after, limit);
        return InboxRules.Page(State, (await InboxReadsAsync()).State, subject, unreadOnly, after, limit, CallerLanguage.Culture);
    }

    public async Task<int> GetInboxUnreadCountAsync(string subject)
    {
        RequireMember(subject);
        return InboxRules.UnreadCount(State, (await InboxReadsAsync()).State, subject);
    }

    public async Task MarkInboxItemReadAsync(string itemId, string subject)
    {
        RequireMember(subject);
        var reads = await InboxReadsAsync();
        try
        {
            await reads.AppendAsync(InboxRules.MarkRead(State, reads.State, itemId, subject), subject);
        }
        catch
        {
            _localReads?.WithdrawCharity(OrgId);
            throw;
        }
        PublishJourney(); // the member's unread count in their page stamp
    }

    /// <summary>Who read what, opened on first use (most activations never look at the inbox).</summary>
    private async Task<EventSourcedState<InboxReadState, InboxReadEvent>> InboxReadsAsync()
    {
        if (_inboxReads is null)
        {
            var reads = new EventSourcedState<InboxReadState, InboxReadEvent>(StreamIds.CharityInboxReads(OrgId), InboxReadState.SnapshotSchema, Store, Clock, Logger);
            await reads.LoadAsync();
            _inboxReads = reads;
            PublishJourney(); // with the read marks loaded, members' page stamps are published with the journey
        }
        return _inboxReads;
    }
}
