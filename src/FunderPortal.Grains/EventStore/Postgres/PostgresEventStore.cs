using System.Globalization;
using FunderPortal.Common;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Polly;

namespace FunderPortal.EventStore.Postgres;

/// <summary>
/// Cluster mode's event store: the embedded store's contract over one PostgreSQL database shared by every silo.
/// An append is one statement that inserts only while the stream is still at the expected version; the primary key
/// (stream_id, version) refuses a concurrent writer, so a conflict is reported, never retried. A transient failure
/// is retried only after reading back whether the append committed: committed → done, untouched → insert again,
/// anything else → conflict. Reads, snapshot upserts and health checks are simply retried. When the database stays
/// unreachable the caller gets <see cref="StorageUnavailableException"/> (503).
/// </summary>
public sealed class PostgresEventStore(NpgsqlDataSource dataSource, ILogger<PostgresEventStore> logger) : IEventStore
{
    private readonly ResiliencePipeline _pipeline = PostgresResilience.Create(dataSource);

    private const string InsertSql = """
        INSERT INTO events (stream_id, version, type, data, recorded_at, actor)
        SELECT @stream, @expected + e.n, e.type, e.data, e.recorded_at, e.actor
        FROM unnest(@types, @datas, @times, @actors) WITH ORDINALITY AS e(type, data, recorded_at, actor, n)
        WHERE (SELECT COALESCE(MAX(version), 0) FROM events WHERE stream_id = @stream) = @expected
        """;

    public async Task AppendAsync(string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0)
            return;
        var attempted = false;
        await GuardAsync("append to", async ct =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            if (attempted)
            {
                // The last attempt failed after it was sent: find out whether it committed before trying again.
                switch (await OutcomeAsync(connection, streamId, expectedVersion, events, ct))
                {
                    case AppendOutcome.Committed:
                        return;
                    case AppendOutcome.OtherWriter:
                        throw new ConcurrencyConflictException(streamId, expectedVersion);
                }
            }
            attempted = true;
            await InsertAsync(connection, streamId, expectedVersion, events, ct);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<StoredEvent>> ReadAsync(string streamId, long afterVersion, int maxCount, CancellationToken cancellationToken = default) =>
        GuardAsync("read", async ct =>
        {
            await using var command = dataSource.CreateCommand("""
                SELECT version, type, data, recorded_at, actor FROM events
                WHERE stream_id = @stream AND version > @after
                ORDER BY version LIMIT @limit
                """);
            command.Parameters.AddWithValue("stream", streamId);
            command.Parameters.AddWithValue("after", afterVersion);
            command.Parameters.AddWithValue("limit", maxCount);
            var events = new List<StoredEvent>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                events.Add(new StoredEvent(streamId, reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                    EventTimes.FromText(reader.GetString(3)), reader.GetString(4)));
            }
            return (IReadOnlyList<StoredEvent>)events;
        }, cancellationToken);

    public Task SaveSnapshotAsync(Snapshot snapshot, CancellationToken cancellationToken = default) =>
        GuardAsync("save a snapshot in", async ct =>
        {
            await using var command = dataSource.CreateCommand("""
                INSERT INTO snapshots (stream_id, schema, version, recorded_at, data) VALUES (@stream, @schema, @version, @at, @data)
                ON CONFLICT (stream_id, schema, version) DO UPDATE SET recorded_at = EXCLUDED.recorded_at, data = EXCLUDED.data
                """);
            command.Parameters.AddWithValue("stream", snapshot.StreamId);
            command.Parameters.AddWithValue("schema", snapshot.Schema);
            command.Parameters.AddWithValue("version", snapshot.Version);
            command.Parameters.AddWithValue("at", EventTimes.ToText(snapshot.RecordedAt));
            command.Parameters.AddWithValue("data", snapshot.Data);
            await command.ExecuteNonQueryAsync(ct);
            return true;
        }, cancellationToken);

