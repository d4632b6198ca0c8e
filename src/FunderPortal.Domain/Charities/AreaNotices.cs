namespace FunderPortal.Charities;

/// <summary>A funder that granted the charity must hear its area codes (for its 360Giving data), as of the charity's version.</summary>
public sealed record AreaNotice(string FunderOrgId, IReadOnlyList<string> AreaCodes, long Version);

/// <summary>
/// The pure rule of which funders hear a charity's area codes: every funder that granted it when the codes change, and a
/// funder noting its first grant when the charity has codes to tell. Sent through the outbox; the funder keeps the newest.
/// </summary>
public static class AreaNotices
{
    public static IReadOnlyList<AreaNotice> ToFunders(CharityState state, IReadOnlyList<CharityEvent> events)
    {
        var funders = new HashSet<string>(StringComparer.Ordinal);
        if (events.Any(e => e is CharityProfileChanged { AreaCodes: not null }))
            funders.UnionWith(state.FirstGrants.Keys);
        if (state.AreaCodes.Count > 0)
            funders.UnionWith(events.OfType<FunderGrantNoted>().Select(e => e.FunderOrgId));
        return [.. funders.Order(StringComparer.Ordinal).Select(f => new AreaNotice(f, [.. state.AreaCodes], state.Version))];
    }
}
