using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.EventStore;
using FunderPortal.People;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Organisations;

/// <summary>
/// What a charity grain and a funder grain share, written once: the organisation's history stream, its profile's outline
/// (<c>.Profile.cs</c>), its members (<c>.Members.cs</c>), a platform admin's verification (<c>.Verification.cs</c>), its
/// log of reads, and the notice to members' own indexes. Each grain writes its own pipeline (<see cref="AppendAsync"/>, in
/// its <c>.Pipeline.cs</c>) and every feature of its own; a <see cref="Definition"/> says what makes it a charity or a funder.
/// </summary>
public abstract partial class OrganisationGrain<TState, TEvent, TProfile, TRegister, TChange> : Grain, IRemindable
    where TState : OrganisationState<TEvent>, new()
    where TEvent : class, IOrganisationHistory<TEvent>
{
    /// <summary>What makes an organisation grain a charity's or a funder's: its streams, its place in people's indexes, its profile's rules and view.</summary>
    protected sealed record Definition(
        Func<string, string> HistoryStream,
        Func<string, string> AccessLogStream,
        int SnapshotSchema,
        PlaceKind Place,
        Func<TState, string, TRegister, string, IReadOnlyList<TEvent>> Register,
        Func<TState, TChange, IReadOnlyList<TEvent>> ChangeProfile,
        Func<TState, MemberRole, TProfile> ToProfile);

    private readonly Definition _definition;
    private EventSourcedState<TState, TEvent>? _history;
    private AccessLogStream? _accessLog;
    private Outbox? _outbox;

    protected OrganisationGrain(Definition definition, IEventStore store, IClock clock, ILogger logger)
    {
        _definition = definition;
        Store = store;
        Clock = clock;
        Logger = logger;
    }

    protected IEventStore Store { get; }

    protected IClock Clock { get; }

    protected ILogger Logger { get; }

    /// <summary>The organisation's own history (<c>charity/{orgId}</c>, <c>funder/{orgId}</c>).</summary>
    protected EventSourcedState<TState, TEvent> History => _history ?? throw new InvalidOperationException("The grain is not activated yet.");

    protected TState State => History.State;

    /// <summary>The notices this organisation owes other grains, sent until they confirm (<see cref="Common.Outbox.Outbox"/>).</summary>
    protected Outbox Outbox => _outbox ??= new(this, GrainFactory, ServiceProvider, Logger);

    protected string OrgId => this.GetPrimaryKeyString();

    protected DateOnly Today => Clock.Today();

    /// <summary>Reads of the organisation by people who are not its members, kept apart from its history; opened on first use.</summary>
    private protected AccessLogStream AccessLog => _accessLog ??= new(_definition.AccessLogStream(OrgId), Store, Clock, Logger, this);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _history = new EventSourcedState<TState, TEvent>(_definition.HistoryStream(OrgId), _definition.SnapshotSchema, Store, Clock, Logger);
        return _history.LoadAsync(cancellationToken);
    }

    /// <summary>
    /// At activation, once everything is loaded: posts again what the changes after the delivered mark owe (the mark says
    /// every notice up to it was confirmed, <see cref="DeliveredMark"/>), so a crash or deactivation between a change and
    /// its receivers' confirmations loses none, and a grain that wakes up calls nobody it already told.
    /// </summary>
    protected async Task PostOwedNoticesAsync(CancellationToken cancellationToken)
    {
        var mark = await Outbox.OpenMarkAsync(StreamIds.Outbox(History.StreamId), cancellationToken);
        var since = await History.ReadEventsAfterAsync(mark.Through, cancellationToken);
        Outbox.Post(NoticesOwedSince(since, mark.At), mark.Through, State.Version, Clock.UtcNow);
    }

    /// <summary>A deactivating grain stores the reads it holds, and records its delivered mark when one is due, so its next activation posts little again.</summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_outbox is not null)
            await _outbox.RecordMarkAsync();
        if (_accessLog is not null)
            await _accessLog.TryFlushAsync(); // the reads held for storing together: none is lost to a deactivation
        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    /// <summary>The outbox's backstop: a reminder re-activates the grain and retries what is pending.</summary>
    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == Outbox.ReminderName ? Outbox.ReceiveReminderAsync() : ReceiveOwnReminderAsync(reminderName);

    /// <summary>A reminder of the organisation's own (due dates), besides the outbox's.</summary>
    protected virtual Task ReceiveOwnReminderAsync(string reminderName) => Task.CompletedTask;

    /// <summary>The grain's pipeline (its <c>.Pipeline.cs</c>): every decision's events are stored through here, and whoever must know is told.</summary>
    protected abstract Task AppendAsync(IReadOnlyList<TEvent> events, string actor);

    /// <summary>
    /// Called by the pipeline once <paramref name="events"/> are stored: everything they owe other grains goes to the
    /// outbox at once (sent until confirmed, without waiting), with the versions they cover, so the delivered mark never
    /// passes a change whose notices were not posted.
    /// </summary>
    protected void TellOthers(IReadOnlyList<TEvent> events)
    {
        if (events.Count > 0)
            Outbox.Post(NoticesOwedBy(events), after: State.Version - events.Count, through: State.Version);
    }

    /// <summary>What committed events owe other grains, decided on the state they led to: members' indexes here; each organisation adds its own.</summary>
    protected virtual IEnumerable<Notice> NoticesOwedBy(IReadOnlyList<TEvent> events) => PeopleNotices(events);

    /// <summary>
    /// At activation, what the changes after the delivered mark owe (<paramref name="events"/>, perhaps none) and what
    /// time passing since the mark's instant <paramref name="markAt"/> owes: by default what those changes owe.
    /// </summary>
    protected virtual IEnumerable<Notice> NoticesOwedSince(IReadOnlyList<TEvent> events, DateTimeOffset? markAt) => NoticesOwedBy(events);

    /// <summary>
    /// Members' indexes of their places (<see cref="IPersonGrain"/>): who joined or left, and the new name
    /// (<see cref="MembershipNotices"/>). A removal goes through the outbox like a join, and is derived again from the
    /// events after the mark, so a lost call cannot leave a removed member's place in their index.
    /// </summary>
    protected IEnumerable<Notice> PeopleNotices(IReadOnlyList<TEvent> events)
    {
        var (joined, left) = MembershipNotices.Owed(State, events);
        return PeopleIndex.Notices(PlaceOf(State), State.Version, joined, left);
    }

    private Place PlaceOf(TState state) => new(_definition.Place, state.OrgId, state.Name);

    /// <summary>
    /// An editor's change, the shape of most writes: refused unless <paramref name="subject"/> is an editor, decided on the
    /// current state, appended through the pipeline, answered from the new state.
    /// </summary>
    protected async Task<T> ChangeAsync<T>(string subject, Func<TState, IReadOnlyList<TEvent>> decide, Func<TState, T> answer)
    {
        await ChangeAsync(subject, decide);
        return answer(State);
    }

    /// <summary>
    /// An editor's change that creates something under a new id (<see cref="Ids.NewFor"/>). Within an idempotent request
    /// the id comes from the request, so a retry after a failure that followed the commit (the answer lost, the silo gone)
    /// finds what the first attempt made and answers with it instead of making a second.
    /// </summary>
    protected async Task<T> CreateAsync<T>(string subject, string what, Func<TState, string, IReadOnlyList<TEvent>> decide, Func<TState, string, T?> find)
        where T : class
    {
        RequireEditor(subject);
        var id = Ids.NewFor(what);
        if (find(State, id) is { } earlier)
            return earlier;
        await AppendAsync(decide(State, id), subject);
        return find(State, id) ?? throw new InvalidOperationException($"The new {what} {id} is not in the state.");
    }

    /// <inheritdoc cref="ChangeAsync{T}"/>
    protected async Task ChangeAsync(string subject, Func<TState, IReadOnlyList<TEvent>> decide)
    {
        RequireEditor(subject);
        await AppendAsync(decide(State), subject);
    }

    protected MemberRole RequireMember(string subject) => OrganisationAccess.RequireMember(State, subject);

    protected void RequireEditor(string subject, string what = "change this") => OrganisationAccess.RequireEditor(State, subject, what);

    /// <summary>For calls from other grains: an organisation not registered (yet) is not found.</summary>
    protected void RequireRegistered()
    {
        if (!State.IsRegistered)
            throw OrganisationAccess.NotFound(TEvent.Organisation);
    }
}
