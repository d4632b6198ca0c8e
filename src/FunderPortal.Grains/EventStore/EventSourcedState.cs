using System.Text.Json;
using FunderPortal.Common;
using Microsoft.Extensions.Logging;

namespace FunderPortal.EventStore;

/// <summary>
/// What an event-sourced grain needs from the store: load its live state (latest snapshot plus the
/// events after it), append decided events and apply them only once committed, fold a past state for
/// <c>asOf</c> reads without touching the live one, and page through history.
/// </summary>
public sealed class EventSourcedState<TState, TEvent>(
    string streamId,
    int snapshotSchema,
    IEventStore store,
    IClock clock,
    ILogger logger,
    int snapshotEvery = EventSourcedState<TState, TEvent>.DefaultSnapshotEvery,
    bool deferSnapshots = false)
    where TState : class, IAggregateState<TEvent>, new()
    where TEvent : class
{
    public const int DefaultSnapshotEvery = 100;
    private const int ReadPage = DefaultSnapshotEvery + 1;
    private static readonly EventSerializer<TEvent> Serializer = new();

    public string StreamId { get; } = streamId;

    public TState State { get; private set; } = new();

    /// <summary>With deferred snapshots, whether one is owed: the grain takes it between requests (<see cref="SaveSnapshotIfDue"/>).</summary>
    public bool SnapshotDue { get; private set; }

    /// <summary>Loads the live state: the newest snapshot, then every event after it.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        var (state, folded) = await FoldAsync(until: null, cancellationToken);
        State = state;
        if (folded >= snapshotEvery)
            SaveSnapshotInBackground();
    }

    /// <summary>
    /// Appends the events (recorded now, by <paramref name="actor"/>) and applies them to the live state once
    /// the store has committed them. On a conflict the live state is reloaded and the caller told to retry.
    /// </summary>
    public Task AppendAsync(IReadOnlyList<TEvent> events, string actor)
    {
        var now = clock.UtcNow;
        return AppendRecordedAsync([.. events.Select(e => (e, now, actor))]);
    }

    /// <summary>
    /// Appends events that each happened at their own instant, by their own actor (a batch of reads kept a moment before
    /// being stored together), in one commit; applied once committed, as <see cref="AppendAsync"/>.
    /// </summary>
    public async Task AppendRecordedAsync(IReadOnlyList<(TEvent Event, DateTimeOffset At, string Actor)> events)
    {
        if (events.Count == 0)
            return;
        // Recorded times never go backwards within a stream, so "as of" folds can stop at the first later event.
        var floor = State.LastRecordedAt ?? DateTimeOffset.MinValue;
        var rows = new List<NewEvent>(events.Count);
        foreach (var (change, at, actor) in events)
        {
            floor = at > floor ? at : floor;
            var (type, data) = Serializer.Serialize(change);
            rows.Add(new NewEvent(type, data, floor, actor));
        }

        try
        {
            await store.AppendAsync(StreamId, State.Version, rows);
        }
        catch (ConcurrencyConflictException)
        {
            logger.LogWarning("Stream {StreamId} was written elsewhere; reloading", StreamId);
            await LoadAsync();
            throw new ConflictException("This record was changed at the same moment by someone else; please try again.");
        }
        catch (StorageUnavailableException)
        {
            // The append may have committed before the answer was lost: reload (best effort) so the live state
            // matches the store; if the store is still down, the next append conflicts and reloads then.
            await TryReloadAsync();
            throw;
        }

        var versionBefore = State.Version;
        for (var i = 0; i < events.Count; i++)
            State.Apply(events[i].Event, rows[i].RecordedAt);
        if (State.Version / snapshotEvery > versionBefore / snapshotEvery)
            SaveSnapshotInBackground();
    }

    /// <summary>The state as it was at <paramref name="asOf"/>: the nearest snapshot before it plus at most a snapshot interval of events.</summary>
    public async Task<TState> StateAsOfAsync(DateTimeOffset asOf, CancellationToken cancellationToken = default) =>
        (await FoldAsync(asOf, cancellationToken)).State;

    public Task<IReadOnlyList<StoredEvent>> ReadAsync(long afterVersion, int limit, CancellationToken cancellationToken = default) =>
        store.ReadAsync(StreamId, afterVersion, limit, cancellationToken);

    /// <summary>The events after <paramref name="afterVersion"/> up to the live state's version, oldest first, page by page.</summary>
    public async Task<IReadOnlyList<TEvent>> ReadEventsAfterAsync(long afterVersion, CancellationToken cancellationToken = default)
    {
        List<TEvent> events = [];
        while (afterVersion < State.Version)
        {
            var page = await store.ReadAsync(StreamId, afterVersion, ReadPage, cancellationToken);
            foreach (var stored in page.TakeWhile(e => e.Version <= State.Version))
            {
                events.Add(Serializer.Deserialize(stored.Type, stored.Data));
                afterVersion = stored.Version;
            }
            if (page.Count < ReadPage)
                break;
        }
        return events;
    }

    private async Task<(TState State, int Folded)> FoldAsync(DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var state = new TState();
        var snapshot = await store.LoadSnapshotAsync(StreamId, snapshotSchema, until, cancellationToken);
        if (snapshot is not null)
        {
            state = Restore(snapshot) ?? state;
        }

        // Pages are read by version only (the key), stopping at the first event after the instant: recorded
        // times never go backwards within a stream, and a filter on time would scan to the stream's end.
        var folded = 0;
        while (true)
        {
            var page = await store.ReadAsync(StreamId, state.Version, ReadPage, cancellationToken);
            foreach (var stored in page)
            {
                if (stored.RecordedAt > until)
                    return (state, folded);
                state.Apply(Serializer.Deserialize(stored.Type, stored.Data), stored.RecordedAt);
                folded++;
            }
            if (page.Count < ReadPage)
                return (state, folded);
        }
    }

    private async Task TryReloadAsync()
    {
        try
        {
            await LoadAsync();
        }
        catch (StorageUnavailableException)
        {
            logger.LogWarning("Stream {StreamId} could not be reloaded after a failed append", StreamId);
        }
    }

    private TState? Restore(Snapshot snapshot)
    {
        try
        {
            var state = JsonSerializer.Deserialize<TState>(snapshot.Data, EventSerializer<TEvent>.Options);
            if (state is not null && state.Version == snapshot.Version)
                return state;
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "Ignoring an unreadable snapshot of {StreamId} at {Version}", StreamId, snapshot.Version);
        }
        return null;
    }

    /// <summary>
    /// Takes an owed snapshot. For large states (a round's 125,000 scores) serialising is itself work, so such grains
    /// defer it to a timer: no request waits for it.
    /// </summary>
    public void SaveSnapshotIfDue()
    {
        if (!SnapshotDue)
            return;
        SnapshotDue = false;
        WriteSnapshot();
    }

    private void SaveSnapshotInBackground()
    {
        if (deferSnapshots)
            SnapshotDue = true;
        else
            WriteSnapshot();
    }

    private void WriteSnapshot()
    {
        var snapshot = new Snapshot(StreamId, State.Version, State.LastRecordedAt ?? default, snapshotSchema,
            JsonSerializer.Serialize(State, EventSerializer<TEvent>.Options));
        store.SaveSnapshotAsync(snapshot).Forget(e => logger.LogWarning(e, "Saving a snapshot of {StreamId} failed", StreamId));
    }
}
