using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>
/// Progress between two instants, by comparing the journey as it was at each: rungs that moved, milestones
/// done since, barriers overcome since, check-ins and evidence recorded in between, and the money the plan
/// secured (funded at the end less funded at the start: self-funded, accepted pledges, committed, received), and how many
/// participants took part, how many for the first time (<see cref="ParticipantVoiceCounts"/>).
/// </summary>
public static class JourneyProgress
{
    public static ProgressView Between(CharityState atFrom, CharityState atTo, DateTimeOffset from, DateTimeOffset to)
    {
        var rungChanges = new List<RungChange>();
        var milestonesMet = new List<MilestoneMet>();
        var barriersOvercome = new List<BarrierOvercome>();

        foreach (var now in atTo.Workstreams)
        {
            var then = atFrom.FindWorkstream(now.Id);
            foreach (var kind in Enum.GetValues<ActivityKind>())
            {
                var before = then?.RungsFor(kind).Current;
                var after = now.RungsFor(kind).Current;
                if (before != after)
                    rungChanges.Add(new RungChange(now.Id, now.Title, kind, before, after));
            }
            foreach (var milestone in now.Milestones.Where(m => m.DoneDate is not null))
            {
                if (then?.FindMilestone(milestone.Id)?.DoneDate is null)
                    milestonesMet.Add(new MilestoneMet(now.Id, now.Title, milestone));
            }
            foreach (var barrier in now.Barriers.Where(b => b.Status == BarrierStatus.Overcome))
            {
                if (then?.FindBarrier(barrier.Id)?.Status is not BarrierStatus.Overcome)
                    barriersOvercome.Add(new BarrierOvercome(now.Id, now.Title, barrier));
            }
        }

        var known = atFrom.CheckIns.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var knownEvidence = atFrom.Evidence.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var secured = Funded(atTo, to) - Funded(atFrom, from);
        return new ProgressView(from, to, rungChanges, milestonesMet, barriersOvercome,
            [.. atTo.CheckIns.Where(c => !known.Contains(c.Id))],
            [.. atTo.Evidence.Where(e => !knownEvidence.Contains(e.Id)).Select(e => new EvidenceAdded(e.Id, e.WorkstreamId, e.Kind, e.Title, e.RecordedAt))],
            secured, ParticipantVoiceCounts.Between(atTo, from, to));
    }

    private static long Funded(CharityState state, DateTimeOffset at) =>
        state.IsRegistered ? ResourcingTotals.Summarise(state, at).Plan.FundedPence : 0;

    /// <summary>What a funder may see of it: evidence only if shared with funders (and the scope covers it), money only with the plan.</summary>
    public static ProgressView ForFunder(ProgressView progress, CharityState now, Share share, DateOnly today) => progress with
    {
        EvidenceAdded = share.Scope.Contains(ShareScope.Evidence)
            ? [.. progress.EvidenceAdded.Where(e => now.FindEvidence(e.EvidenceId) is { } item && EvidenceRules.IsSharedWithFunders(item, today))]
            : [],
        FundingSecuredPence = share.Scope.Contains(ShareScope.Resourcing) ? progress.FundingSecuredPence : null,
    };
}
