using FunderPortal.Charities;
using FunderPortal.Funders;

namespace FunderPortal.Api.Charities;

// What a charity's members receive about what funders did towards it: its inbox, funders' feedback (a conversation)
// and grants. Lists come a page at a time, newest first: next is the position to ask for after, null on the last page.

/// <summary>A funder by name, with its org-id.</summary>
public sealed record FunderRefResponse(string OrgId, string Name);

/// <summary>read is the caller's own; link is the portal page where the charity acts on the item.</summary>
public sealed record InboxItemResponse(string Id, InboxItemKind Kind, DateTimeOffset At, FunderRefResponse From, string Title, bool Read, string Link);

/// <summary>unreadCount counts the caller's unread items in the whole inbox, not only this page.</summary>
public sealed record InboxResponse(IReadOnlyList<InboxItemResponse> Items, int UnreadCount, long? Next);

/// <summary>by is the member who wrote the reply.</summary>
public sealed record FeedbackReplyResponse(string Text, string By, DateTimeOffset At);

public sealed record CharityFeedbackResponse(
    string Id,
    string FunderOrgId,
    string FunderName,
    FeedbackKind Kind,
    string Text,
    DateTimeOffset At,
    IReadOnlyList<FeedbackReplyResponse> Replies);

public sealed record CharityFeedbackListResponse(IReadOnlyList<CharityFeedbackResponse> Items, long? Next);

/// <summary>
/// A grant a funder recorded to the charity: committedPence is what it put as Committed funding on the plan lines it
/// names (in the order named, up to each line's gap); unallocatedPence the rest, including what would have gone to a
/// line the plan does not have.
/// </summary>
public sealed record CharityGrantResponse(
    string FunderOrgId,
    string FunderName,
    string GrantId,
    string Title,
    long AmountPence,
    DateOnly AwardDate,
    GrantType Type,
    IReadOnlyList<string> PlanLineIds,
    long CommittedPence,
    long UnallocatedPence);

public sealed record CharityGrantListResponse(IReadOnlyList<CharityGrantResponse> Items, long? Next);
