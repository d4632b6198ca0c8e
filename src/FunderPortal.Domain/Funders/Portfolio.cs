using FunderPortal.Common;

namespace FunderPortal.Funders;

/// <summary>Reading the portfolio: live shares only, filtered and sorted. Pure, so the grain answers from memory.</summary>
public static class Portfolio
{
    /// <summary>The names the API accepts for <see cref="PortfolioSort"/> (camelCase; any letter case).</summary>
    public static readonly IReadOnlyDictionary<string, PortfolioSort> SortNames =
        Enum.GetValues<PortfolioSort>().ToDictionary(s => char.ToLowerInvariant(s.ToString()[0]) + s.ToString()[1..], s => s,
            StringComparer.OrdinalIgnoreCase);

    /// <summary>A share with an expiry at or before <paramref name="now"/> is over, whatever the funder still holds.</summary>
    public static bool IsShared(PortfolioEntry entry, DateTimeOffset now) => entry.ShareExpiresAt is not { } end || end > now;

    public static IReadOnlyList<PortfolioEntry> Select(IEnumerable<PortfolioEntry> entries, PortfolioQuery query, DateTimeOffset now)
    {
        var errors = new ErrorBag();
        errors.Defined("barrier", query.Barrier);
        errors.Defined("sizeBand", query.SizeBand);
        errors.Defined("sort", (PortfolioSort?)query.Sort);
        if (query.Search?.Length > Limits.Name)
            errors.Add("search", $"At most {Limits.Name} characters.");
        errors.ThrowIfAny();

        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        var matching = entries.Where(e => IsShared(e, now)
            && (query.Barrier is not { } barrier || e.OpenBarrierKinds.Contains(barrier))
            && (query.SizeBand is not { } band || e.SizeBand == band)
            && (search is null || Matches(e, search)));
        return [.. Sort(matching, query.Sort)];
    }

    /// <summary>The charity's name or org-id holds <paramref name="search"/>, in any letter case.</summary>
    public static bool Matches(PortfolioEntry entry, string search) =>
        entry.Name.Contains(search, StringComparison.OrdinalIgnoreCase) || entry.CharityOrgId.Contains(search, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// One page of the charities <see cref="Select"/> keeps: <paramref name="limit"/> of them after the first
    /// <paramref name="after"/> (the previous page's <c>Next</c>; 0 or null for the first page), as other lists page
    /// (<see cref="Paging"/>: limit 1 to 200, after 0 or more, 400 naming the field otherwise). Without a limit, every
    /// charity from <paramref name="after"/> on, as the portfolio was read before it paged. <c>Count</c> is every match.
    /// </summary>
    public static PortfolioPage Page(IReadOnlyList<PortfolioEntry> matching, long? after, int? limit)
    {
        if (after is not null || limit is not null)
            Paging.Check(after, limit);
        var skip = (int)Math.Min(after ?? 0, matching.Count);
        var take = Math.Min(limit ?? int.MaxValue, matching.Count - skip);
        var entries = skip == 0 && take == matching.Count ? matching : matching.Skip(skip).Take(take).ToList();
        long? next = skip + take < matching.Count ? skip + take : null;
        return new PortfolioPage(matching.Count, entries, next);
    }

    /// <summary>Charities facing the same open barrier, so a funder can put them in touch; by name.</summary>
    public static IReadOnlyList<PortfolioEntry> FacingBarrier(IEnumerable<PortfolioEntry> entries, BarrierKind barrier, DateTimeOffset now) =>
        Select(entries, new PortfolioQuery(Barrier: barrier), now);

    private static IOrderedEnumerable<PortfolioEntry> Sort(IEnumerable<PortfolioEntry> entries, PortfolioSort sort)
    {
        var ordered = sort switch
        {
            PortfolioSort.LastUpdate => entries.OrderByDescending(e => e.LastUpdate),
            PortfolioSort.PlanGap => entries.OrderByDescending(e => e.PlanGapPence),
            PortfolioSort.CheckInDue => entries.OrderBy(e => e.NextCheckInDue is null).ThenBy(e => e.NextCheckInDue),
            _ => entries.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase),
        };
        return ordered.ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.CharityOrgId, StringComparer.Ordinal);
    }
}
