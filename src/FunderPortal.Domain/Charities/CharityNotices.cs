using FunderPortal.Funders;

namespace FunderPortal.Charities;

/// <summary>What a funder's portfolio must hear from a charity: its summary (<see cref="Summary"/>), or to drop it (null).</summary>
public sealed record PortfolioNotice(string FunderOrgId, PortfolioEntry? Summary, long Version);

/// <summary>The pure rule of which funders a charity owes a notice, after a change or at activation.</summary>
public static class CharityNotices
{
    /// <summary>
    /// Every funder with a live share hears the summary. A funder whose shares have all ended hears to drop the charity
    /// when this change ended one (<paramref name="events"/>), or, at activation (<paramref name="events"/> null), always:
    /// a removal the funder already applied is ignored there (it holds nothing newer).
    /// </summary>
    public static IReadOnlyList<PortfolioNotice> ToFunders(CharityState state, IReadOnlyList<CharityEvent>? events, DateTimeOffset now)
    {
        var endedNow = events?.OfType<ShareRevoked>().Select(e => state.FindShare(e.ShareId)?.FunderOrgId).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        List<PortfolioNotice> notices = [];
        foreach (var funder in state.Shares.GroupBy(s => s.FunderOrgId))
        {
            if (funder.FirstOrDefault(s => s.IsLiveAt(now)) is { } live)
                notices.Add(new PortfolioNotice(funder.Key, PortfolioSummary.For(state, live, now), state.Version));
            else if (endedNow is null || endedNow.Contains(funder.Key))
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
