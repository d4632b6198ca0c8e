using FunderPortal.Common;

namespace FunderPortal.Charities;

// Grants funders tell the charity of: kept once however often told, their money committed to the plan lines they name.
public static partial class CharityDecisions
{
    /// <summary>
    /// The grant, with Committed funding from the funder on the lines it names (<see cref="GrantAllocation"/>): nothing
    /// when the charity already holds it. A line already holding the most funding entries a line takes gets none.
    /// </summary>
    public static IReadOnlyList<CharityEvent> ReceiveGrant(CharityState state, GrantNotice notice)
    {
        var errors = new ErrorBag();
        OrgId.Check(errors, "from.orgId", notice.From.OrgId);
        errors.RequireText("from.name", notice.From.Name, Limits.Name);
        errors.RequireText("grantId", notice.GrantId, Limits.Id);
        errors.RequireText("title", notice.Title, Limits.Title);
        if (notice.AmountPence <= 0)
            errors.Add("amountPence", "Must be more than nothing.");
        errors.ThrowIfAny();
        if (state.FindGrant(notice.From.OrgId, notice.GrantId) is not null)
            return [];

        var gaps = state.PlanLines().ToDictionary(l => l.Id,
            l => l.Funding.Count >= ResourcingLimits.FundingEntriesPerLine ? 0 : ResourcingTotals.For(l).GapPence, StringComparer.Ordinal);
        var allocation = GrantAllocation.Allocate(notice.AmountPence, notice.PlanLineIds, gaps);
        var name = notice.From.Name.Trim();
        var lines = allocation.Lines
            .Select(l => new LineAllocation(l.LineId, GrantAllocation.FundingId(notice.From.OrgId, notice.GrantId, l.LineId), l.AmountPence))
            .ToList();
        return
        [
            .. lines.Select(l => new LineFundingRecorded(l.LineId, l.FundingId, FundingKind.Committed, l.AmountPence, name, notice.From.OrgId,
                $"Grant {notice.GrantId}: {notice.Title}")),
            new FunderGrantReceived(notice.From.OrgId, name, notice.GrantId, notice.Title, notice.AmountPence, notice.AwardDate, notice.Type,
                [.. notice.PlanLineIds], lines, allocation.UnallocatedPence),
        ];
    }
}
