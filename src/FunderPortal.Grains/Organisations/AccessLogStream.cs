using System.Diagnostics;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.EventStore;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Organisations;

/// <summary>
/// An organisation's log of reads, in a stream of its own beside its history (<c>charity-access/{orgId}</c>,
/// <c>funder-access/{orgId}</c>), opened on first use. Entries are read back from the store, page by page, when asked for.
/// </summary>
/// <remarks>
/// Every read is kept, but not with a commit of its own: a read is held in the grain and stored with the others held
/// with it, in one commit, within <see cref="FlushWithin"/> of the first of them (a grain timer), at once when
/// <see cref="FlushAt"/> are held, before the log itself is read, and as the grain deactivates. A read is never answered
/// while a read held for longer than <see cref="FlushWithin"/> is still unstored (it is stored first, or the read fails
/// with storage), so a crash loses at most the reads of the last second (<see cref="AccessLogBatch"/>).
/// </remarks>
internal sealed class AccessLogStream(string streamId, IEventStore store, IClock clock, ILogger logger, IGrainBase owner)
{
    /// <summary>The longest a read is held before it is stored: what a crash may lose.</summary>
    public static readonly TimeSpan FlushWithin = TimeSpan.FromSeconds(1);

    /// <summary>Reads held at most; reaching it stores them at once.</summary>
    public const int FlushAt = 1_000;

    private static readonly EventSerializer<AccessLogEvent> Serializer = new();

    private readonly AccessLogBatch<AccessLogEvent> _held = new(FlushWithin, FlushAt);
    private EventSourcedState<AccessLogState, AccessLogEvent>? _log;
    private IGrainTimer? _timer;

    /// <summary>Keeps the read; stored with the others held within a second (see the remarks).</summary>
    public async Task LogAsync(AccessLogEvent read, string actor)
    {
        // Reads held too long (the timer late behind a queue of requests, or storage failing) are stored before another
        // read is answered: if that fails, so does this read, and it is not logged.
        if (_held.IsOverdue(Stopwatch.GetTimestamp()))
            await FlushAsync();
        if (_held.Add(read, clock.UtcNow, actor, Stopwatch.GetTimestamp()))
            await TryFlushAsync();
        else
            _timer ??= owner.RegisterGrainTimer(_ => TryFlushAsync(), new GrainTimerCreationOptions(FlushWithin, Timeout.InfiniteTimeSpan));
    }

    /// <summary>Stores every held read in one commit. On failure they stay held, to be stored again (a duplicate, when the lost commit had gone through, rather than a lost read).</summary>
    public async Task FlushAsync()
    {
        _timer?.Dispose();
        _timer = null;
        if (_held.Count == 0)
            return;
        var batch = _held.Take();
        try
        {
            await (await OpenAsync()).AppendRecordedAsync(batch.Select(r => (r.Read, r.At, r.Actor)).ToList());
        }
        catch
        {
            _held.PutBack(batch);
            _timer ??= owner.RegisterGrainTimer(_ => TryFlushAsync(), new GrainTimerCreationOptions(FlushWithin, Timeout.InfiniteTimeSpan));
            throw;
        }
    }

    /// <summary>For the timer and a full batch: a failure is logged, the reads stay held and are tried again.</summary>
    public async Task TryFlushAsync()
    {
        try
        {
            await FlushAsync();
        }
        catch (Exception failure)
        {
            logger.LogWarning(failure, "Could not store {Count} reads in {StreamId}; kept to try again", _held.Count, streamId);
        }
    }

    /// <summary>Every read of one kind, newest first.</summary>
    public async Task<IReadOnlyList<(TRead Read, DateTimeOffset At)>> ReadAllAsync<TRead>() where TRead : AccessLogEvent
    {
        await FlushAsync();
        var log = await OpenAsync();
        var entries = new List<(TRead Read, DateTimeOffset At)>();
        for (long after = 0; ;)
        {
            var page = await log.ReadAsync(after, Limits.HistoryPageMax);
            entries.AddRange(Of<TRead>(page));
            if (page.Count < Limits.HistoryPageMax)
                return [.. entries.OrderByDescending(e => e.At)];
            after = page[^1].Version;
        }
    }

    /// <summary>The reads of one kind among the newest <paramref name="limit"/> entries, read from the stream's end (never a walk through all of it).</summary>
    public async Task<IReadOnlyList<(TRead Read, DateTimeOffset At)>> ReadNewestAsync<TRead>(int limit) where TRead : AccessLogEvent
    {
        await FlushAsync();
        var log = await OpenAsync();
        return [.. Of<TRead>(await log.ReadAsync(Math.Max(0, log.State.Version - limit), limit))];
    }

    private static IEnumerable<(TRead Read, DateTimeOffset At)> Of<TRead>(IEnumerable<StoredEvent> page) where TRead : AccessLogEvent =>
        page.Select(stored => (Read: Serializer.Deserialize(stored.Type, stored.Data) as TRead, stored.RecordedAt))
            .Where(e => e.Read is not null)
            .Select(e => (e.Read!, e.RecordedAt));

    private async Task<EventSourcedState<AccessLogState, AccessLogEvent>> OpenAsync()
    {
        if (_log is null)
        {
            var log = new EventSourcedState<AccessLogState, AccessLogEvent>(streamId, AccessLogState.SnapshotSchema, store, clock, logger);
            await log.LoadAsync();
            _log = log;
        }
        return _log;
    }
}
