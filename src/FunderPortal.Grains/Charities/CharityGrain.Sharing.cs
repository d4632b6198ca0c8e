using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.Funders;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Charities;

public sealed partial class CharityGrain
{
    private EventSourcedState<AccessLogState, AccessLogEvent>? _accessLog;

    public async Task<Share> ShareAsync(string funderOrgId, IReadOnlyList<ShareScope> scope, DateTimeOffset? expiresAt, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        var id = NewId();
        var events = CharityDecisions.Share(State, id, funderOrgId, scope, expiresAt, clock.UtcNow);
        // Never share with an org-id nobody holds yet: whoever registered it later would read the charity.
        if (!await GrainFactory.GetGrain<IFunderGrain>(funderOrgId).IsRegisteredAsync())
            throw DomainValidationException.For("funderOrgId", "No funder with this org-id is on the portal yet.");
        await AppendAsync(events, subject);
        return State.FindShare(id)!;
    }

    public async Task RevokeShareAsync(string shareId, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await AppendAsync(CharityDecisions.RevokeShare(State, shareId), subject);
        var share = State.FindShare(shareId)!;
        if (!State.Shares.Exists(s => s.FunderOrgId == share.FunderOrgId && s.IsLiveAt(clock.UtcNow)))
            Forget(GrainFactory.GetGrain<IFunderGrain>(share.FunderOrgId).RemovePortfolioEntryAsync(State.OrgId, State.Version));
    }

    public Task<IReadOnlyList<Share>> GetSharesAsync(string subject)
    {
        CharityAccess.RequireMember(State, subject);
        IReadOnlyList<Share> shares = [.. State.Shares.OrderByDescending(s => s.SharedAt)];
        return Task.FromResult(shares);
    }

