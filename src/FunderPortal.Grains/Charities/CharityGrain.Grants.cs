using FunderPortal.Common;

namespace FunderPortal.Charities;

public sealed partial class CharityGrain
{
    public async Task NoteFunderGrantAsync(string funderOrgId, string grantId, DateOnly plannedStart)
    {
        RequireRegistered();
        if (State.FirstGrants.TryGetValue(funderOrgId, out var first) && first.PlannedStart <= plannedStart)
            return; // not the first grant: nothing to keep
        // A grant begins on a day: take the journey as it stood at that day's end (or now, if that is still to come).
        var endOfStartDay = new DateTimeOffset(plannedStart.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        var then = endOfStartDay < Clock.UtcNow ? await StateAtAsync(endOfStartDay) : State;
        IReadOnlyList<RungAtGrant> rungs = [.. then.Workstreams.SelectMany(w => Enum.GetValues<ActivityKind>()
            .Where(k => w.RungsFor(k).Current is not null)
            .Select(k => new RungAtGrant(w.Id, k, w.RungsFor(k).Current)))];
        await AppendAsync([new FunderGrantNoted(funderOrgId, grantId, plannedStart, rungs)], $"funder:{funderOrgId}");
    }
}
