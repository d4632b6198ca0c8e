using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Charities;

/// <summary>
/// The grant report, made from the journey itself rather than written apart (proportionate, "open and trusting"
/// reporting): over a period, what moved (from <see cref="JourneyProgress"/>), the evidence added and how the participants
/// asked answered, their own words, the plan's money and the leadership indicators. Pure: the charity grain hands in the
/// charity as it was at the period's start and end, and as it is now (consent and sharing are judged now: an item whose
/// consent has since been withdrawn is not shown, whatever the period).
/// </summary>
public static class GrantReports
{
    /// <summary>Where a grant's report starts unless asked otherwise: the earlier of its award date and its planned start.</summary>
    public static DateOnly StartOf(Grant grant) => grant.AwardDate < grant.PlannedStart ? grant.AwardDate : grant.PlannedStart;

    /// <summary>
    /// The period asked for: <paramref name="from"/> defaults to the grant's start, <paramref name="to"/> to today. Refused
    /// (400, by query parameter) outside 2000–2100, with <c>to</c> after today, or with the start after the end.
    /// </summary>
    public static ReportPeriod Period(Grant grant, DateOnly? from, DateOnly? to, DateOnly today)
    {
        var errors = new ErrorBag();
        errors.Date("from", from);
        errors.Date("to", to);
        errors.NotAfter("to", to, today, "Not after today: a report tells what has happened.");
        errors.ThrowIfAny();

        var period = new ReportPeriod(from ?? StartOf(grant), to ?? today);
        if (period.From > period.To)
        {
            if (from is null)
                errors.Add("to", $"Must not be before the grant's start ({period.From:yyyy-MM-dd}); give 'from' as well.");
            else
                errors.Add("from", "Must not be after 'to'.");
        }
        errors.ThrowIfAny();
        return period;
    }

    /// <summary>
    /// The report's sections for the period, as a funder whose shares cover <paramref name="scopes"/> may see them: evidence
    /// and participants' words only with <see cref="ShareScope.Evidence"/> and only for items shared with funders now;
    /// the plan only with <see cref="ShareScope.Resourcing"/>. Participants' words stay sealed here: the grain opens them.
    /// </summary>
    public static GrantReportSections Sections(
        CharityState atStart, CharityState atEnd, CharityState now, ReportPeriod period,
        IReadOnlyCollection<ShareScope> scopes, IReadOnlyList<string> planLineIds, DateOnly today)
    {
        var progress = JourneyProgress.Between(atStart, atEnd, period.Start, period.End);
        var evidenceShared = scopes.Contains(ShareScope.Evidence);
        bool SharedNow(string evidenceId) => now.FindEvidence(evidenceId) is { } item && EvidenceRules.IsSharedWithFunders(item, today);

        List<EvidenceItem> added = evidenceShared
            ? [.. progress.EvidenceAdded.Where(e => SharedNow(e.EvidenceId)).Select(e => atEnd.FindEvidence(e.EvidenceId)!)]
            : [];
        var counts = new ReportProgress(progress.RungChanges.Count, progress.MilestonesMet.Count, progress.BarriersOvercome.Count,
            progress.CheckIns.Count, added.Count);

        return new GrantReportSections(
            now.Name,
            counts,
            evidenceShared ? [.. added.Select(e => new ReportEvidence(e.Id, e.Title, e.Kind, CountsOf(e)))] : null,
            evidenceShared ? WordsIn(atEnd, period, SharedNow) : null,
            scopes.Contains(ShareScope.Resourcing) ? Resourcing(atEnd, period, planLineIds) : null,
            atEnd.ToLeadershipView(),
            [.. scopes.Distinct().Order()]);
    }

    /// <summary>Each participant's answer counted once by its stance; asks not answered (yet) are pending.</summary>
    public static AttestationCounts CountsOf(EvidenceItem item) => new(
        item.Asks.Count(a => a.Answer?.Stance == AttestationStance.Agree),
        item.Asks.Count(a => a.Answer?.Stance == AttestationStance.AgreeWithComment),
        item.Asks.Count(a => a.Answer?.Stance == AttestationStance.DisagreeWithComment),
        item.Asks.Count(a => a.Answer is null));

    /// <summary>Comments participants gave in the period on items shared with funders now, oldest first; disagreement included.</summary>
    private static List<ParticipantWords> WordsIn(CharityState atEnd, ReportPeriod period, Func<string, bool> sharedNow) =>
    [
        .. atEnd.Evidence
            .Where(item => sharedNow(item.Id))
            .SelectMany(item => item.Asks
                .Where(a => a.Answer is { Comment: not null } answer && period.Contains(answer.AnsweredAt))
                .Select(a => (a.Answer!.AnsweredAt, Words: new ParticipantWords(item.Id, a.Answer.Stance, a.Answer.Comment!))))
            .OrderBy(w => w.AnsweredAt)
            .Select(w => w.Words),
    ];

    /// <summary>The whole plan's totals at the period's end, and each of the grant's lines the plan still has.</summary>
    private static ReportResourcing Resourcing(CharityState atEnd, ReportPeriod period, IReadOnlyList<string> planLineIds)
    {
        var plan = atEnd.IsRegistered ? ResourcingTotals.Summarise(atEnd, period.End).Plan : ResourcingAmounts.Zero;
        List<ReportLine> lines = [];
        foreach (var id in planLineIds.Distinct(StringComparer.Ordinal))
        {
            if (atEnd.FindResourcingLine(id) is not { } line)
                continue;
            var amounts = ResourcingTotals.For(line);
            lines.Add(new ReportLine(line.Id, line.Terms.Category, line.Terms.Description, amounts.TotalPence, amounts.FundedPence, amounts.GapPence));
        }
        return new ReportResourcing(plan.TotalPence, plan.FundedPence, plan.GapPence, lines);
    }
}
