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
        errors.ThrowIfAny();

        var matching = entries.Where(e => IsShared(e, now)
            && (query.Barrier is not { } barrier || e.OpenBarrierKinds.Contains(barrier))
            && (query.SizeBand is not { } band || e.SizeBand == band));
        return [.. Sort(matching, query.Sort)];
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
