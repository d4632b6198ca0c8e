using System.Globalization;
using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>
/// The resourcing plan's arithmetic: pure, exact, in whole pence with checked <c>long</c> arithmetic (no floating
/// point). Funded = self-funded + committed + received + accepted pledges; offered pledges are shown apart and
/// do not count; declined ones count for nothing.
/// </summary>
public static class ResourcingTotals
{
    public const int BasisPointsInWhole = 10_000;

    /// <summary>quantity × unit cost, when both are 0 or more and the product neither overflows nor passes £100m.</summary>
    public static bool TryLineTotal(long quantity, long unitCostPence, out long totalPence)
    {
        totalPence = 0;
        if (quantity < 0 || unitCostPence < 0)
            return false;
        try
        {
            totalPence = checked(quantity * unitCostPence);
        }
        catch (OverflowException)
        {
            return false;
        }
        return totalPence <= ResourcingLimits.MaxLinePence;
    }

    public static long LineTotal(ResourcingLineTerms terms) => checked(terms.Quantity * terms.UnitCostPence);

    public static long Funded(IEnumerable<LineFunding> funding, IEnumerable<Pledge> pledges) =>
        checked(Sum(funding.Select(f => f.AmountPence))
            + Sum(pledges.Where(p => p.Status == PledgeStatus.Accepted).Select(p => p.AmountPence)));

    public static long Offered(IEnumerable<Pledge> pledges) =>
        Sum(pledges.Where(p => p.Status == PledgeStatus.Offered).Select(p => p.AmountPence));

    public static ResourcingAmounts For(ResourcingLineTerms terms, IReadOnlyList<LineFunding> funding, IReadOnlyList<Pledge> pledges)
    {
        var total = LineTotal(terms);
        var funded = Funded(funding, pledges);
        return new ResourcingAmounts(total, funded, checked(total - funded), Offered(pledges));
    }

    public static ResourcingAmounts For(ResourcingLineState line) => For(line.Terms, line.Funding, line.Pledges);

    public static ResourcingAmounts Total(IEnumerable<ResourcingAmounts> amounts) =>
        amounts.Aggregate(ResourcingAmounts.Zero, (sum, a) => sum.Plus(a));

    /// <summary><paramref name="part"/> as hundredths of a percent of <paramref name="whole"/>, rounded down; null when the whole is 0.</summary>
    public static int? ShareBasisPoints(long part, long whole) =>
        whole <= 0 ? null : (int)(checked(part * BasisPointsInWhole) / whole);

    /// <summary>The plan in figures, with its totals by year of period start, category and workstream, and its warnings.</summary>
    public static ResourcingSummary Summarise(CharityState state, DateTimeOffset asOf)
    {
        var lines = state.PlanLines().Select(l => (l.Terms, Amounts: For(l))).ToList();
        var plan = Total(lines.Select(l => l.Amounts));
        var participantPence = Sum(lines.Where(l => l.Terms.Category == ResourcingCategory.ParticipantPayment).Select(l => l.Amounts.TotalPence));

        var byPeriod = lines.GroupBy(l => l.Terms.PeriodStart.Year).OrderBy(g => g.Key)
            .Select(g => new PeriodTotals(g.Key, Total(g.Select(l => l.Amounts))));
        var byCategory = Enum.GetValues<ResourcingCategory>()
            .Select(c => new CategoryTotals(c, Total(lines.Where(l => l.Terms.Category == c).Select(l => l.Amounts))));

        var workstreamIds = state.Workstreams.Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        var byWorkstream = state.Workstreams
            .Select(w => new WorkstreamTotals(w.Id, w.Title, Total(lines.Where(l => l.Terms.WorkstreamId == w.Id).Select(l => l.Amounts))))
            .ToList();
        var unlinked = lines.Where(l => l.Terms.WorkstreamId is null || !workstreamIds.Contains(l.Terms.WorkstreamId)).ToList();
        if (unlinked.Count > 0)
            byWorkstream.Add(new WorkstreamTotals(null, null, Total(unlinked.Select(l => l.Amounts))));

        return new ResourcingSummary(asOf, lines.Count, plan, participantPence, ShareBasisPoints(participantPence, plan.TotalPence),
            [.. byPeriod], [.. byCategory], byWorkstream, Warnings(state));
    }

    /// <summary>
    /// One warning per workstream where participants take part (a count above 0, or roles) but no participant
    /// payment line that costs anything is linked to it: the sources name unpaid expertise as the first barrier. A line
    /// saying participants declined payment (some on benefits take a risk in being paid) is a decision, not a gap.
    /// </summary>
    public static IReadOnlyList<ResourcingWarning> Warnings(CharityState state)
    {
        var paid = state.PlanLines()
            .Where(l => l.Terms.Category == ResourcingCategory.ParticipantPayment && l.Terms.WorkstreamId is not null
                && (LineTotal(l.Terms) > 0 || l.Terms.ThankedBy() == Rounds.PaymentChoice.Declined))
            .Select(l => l.Terms.WorkstreamId!)
            .ToHashSet(StringComparer.Ordinal);
        return
        [
            .. state.Workstreams
                .Where(w => (w.Participants.Count > 0 || w.Participants.Roles.Count > 0) && !paid.Contains(w.Id))
                .Select(w => new ResourcingWarning(ResourcingWarningKind.ParticipantsUnpaid, w.Id, w.Title,
                    $"People take part in '{w.Title}'{Who(w.Participants)} but the plan has no participant payment for it: "
                    + "add a ParticipantPayment line linked to this workstream.")),
        ];
    }

    /// <summary>Pence as pounds for messages: 123456 → "£1,234.56".</summary>
    public static string Pounds(long pence) =>
        string.Create(CultureInfo.InvariantCulture, $"{(pence < 0 ? "-" : "")}£{Math.Abs(pence / 100):N0}.{Math.Abs(pence % 100):D2}");

    private static string Who(Participants p)
    {
        var parts = new List<string>();
        if (p.Count > 0)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{p.Count} {(p.Count == 1 ? "person" : "people")}"));
        if (p.Roles.Count > 0)
            parts.Add($"roles: {string.Join(", ", p.Roles)}");
        return $" ({string.Join("; ", parts)})";
    }

    private static long Sum(IEnumerable<long> pence) => pence.Aggregate(0L, (sum, p) => checked(sum + p));
}
