using FunderPortal.Common;

namespace FunderPortal.Charities;

/// <summary>
/// Progress between two instants, by comparing the journey as it was at each: rungs that moved, milestones
/// done since, barriers overcome since, and check-ins recorded in between.
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
        return new ProgressView(from, to, rungChanges, milestonesMet, barriersOvercome,
            [.. atTo.CheckIns.Where(c => !known.Contains(c.Id))]);
    }
}
