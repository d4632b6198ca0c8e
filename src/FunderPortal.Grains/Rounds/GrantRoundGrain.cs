using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.EventStore;
using FunderPortal.Funders;
using FunderPortal.People;
using FunderPortal.PersonalData;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Rounds;

/// <summary>
/// One participatory grant round. Thin over the domain: find out who the caller is (funder member, panellist,
/// applicant), let <see cref="RoundDecisions"/> decide the events, append them (acknowledged only once committed),
/// answer with a view shaped for that caller by <see cref="RoundViewsMapping"/>.
/// </summary>
public sealed partial class GrantRoundGrain(IEventStore store, IClock clock, PersonalDataProtector personal, ILogger<GrantRoundGrain> logger)
    : Grain, IGrantRoundGrain, IRemindable
{
    /// <summary>How often owed snapshots are taken (unfinished cross-grain writes are the outbox's).</summary>
    private static readonly TimeSpan HousekeepingPeriod = TimeSpan.FromSeconds(10);

    private EventSourcedState<RoundState, RoundEvent> _stream = null!;
    private Outbox _outbox = null!;

    private RoundState State => _stream.State;

    private string RoundId => this.GetPrimaryKeyString();

    /// <summary>The round in its panellists' indexes.</summary>
    private Place Place => new(PlaceKind.Round, RoundId, State.Current.Title);

    private IFunderGrain Funder => GrainFactory.GetGrain<IFunderGrain>(State.FunderOrgId);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stream = new EventSourcedState<RoundState, RoundEvent>(StreamIds.Round(RoundId), RoundState.SnapshotSchema, store, clock, logger,
            RoundLimits.SnapshotEvery, deferSnapshots: true);
        await _stream.LoadAsync(cancellationToken);
        this.RegisterGrainTimer(HousekeepingAsync, HousekeepingPeriod, HousekeepingPeriod);
        _outbox = new Outbox(this, GrainFactory, ServiceProvider, logger);
        // What a crash may have left untold: the funder lists this round and holds its grants; panellists' indexes.
        if (State.Exists)
            _outbox.Post([FunderListing(), .. FunderGrants(), .. PeopleIndex.Notices(Place, State.Version,
                State.Panellists.Values.Select(p => p.UserSubject).OfType<string>(), []), .. PublicIndexNotices(), .. DiscardNotices()]);
        await PostOwedNotificationsAsync(cancellationToken);
    }

    /// <summary>The outbox's backstop (a reminder re-activates the round and retries what is pending), and the due dates' wake.</summary>
    public Task ReceiveReminder(string reminderName, TickStatus status) => reminderName switch
    {
        Outbox.ReminderName => _outbox.ReceiveReminderAsync(),
        DueDateReminder.Name => ReceiveDueDatesAsync(),
        _ => Task.CompletedTask,
    };

    /// <summary>A deactivating round records its delivered mark when one is due, so its next activation posts little again.</summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _stream.SaveSnapshotIfDue();
        if (_outbox is not null)
            await _outbox.RecordMarkAsync();
    }

    private Task HousekeepingAsync(CancellationToken cancellationToken)
    {
        _stream.SaveSnapshotIfDue();
        return Task.CompletedTask;
    }

    /// <summary>The funder lists this round under its title (it keeps one listing per round).</summary>
    private Notice FunderListing() =>
        new("funder/listing", State.Version, _ => Funder.ListRoundAsync(RoundId, State.Current.Title));

    /// <summary>Once Decided, until the round holds the funder's answer: the funder records the funded applications as grants.</summary>
    private IEnumerable<Notice> FunderGrants() => State.Phase >= RoundPhase.Decided && State.GrantIdsByApplication is null
        ? [new("funder/grants", State.Version, _ => RecordGrantsWithFunderAsync())]
        : [];

    public async Task<RoundView> CreateAsync(string funderOrgId, RoundDetails details, string subject)
    {
        var funder = GrainFactory.GetGrain<IFunderGrain>(funderOrgId);
        OrganisationAccess.RequireEditor(await funder.GetMemberRoleAsync(subject), FunderEvent.Organisation, "create a round");
        // Already there for this funder: a retry of the idempotent request that created it (the round's id comes from
        // that request), whose first attempt failed after the write. It answers as the first would have, and lists it.
        if (!(State.Exists && State.FunderOrgId == funderOrgId))
            await AppendAsync(RoundDecisions.Create(State, RoundId, funderOrgId, details), subject);
        await funder.ListRoundAsync(RoundId, State.Current.Title);
        return State.ToView(RoundRole.FunderEditor, null);
    }

    public async Task<RoundView> GetAsync(string subject)
    {
        var caller = await CallerAsync(subject);
        if (caller.IsFunderMember || caller.Panellist is not null)
            return State.ToView(caller.Role, caller.Panellist?.Id);
        // A round's call for applications is public once open: anyone signed in may read it and apply.
        if (!State.Exists || State.Phase == RoundPhase.Draft)
            throw RoundAccess.NotFound();
        return State.ToView(RoundRole.Applicant, null);
    }

    public async Task<RoundView> ChangeSetupAsync(RoundDetails details, string subject)
    {
        var caller = await CallerAsync(subject);
        RoundAccess.RequireFunderEditor(State, caller);
        await AppendAsync(RoundDecisions.ChangeSetup(State, details), subject);
        _outbox.Post(PublicIndexNotices());
        return State.ToView(caller.Role, caller.Panellist?.Id);
    }

    public async Task<RoundView> MoveToAsync(RoundPhase? phase, string subject)
    {
        var caller = await CallerAsync(subject);
        RoundAccess.RequireFunderEditor(State, caller);
        await AppendAsync(RoundDecisions.MoveTo(State, phase), subject);
        // The first attempt now (the funder's grants, the public index, charities whose drafts were discarded); the outbox retries.
        await _outbox.PostAsync([.. FunderGrants(), .. PublicIndexNotices(), .. State.Phase == RoundPhase.Scoring ? DiscardNotices() : []]);
        return State.ToView(caller.Role, caller.Panellist?.Id);
    }

    /// <summary>Funded applications become the funder's grants; the funder keeps one per application, however often asked.</summary>
    private async Task RecordGrantsWithFunderAsync()
    {
        if (State.GrantIdsByApplication is not null)
            return; // an earlier attempt got the answer
        var setup = State.Current;
        var grants = State.Applications.Values
            .Where(a => a.Decision is { Outcome: DecisionOutcome.Funded })
            .OrderBy(a => a.Number)
            .Select(a => new RoundGrant(a.Id, a.CharityOrgId, a.CharityName, setup.Title,
                Text.Clean(a.Summary) is { } summary ? summary[..Math.Min(summary.Length, Limits.ShortText)] : $"Awarded by the participatory grant round \"{setup.Title}\".",
                a.Decision!.AmountPence, DateOnly.FromDateTime(a.Decision.DecidedAt.UtcDateTime), setup.ProgrammeId))
            .ToList();
        // The funder records them and tells each charity, as it does for any grant.
        var ids = await Funder.RecordRoundGrantsAsync(RoundId, grants);
        await AppendAsync(RoundDecisions.GrantsRecorded(State, ids), StreamIds.Funder(State.FunderOrgId));
    }

    /// <summary>Who the caller is to this round. Panel subjects are never a funder's members.</summary>
    private async Task<RoundCaller> CallerAsync(string subject)
    {
        if (!State.Exists)
            return new RoundCaller(subject, null, null);
        var panellist = State.FindPanellistBySubject(subject);
        var role = PanelSubjects.IsPanelSubject(subject) ? null : await Funder.GetMemberRoleAsync(subject);
        return new RoundCaller(subject, role, panellist);
    }

    /// <summary>Seals the personal text in the decided events (<see cref="RoundPersonalData"/>), appends them, then tells whoever they concern.</summary>
    private async Task AppendAsync(IReadOnlyList<RoundEvent> events, string actor)
    {
        await _stream.AppendAsync(await RoundPersonalData.SealAsync(events, State, RoundId, _stream.StreamId, actor, personal), actor);
        TellOfChanges(events);
    }

    /// <summary>Fetches the keys a response needs; its personal text then opens (or reads as erased) without waiting.</summary>
    private Task<PersonalTextOpener> OpenerAsync(IEnumerable<string?> sealedValues) => personal.OpenerAsync(_stream.StreamId, sealedValues);
}
