using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.PersonalData;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Charities;

/// <summary>
/// One charity. Thin over the domain: check access, let <see cref="CharityDecisions"/> decide the events,
/// append them (acknowledged only once committed), answer with a view of the new state.
/// </summary>
public sealed partial class CharityGrain(IEventStore store, IClock clock, PersonalDataProtector personal, ILogger<CharityGrain> logger)
    : Grain, ICharityGrain
{
    private EventSourcedState<CharityState, CharityEvent> _stream = null!;

    private CharityState State => _stream.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stream = new EventSourcedState<CharityState, CharityEvent>(
            StreamIds.Charity(this.GetPrimaryKeyString()), CharityState.SnapshotSchema, store, clock, logger);
        await _stream.LoadAsync(cancellationToken);
        PushSummaries(includeEnded: true);
    }

    public async Task<CharityProfile> RegisterAsync(RegisterCharity command, string subject)
    {
        await AppendAsync(CharityDecisions.Register(State, this.GetPrimaryKeyString(), command, subject), subject);
        return State.ToProfile(MemberRole.Editor);
    }

    /// <summary>Members, and members of a funder with any live share (who read it as viewers).</summary>
    public async Task<CharityProfile> GetProfileAsync(string subject) =>
        State.ToProfile((await ReaderAsync(subject, null, "profile")).Role ?? MemberRole.Viewer);

    public async Task<CharityProfile> ChangeProfileAsync(ChangeCharityProfile command, long? expectedVersion, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        if (expectedVersion is { } expected && expected != State.Version)
            throw new PreconditionFailedException(
                $"The profile has changed since version {expected}; it is now at version {State.Version}. Read it again and reapply your change.",
                State.Version);
        await AppendAsync(CharityDecisions.ChangeProfile(State, command), subject);
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
        await AppendAsync(CharityDecisions.GrantRole(State, memberSubject, role), subject);
        return new Member(memberSubject, State.Members[memberSubject]);
    }

    public async Task RemoveMemberAsync(string memberSubject, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await AppendAsync(CharityDecisions.RemoveMember(State, memberSubject), subject);
    }

    public async Task<InvitationLink> InviteAsync(MemberRole role, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        var token = OneTimeTokens.New(this.GetPrimaryKeyString());
        var hash = OneTimeTokens.Hash(token);
        await AppendAsync(CharityDecisions.Invite(State, hash, role, clock.UtcNow), subject);
        return new InvitationLink(token, role, State.Invitations.Find(i => i.TokenHash == hash)!.ExpiresAt);
    }

    public async Task<Member> AcceptInvitationAsync(string token, string subject)
    {
        await AppendAsync(CharityDecisions.AcceptInvitation(State, OneTimeTokens.Hash(token), subject, clock.UtcNow), subject);
        return new Member(subject, State.Members[subject]);
    }

    public async Task<WorkstreamView> StartWorkstreamAsync(StartWorkstream command, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        var id = NewId();
        await AppendAsync(CharityDecisions.StartWorkstream(State, id, command), subject);
        return State.FindWorkstream(id)!.ToView(State);
    }

    public async Task<WorkstreamView> GetWorkstreamAsync(string workstreamId, string subject)
    {
        await ReaderAsync(subject, ShareScope.Journey, $"workstreams/{workstreamId}");
        return CharityDecisions.RequireWorkstream(State, workstreamId).ToView(State);
    }

    public async Task<WorkstreamView> ChangeWorkstreamAsync(string workstreamId, ChangeWorkstream command, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await AppendAsync(CharityDecisions.ChangeWorkstream(State, workstreamId, command), subject);
        return State.FindWorkstream(workstreamId)!.ToView(State);
    }

    public async Task<WorkstreamView> SetRungsAsync(string workstreamId, ActivityKind activityKind, RungPair rungs, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await AppendAsync(CharityDecisions.SetRungs(State, workstreamId, activityKind, rungs), subject);
        return State.FindWorkstream(workstreamId)!.ToView(State);
    }

    public async Task<JourneyView> GetJourneyAsync(DateTimeOffset? asOf, string subject)
    {
        await ReaderAsync(subject, ShareScope.Journey, asOf is null ? "journey" : $"journey?asOf={asOf:O}");
        var instant = asOf ?? clock.UtcNow;
        var state = await StateAtAsync(instant);
        if (!state.IsRegistered)
            throw new NotFoundException($"The charity was not registered yet at {instant:O}.");
        return state.ToJourney(instant, State.Verification is not null);
    }

    public async Task<ProgressView> GetProgressAsync(DateTimeOffset since, DateTimeOffset until, string subject)
    {
        var reader = await ReaderAsync(subject, ShareScope.Journey, "journey/progress");
        if (since > until)
            throw DomainValidationException.For("from", "Must not be after 'to'.");
        var atEnd = await StateAtAsync(until);
        if (!atEnd.IsRegistered)
            throw new NotFoundException($"The charity was not registered yet at {until:O}.");
        var progress = JourneyProgress.Between(await StateAtAsync(since), atEnd, since, until);
        return reader.Share is { } share ? JourneyProgress.ForFunder(progress, State, share, Today) : progress;
    }

    public async Task<WorkstreamView> RecordParticipantsAsync(string workstreamId, RecordParticipants command, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await AppendAsync(CharityDecisions.RecordParticipants(State, workstreamId, command), subject);
        return State.FindWorkstream(workstreamId)!.ToView(State);
    }

    public async Task<WorkstreamView> SetPracticesAsync(string workstreamId, ActivityKind activityKind, IReadOnlyList<string> practices, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await AppendAsync(CharityDecisions.SetPractices(State, workstreamId, activityKind, practices), subject);
        return State.FindWorkstream(workstreamId)!.ToView(State);
    }

    public async Task<Milestone> PlanMilestoneAsync(string workstreamId, MilestoneDetails details, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        var id = NewId();
        await AppendAsync(CharityDecisions.PlanMilestone(State, workstreamId, id, details, Today), subject);
        return State.FindWorkstream(workstreamId)!.FindMilestone(id)!;
    }

    public async Task<Milestone> UpdateMilestoneAsync(string workstreamId, string milestoneId, MilestoneDetails details, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await AppendAsync(CharityDecisions.UpdateMilestone(State, workstreamId, milestoneId, details, Today), subject);
        return State.FindWorkstream(workstreamId)!.FindMilestone(milestoneId)!;
    }

    public async Task<Barrier> RecordBarrierAsync(string workstreamId, BarrierDetails details, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        var id = NewId();
        await AppendAsync(CharityDecisions.RecordBarrier(State, workstreamId, id, details), subject);
        return State.FindWorkstream(workstreamId)!.FindBarrier(id)!;
    }

    public async Task<Barrier> UpdateBarrierAsync(string workstreamId, string barrierId, BarrierDetails details, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await AppendAsync(CharityDecisions.UpdateBarrier(State, workstreamId, barrierId, details), subject);
        return State.FindWorkstream(workstreamId)!.FindBarrier(barrierId)!;
    }

    public async Task<CheckIn> RecordCheckInAsync(RecordCheckIn command, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        var id = NewId();
        await AppendAsync(CharityDecisions.RecordCheckIn(State, id, command, Today), subject);
        return State.FindCheckIn(id)!;
    }

    public async Task<IReadOnlyList<CheckIn>> GetCheckInsAsync(string subject)
    {
        await ReaderAsync(subject, ShareScope.Journey, "check-ins");
        return [.. State.CheckIns.OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.RecordedAt)];
    }

    public async Task<CheckIn> GetCheckInAsync(string checkInId, string subject)
    {
        await ReaderAsync(subject, ShareScope.Journey, $"check-ins/{checkInId}");
        return State.FindCheckIn(checkInId) ?? throw new NotFoundException($"No check-in '{checkInId}' in this charity.");
    }

    public async Task<LeadershipView> RecordLeadershipAsync(LeadershipValues values, string subject)
    {
        CharityAccess.RequireEditor(State, subject);
        await AppendAsync(CharityDecisions.RecordLeadership(State, values), subject);
        return State.ToLeadershipView();
    }

    public async Task<LeadershipView> GetLeadershipAsync(string subject)
    {
        await ReaderAsync(subject, ShareScope.Journey, "leadership");
        return State.ToLeadershipView();
    }

    public async Task<HistoryPage> GetHistoryAsync(long afterVersion, int limit, string subject)
    {
        CharityAccess.RequireMember(State, subject);
        var events = await _stream.ReadAsync(afterVersion, limit);
        var opener = await personal.OpenerAsync(_stream.StreamId, events.SelectMany(e => PersonalTextOpener.SealedValuesIn(e.Data)));
        var entries = events.Select(e => new HistoryEntry(e.Version, e.Type, e.RecordedAt, e.Actor, opener.OpenJson(e.Data))).ToList();
        long? next = entries.Count == limit && entries[^1].Version < State.Version ? entries[^1].Version : null;
        return new HistoryPage(entries, next);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.UtcNow.UtcDateTime);

    private static string NewId() => Guid.NewGuid().ToString("n");

    /// <summary>The live state for now or later; otherwise a fold up to the instant that leaves the live state alone.</summary>
    private async Task<CharityState> StateAtAsync(DateTimeOffset instant) =>
        instant >= (State.LastRecordedAt ?? DateTimeOffset.MaxValue) ? State : await _stream.StateAsOfAsync(instant);
}
