using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Charities;

/// <summary>What a funder's portfolio must hear from a charity: its summary (<see cref="Summary"/>), or to drop it (null).</summary>
public sealed record PortfolioNotice(string FunderOrgId, PortfolioEntry? Summary, long Version);

/// <summary>The pure rule of which funders a charity owes a notice, after a change or at activation.</summary>
public static class CharityNotices
{
    /// <summary>
    /// After <paramref name="events"/>: every funder with a live share hears the summary; a funder whose shares have all
    /// ended hears to drop the charity when these events ended one.
    /// </summary>
    public static IReadOnlyList<PortfolioNotice> ToFunders(CharityState state, IReadOnlyList<CharityEvent> events, DateTimeOffset now)
    {
        var endedNow = events.OfType<ShareRevoked>().Select(e => state.FindShare(e.ShareId)?.FunderOrgId).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        List<PortfolioNotice> notices = [];
        foreach (var funder in state.Shares.GroupBy(s => s.FunderOrgId))
        {
            if (funder.FirstOrDefault(s => s.IsLiveAt(now)) is { } live)
                notices.Add(new PortfolioNotice(funder.Key, PortfolioSummary.For(state, live, now), state.Version));
            else if (endedNow.Contains(funder.Key))
                notices.Add(new PortfolioNotice(funder.Key, null, state.Version));
        }
        return notices;
    }

    /// <summary>
    /// At activation, after the delivered mark (<see cref="DeliveredMark"/>): what the changes since it
    /// (<paramref name="eventsSince"/>) owe, as each change does, and a removal for each funder whose shares have all
    /// ended by expiring since the mark's instant <paramref name="markAt"/> (time passing is no change, so no change told
    /// them). Nothing when nothing changed or expired: a charity that wakes up calls no funder it already told.
    /// </summary>
    public static IReadOnlyList<PortfolioNotice> ToFundersSince(
        CharityState state, IReadOnlyList<CharityEvent> eventsSince, DateTimeOffset? markAt, DateTimeOffset now)
    {
        List<PortfolioNotice> notices = eventsSince.Count > 0 ? [.. ToFunders(state, eventsSince, now)] : [];
        foreach (var funder in state.Shares.GroupBy(s => s.FunderOrgId))
        {
            var expiredSince = funder.Any(s => s.RevokedAt is null && s.ExpiresAt is { } end && end <= now && (markAt is not { } mark || end > mark));
            if (expiredSince && !funder.Any(s => s.IsLiveAt(now)) && !notices.Exists(n => n.FunderOrgId == funder.Key))
                notices.Add(new PortfolioNotice(funder.Key, null, state.Version));
        }
        return notices;
    }
}

/// <summary>The pure rule of which replies a charity owes funders: those a change made, or at activation every one it holds.</summary>
public static class ReplyNotices
{
    /// <param name="events">The change's events; null at activation (every reply is told again: the funder keeps each once).</param>
    public static IReadOnlyList<ReplyNotice> ToFunders(CharityState state, IReadOnlyList<CharityEvent>? events)
    {
        var replied = events?.OfType<FeedbackReplied>().Select(e => (e.FunderOrgId, e.FeedbackId, e.ReplyId)).ToHashSet();
        if (replied is { Count: 0 })
            return [];
        return
        [
            .. state.FeedbackFromFunders.SelectMany(f => f.Replies.Select(r => new ReplyNotice(f.From.OrgId, f.FeedbackId, r)))
                .Where(n => replied is null || replied.Contains((n.FunderOrgId, n.FeedbackId, n.Reply.Id))),
        ];
    }
}