    public async Task<IReadOnlyList<AccessLogEntry>> GetAccessLogAsync(string shareId, string subject)
    {
        CharityAccess.RequireMember(State, subject);
        var share = State.FindShare(shareId) ?? throw new NotFoundException($"No share '{shareId}' in this charity.");
        var log = await AccessLogAsync();
        var entries = new List<AccessLogEntry>();
        var serializer = new EventSerializer<AccessLogEvent>();
        for (long after = 0; ;)
        {
            var page = await log.ReadAsync(after, Limits.HistoryPageMax);
            foreach (var stored in page)
            {
                if (serializer.Deserialize(stored.Type, stored.Data) is FunderReadLogged read && read.ShareId == share.Id)
                    entries.Add(new AccessLogEntry(read.FunderOrgId, read.Subject, read.What, stored.RecordedAt));
            }
            if (page.Count < Limits.HistoryPageMax)
                break;
            after = page[^1].Version;
        }
        return [.. entries.OrderByDescending(e => e.At)];
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(int limit, string subject)
    {
        CharityAccess.RequireMember(State, subject);
        // Both streams are read from their ends: the newest entries never cost a walk through the whole history.
        var changes = await _stream.ReadAsync(Math.Max(0, State.Version - limit), limit);
        var log = await AccessLogAsync();
        var reads = await log.ReadAsync(Math.Max(0, log.State.Version - limit), limit);
        var serializer = new EventSerializer<AccessLogEvent>();
        return [.. changes.Select(e => new AuditEntry(e.RecordedAt, e.Actor, AuditAction.Changed, e.Type, e.Version, null))
            .Concat(reads.Select(e => (Read: serializer.Deserialize(e.Type, e.Data) as FunderReadLogged, e.RecordedAt))
                .Where(e => e.Read is not null)
                .Select(e => new AuditEntry(e.RecordedAt, e.Read!.Subject, AuditAction.Read, e.Read.What, null, e.Read.FunderOrgId)))
            .OrderByDescending(e => e.At)
            .ThenByDescending(e => e.Version)
            .Take(limit)];
    }

    public Task<MemberRole?> GetMemberRoleAsync(string subject) =>
        Task.FromResult(State.IsRegistered && State.Members.TryGetValue(subject, out var role) ? role : (MemberRole?)null);

    public async Task NoteFunderGrantAsync(string funderOrgId, string grantId, DateOnly plannedStart)
    {
        if (!State.IsRegistered)
            throw CharityAccess.NotFound();
        if (State.FirstGrants.TryGetValue(funderOrgId, out var first) && first.PlannedStart <= plannedStart)
            return; // not the first grant: nothing to keep
        // A grant begins on a day: take the journey as it stood at that day's end (or now, if that is still to come).
        var endOfStartDay = new DateTimeOffset(plannedStart.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        var then = endOfStartDay < clock.UtcNow ? await StateAtAsync(endOfStartDay) : State;
        IReadOnlyList<RungAtGrant> rungs = [.. then.Workstreams.SelectMany(w => Enum.GetValues<ActivityKind>()
            .Where(k => w.RungsFor(k).Current is not null)
            .Select(k => new RungAtGrant(w.Id, k, w.RungsFor(k).Current)))];
        await AppendAsync([new FunderGrantNoted(funderOrgId, grantId, plannedStart, rungs)], $"funder:{funderOrgId}");
    }

    /// <summary>
    /// Who may read <paramref name="scope"/> (any live share when null): a member, or a member of a funder this
    /// charity shares it with, whose read is then logged. Anyone else is told the charity is not found.
    /// </summary>
    private async Task<CharityReader> ReaderAsync(string subject, ShareScope? scope, string what)
    {
        if (State.IsRegistered && State.Members.TryGetValue(subject, out var role))
            return CharityReader.Member(role);
        var now = clock.UtcNow;
        foreach (var share in State.Shares.Where(s => scope is { } needed ? s.Covers(needed, now) : s.IsLiveAt(now)))
        {
            if (await GrainFactory.GetGrain<IFunderGrain>(share.FunderOrgId).GetMemberRoleAsync(subject) is not null)
            {
                await (await AccessLogAsync()).AppendAsync([new FunderReadLogged(share.Id, share.FunderOrgId, subject, what)], subject);
                return CharityReader.Funder(share);
            }
        }
        throw CharityAccess.NotFound();
    }

    private async Task<EventSourcedState<AccessLogState, AccessLogEvent>> AccessLogAsync()
    {
        if (_accessLog is null)
        {
            var log = new EventSourcedState<AccessLogState, AccessLogEvent>(
                StreamIds.CharityAccess(this.GetPrimaryKeyString()), AccessLogState.SnapshotSchema, store, clock, logger);
            await log.LoadAsync();
            _accessLog = log;
        }
        return _accessLog;
    }

    /// <summary>Appends, then brings every sharing funder's portfolio up to date (not awaited: a lost push heals on the next).</summary>
    private async Task AppendAsync(IReadOnlyList<CharityEvent> events, string actor)
    {
        events = await CharityPersonalData.SealAsync(events, State, this.GetPrimaryKeyString(), _stream.StreamId, personal);
        await _stream.AppendAsync(events, actor);
        if (events.Count > 0)
        {
            PushSummaries(includeEnded: false);
            TellPeople(events);
        }
    }

    /// <summary>
    /// Sends the charity's summary to each funder it shares with; on activation also tells funders whose share
    /// ended to drop it, so a crash between a change and its push heals itself.
    /// </summary>
    private void PushSummaries(bool includeEnded)
    {
        var now = clock.UtcNow;
        foreach (var funder in State.Shares.GroupBy(s => s.FunderOrgId))
        {
            var grain = GrainFactory.GetGrain<IFunderGrain>(funder.Key);
            if (funder.FirstOrDefault(s => s.IsLiveAt(now)) is { } live)
                Forget(grain.UpsertPortfolioEntryAsync(PortfolioSummary.For(State, live, now)));
            else if (includeEnded)
                Forget(grain.RemovePortfolioEntryAsync(State.OrgId, State.Version));
        }
    }

    /// <summary>
    /// Not awaited, so a charity never waits on a funder (which may be calling it: no deadlock), and a failed push
    /// is only logged: the next change or activation sends the summary again.
    /// </summary>
    private void Forget(Task push) => push.ContinueWith(
        t => logger.LogWarning(t.Exception, "A portfolio push from {OrgId} failed; the next change will send it again", State.OrgId),
        CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
