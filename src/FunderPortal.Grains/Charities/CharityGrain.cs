using FunderPortal.Common;
using FunderPortal.EventStore;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Charities;

/// <summary>
/// One charity. Thin over the domain: check access, let <see cref="CharityDecisions"/> decide the events,
/// append them (acknowledged only once committed), answer with a view of the new state.
/// </summary>
public sealed class CharityGrain(IEventStore store, IClock clock, ILogger<CharityGrain> logger) : Grain, ICharityGrain
{
    private EventSourcedState<CharityState, CharityEvent> _stream = null!;

    private CharityState State => _stream.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stream = new EventSourcedState<CharityState, CharityEvent>(
            StreamIds.Charity(this.GetPrimaryKeyString()), CharityState.SnapshotSchema, store, clock, logger);
        await _stream.LoadAsync(cancellationToken);
    }

    public async Task<CharityProfile> RegisterAsync(RegisterCharity command, string subject)
    {
        await _stream.AppendAsync(CharityDecisions.Register(State, this.GetPrimaryKeyString(), command, subject), subject);
        return State.ToProfile(MemberRole.Editor);
    }

    public Task<CharityProfile> GetProfileAsync(string subject) =>
        Task.FromResult(State.ToProfile(CharityAccess.RequireMember(State, subject)));

    public async Task<CharityProfile> ChangeProfileAsync(ChangeCharityProfile command, long? expectedVersion, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        if (expectedVersion is { } expected && expected != State.Version)
            throw new PreconditionFailedException(
                $"The profile has changed since version {expected}; it is now at version {State.Version}. Read it again and reapply your change.",
                State.Version);
        await _stream.AppendAsync(CharityDecisions.ChangeProfile(State, command), subject);
        return State.ToProfile(MemberRole.Editor);
    }

    public Task<IReadOnlyList<Member>> GetMembersAsync(string subject)
    {
        CharityAccess.RequireMember(State, subject);
        IReadOnlyList<Member> members = [.. State.Members.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new Member(m.Key, m.Value))];
        return Task.FromResult(members);
    }

    public async Task<Member> SetMemberAsync(string memberSubject, MemberRole role, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await _stream.AppendAsync(CharityDecisions.GrantRole(State, memberSubject, role), subject);
        return new Member(memberSubject, State.Members[memberSubject]);
    }

    public async Task RemoveMemberAsync(string memberSubject, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await _stream.AppendAsync(CharityDecisions.RemoveMember(State, memberSubject), subject);
    }

    public async Task<WorkstreamView> StartWorkstreamAsync(StartWorkstream command, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        var id = Guid.NewGuid().ToString("n");
        await _stream.AppendAsync(CharityDecisions.StartWorkstream(State, id, command), subject);
        return State.FindWorkstream(id)!.ToView();
    }

    public Task<WorkstreamView> GetWorkstreamAsync(string workstreamId, string subject)
    {
        CharityAccess.RequireMember(State, subject);
        return Task.FromResult(CharityDecisions.RequireWorkstream(State, workstreamId).ToView());
    }

    public async Task<WorkstreamView> ChangeWorkstreamAsync(string workstreamId, ChangeWorkstream command, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await _stream.AppendAsync(CharityDecisions.ChangeWorkstream(State, workstreamId, command), subject);
        return State.FindWorkstream(workstreamId)!.ToView();
    }

    public async Task<WorkstreamView> SetRungsAsync(string workstreamId, ActivityKind activityKind, RungPair rungs, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await _stream.AppendAsync(CharityDecisions.SetRungs(State, workstreamId, activityKind, rungs), subject);
        return State.FindWorkstream(workstreamId)!.ToView();
    }

    public async Task<JourneyView> GetJourneyAsync(DateTimeOffset? asOf, string subject)
    {
        CharityAccess.RequireMember(State, subject);
        if (asOf is not { } instant || instant >= (State.LastRecordedAt ?? DateTimeOffset.MaxValue))
            return State.ToJourney(asOf ?? clock.UtcNow);

        var past = await _stream.StateAsOfAsync(instant);
        if (!past.IsRegistered)
            throw new NotFoundException($"The charity was not registered yet at {instant:O}.");
        return past.ToJourney(instant);
    }

    public async Task<HistoryPage> GetHistoryAsync(long afterVersion, int limit, string subject)
    {
        CharityAccess.RequireMember(State, subject);
        var events = await _stream.ReadAsync(afterVersion, limit);
        var entries = events.Select(e => new HistoryEntry(e.Version, e.Type, e.RecordedAt, e.Actor, e.Data)).ToList();
        long? next = entries.Count == limit && entries[^1].Version < State.Version ? entries[^1].Version : null;
        return new HistoryPage(entries, next);
    }
}
