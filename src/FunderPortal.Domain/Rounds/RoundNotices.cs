using FunderPortal.Charities;
using static FunderPortal.Notifications.NoticeWords;

namespace FunderPortal.Rounds;

/// <summary>What a round tells others, pure: the same words however often (and after however many crashes) it is told.</summary>
public static class RoundNotices
{
    /// <summary>
    /// A charity's inbox item for its draft set aside when scoring started (its members are then notified,
    /// <c>ApplicationDiscarded</c>). Named by the round and the application, so telling it twice keeps one item.
    /// </summary>
    public static InboxItemNotice DraftDiscarded(RoundState state, RoundApplication draft, FunderRef funder) =>
        InboxItemNotice.Of(InboxItemKind.ApplicationDiscarded, funder,
            Say("Your draft application to “{0}” was not sent before scoring started, so it was discarded", InboxLinks.Snippet(state.Current.Title)),
            $"/rounds/{state.RoundId}",
            $"round/{state.RoundId}/application/{draft.Id}");
}
