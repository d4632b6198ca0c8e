using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.EventStore;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Organisations;

/// <summary>
/// An organisation's log of reads, in a stream of its own beside its history (<c>charity-access/{orgId}</c>,
/// <c>funder-access/{orgId}</c>), opened on first use. Entries are read back from the store, page by page, when asked for.
/// </summary>
internal sealed class AccessLogStream(string streamId, IEventStore store, IClock clock, ILogger logger)
{
    private static readonly EventSerializer<AccessLogEvent> Serializer = new();

    private EventSourcedState<AccessLogState, AccessLogEvent>? _log;

    public async Task LogAsync(AccessLogEvent read, string actor) => await (await OpenAsync()).AppendAsync([read], actor);

    /// <summary>Every read of one kind, newest first.</summary>
    public async Task<IReadOnlyList<(TRead Read, DateTimeOffset At)>> ReadAllAsync<TRead>() where TRead : AccessLogEvent
    {
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
