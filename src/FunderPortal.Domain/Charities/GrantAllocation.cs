using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>Part of a grant committed to one line of the plan, as a funding entry of its own.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.LineAllocation")]
public sealed record LineAllocation(
    [property: Id(0)] string LineId,
    [property: Id(1)] string FundingId,
    [property: Id(2)] long AmountPence);

/// <summary>Where a grant's money went: the lines, in the order named, and what is left unallocated.</summary>
public sealed record GrantAllocationResult(IReadOnlyList<(string LineId, long AmountPence)> Lines, long UnallocatedPence);

/// <summary>
/// The pure rule of how a grant that names plan lines commits its money to them: line by line in the order named, each up
/// to its gap as it stands (a line named twice gets what its gap still holds the second time); what is left over, and what
/// would have gone to a line the plan does not have, is unallocated. Whole pence, nothing rounded.
/// </summary>
public static class GrantAllocation
{
    /// <param name="gaps">The gap of each line in the plan (a line absent here is not in the plan).</param>
    public static GrantAllocationResult Allocate(long amountPence, IReadOnlyList<string> planLineIds, IReadOnlyDictionary<string, long> gaps)
    {
        var left = amountPence;
        var remaining = new Dictionary<string, long>(gaps, StringComparer.Ordinal);
        var lines = new List<(string, long)>();
        foreach (var lineId in planLineIds)
        {
            if (left <= 0)
                break;
            if (!remaining.TryGetValue(lineId, out var gap) || gap <= 0)
                continue;
            var take = Math.Min(gap, left);
            lines.Add((lineId, take));
            remaining[lineId] = gap - take;
            left -= take;
        }
        return new GrantAllocationResult(lines, left);
    }

    /// <summary>The funding entry a grant makes on a line: the same id however often the grant is told.</summary>
    public static string FundingId(string funderOrgId, string grantId, string lineId) => Ids.For("grant-funding", $"{funderOrgId}\n{grantId}\n{lineId}");
}
