namespace FunderPortal.EventStore;

/// <summary>
/// Append-only event streams with optimistic concurrency. The embedded default is SQLite; cluster mode
/// backs the same contract with PostgreSQL. Implementations throw <see cref="ConcurrencyConflictException"/>
/// when the expected version is not the stream's current one, and
/// <see cref="FunderPortal.Common.StorageUnavailableException"/> when storage cannot be reached;
/// an append that returns has been committed durably.
/// </summary>
public interface IEventStore
{
    Task AppendAsync(string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, CancellationToken cancellationToken = default);

    /// <summary>At most <paramref name="maxCount"/> events after <paramref name="afterVersion"/>, oldest first.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadAsync(string streamId, long afterVersion, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Keeps a snapshot; best effort (a lost snapshot only costs a longer fold).</summary>
    Task SaveSnapshotAsync(Snapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>The newest snapshot of that schema, recorded at or before <paramref name="atOrBefore"/> when set.</summary>
    Task<Snapshot?> LoadSnapshotAsync(string streamId, int schema, DateTimeOffset? atOrBefore = null, CancellationToken cancellationToken = default);

    /// <summary>True while no event was ever stored (a new portal); the demo loads only into one.</summary>
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default);

    /// <summary>Throws when storage cannot serve reads and writes.</summary>
    Task CheckHealthAsync(CancellationToken cancellationToken = default);
}
