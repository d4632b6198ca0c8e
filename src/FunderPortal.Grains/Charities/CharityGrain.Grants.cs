using FunderPortal.Common;

namespace FunderPortal.Charities;

public sealed partial class CharityGrain
{
    public async Task NoteFunderGrantAsync(GrantNotice notice)
    {
        RequireRegistered();
        var events = CharityDecisions.ReceiveGrant(State, notice).ToList();
        var funderOrgId = notice.From.OrgId;
        if (!State.FirstGrants.TryGetValue(funderOrgId, out var first) || notice.PlannedStart < first.PlannedStart)
        {
            // A grant begins on a day: take the journey as it stood at that day's end (or now, if that is still to come).
            var endOfStartDay = new DateTimeOffset(notice.PlannedStart.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
            var then = endOfStartDay < Clock.UtcNow ? await StateAtAsync(endOfStartDay) : State;
            IReadOnlyList<RungAtGrant> rungs = [.. then.Workstreams.SelectMany(w => Enum.GetValues<ActivityKind>()
                .Where(k => w.RungsFor(k).Current is not null)
                .Select(k => new RungAtGrant(w.Id, k, w.RungsFor(k).Current)))];
            events.Insert(0, new FunderGrantNoted(funderOrgId, notice.GrantId, notice.PlannedStart, rungs));
        }
        await AppendAsync(events, $"funder:{funderOrgId}");
    }

    public Task<bool> IsOnPortalAsync() => Task.FromResult(State.IsRegistered);

    public Task<GrantsPage> GetGrantsFromFundersAsync(long? after, int limit, string subject)
    {
        RequireMember(subject);
        var (items, next) = Paging.NewestFirst(State.GrantsFromFunders, g => g.Position, _ => true, after, Paging.Check(after, limit));
        return Task.FromResult(new GrantsPage(items, next));
    }
}