    public Task<Snapshot?> LoadSnapshotAsync(string streamId, int schema, DateTimeOffset? atOrBefore = null, CancellationToken cancellationToken = default) =>
        GuardAsync("read a snapshot from", async ct =>
        {
            await using var command = dataSource.CreateCommand("""
                SELECT version, recorded_at, data FROM snapshots
                WHERE stream_id = @stream AND schema = @schema AND (@until::text IS NULL OR recorded_at <= @until::text)
                ORDER BY version DESC LIMIT 1
                """);
            command.Parameters.AddWithValue("stream", streamId);
            command.Parameters.AddWithValue("schema", schema);
            command.Parameters.Add(new NpgsqlParameter("until", NpgsqlDbType.Text) { Value = atOrBefore is { } u ? EventTimes.ToText(u) : DBNull.Value });
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct)
                ? new Snapshot(streamId, reader.GetInt64(0), EventTimes.FromText(reader.GetString(1)), schema, reader.GetString(2))
                : null;
        }, cancellationToken);

    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        GuardAsync("reach", async ct =>
        {
            await using var command = dataSource.CreateCommand("SELECT COUNT(*) FROM (SELECT 1 FROM events LIMIT 1) AS one");
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 0;
        }, cancellationToken);

    public Task CheckHealthAsync(CancellationToken cancellationToken = default) => IsEmptyAsync(cancellationToken);

    private static async Task InsertAsync(NpgsqlConnection connection, string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(InsertSql, connection);
        command.Parameters.AddWithValue("stream", streamId);
        command.Parameters.AddWithValue("expected", expectedVersion);
        command.Parameters.AddWithValue("types", events.Select(e => e.Type).ToArray());
        command.Parameters.AddWithValue("datas", events.Select(e => e.Data).ToArray());
        command.Parameters.AddWithValue("times", events.Select(e => EventTimes.ToText(e.RecordedAt)).ToArray());
        command.Parameters.AddWithValue("actors", events.Select(e => e.Actor).ToArray());
        int inserted;
        try
        {
            inserted = await command.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new ConcurrencyConflictException(streamId, expectedVersion);
        }
        if (inserted != events.Count)
            throw new ConcurrencyConflictException(streamId, expectedVersion);
    }

    private static async Task<AppendOutcome> OutcomeAsync(
        NpgsqlConnection connection, string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT type, data, recorded_at, actor FROM events WHERE stream_id = @stream AND version > @expected ORDER BY version LIMIT @n
            """, connection);
        command.Parameters.AddWithValue("stream", streamId);
        command.Parameters.AddWithValue("expected", expectedVersion);
        command.Parameters.AddWithValue("n", events.Count);
        var found = new List<NewEvent>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                found.Add(new NewEvent(reader.GetString(0), reader.GetString(1), EventTimes.FromText(reader.GetString(2)), reader.GetString(3)));
        }
        if (found.Count == 0)
            return AppendOutcome.NotCommitted;
        var ours = events.Select(e => e with { RecordedAt = EventTimes.FromText(EventTimes.ToText(e.RecordedAt)) });
        return found.SequenceEqual(ours) ? AppendOutcome.Committed : AppendOutcome.OtherWriter;
    }

    /// <summary>Runs <paramref name="work"/> through the pipeline; an unreachable database becomes <see cref="StorageUnavailableException"/>.</summary>
    private async Task<T> GuardAsync<T>(string what, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async ct => await work(ct), cancellationToken);
        }
        catch (Exception ex) when (PostgresResilience.IsUnavailable(ex) && !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Could not {What} the event store", what);
            throw new StorageUnavailableException("The database could not be reached; the change was not confirmed. Try again shortly.");
        }
    }

    private Task<bool> GuardAsync(string what, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        GuardAsync(what, async ct =>
        {
            await work(ct);
            return true;
        }, cancellationToken);

    private enum AppendOutcome
    {
        NotCommitted,
        Committed,
        OtherWriter,
    }
}
