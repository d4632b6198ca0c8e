using System.Globalization;
using System.Threading.Channels;
using FunderPortal.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace FunderPortal.EventStore;

/// <summary>
/// The embedded default's event store: one SQLite file in WAL mode with <c>synchronous=FULL</c>, so a
/// commit survives a crash or power loss. One writer connection takes appends from every grain through a
/// queue and commits whatever has queued up in one transaction (group commit), each append inside its
/// own savepoint so a concurrency conflict refuses only that append. Readers use pooled connections.
/// </summary>
public sealed class SqliteEventStore : IEventStore, IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly string _connectionString;
    private readonly ILogger<SqliteEventStore> _logger;
    private readonly Channel<WriteRequest> _queue = Channel.CreateUnbounded<WriteRequest>(new() { SingleReader = true });
    private readonly SqliteConnection _writer;
    private readonly SqliteCommand _currentVersion;
    private readonly SqliteCommand _insertEvent;
    private readonly SqliteCommand _insertSnapshot;
    private readonly Task _writeLoop;

    public SqliteEventStore(string databasePath, ILogger<SqliteEventStore> logger)
    {
        _logger = logger;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        _writer = new SqliteConnection(_connectionString);
        _writer.Open();
        Execute(_writer, DurabilityPragmas);
        Execute(_writer, """
            CREATE TABLE IF NOT EXISTS events (
                stream_id   TEXT    NOT NULL,
                version     INTEGER NOT NULL,
                type        TEXT    NOT NULL,
                data        TEXT    NOT NULL,
                recorded_at TEXT    NOT NULL,
                actor       TEXT    NOT NULL,
                PRIMARY KEY (stream_id, version));
            CREATE TABLE IF NOT EXISTS snapshots (
                stream_id   TEXT    NOT NULL,
                schema      INTEGER NOT NULL,
                version     INTEGER NOT NULL,
                recorded_at TEXT    NOT NULL,
                data        TEXT    NOT NULL,
                PRIMARY KEY (stream_id, schema, version));
            """);

        _currentVersion = Prepare("SELECT COALESCE(MAX(version), 0) FROM events WHERE stream_id = $s", "$s");
        _insertEvent = Prepare(
            "INSERT INTO events (stream_id, version, type, data, recorded_at, actor) VALUES ($s, $v, $t, $d, $r, $a)",
            "$s", "$v", "$t", "$d", "$r", "$a");
        _insertSnapshot = Prepare(
            "INSERT OR REPLACE INTO snapshots (stream_id, schema, version, recorded_at, data) VALUES ($s, $c, $v, $r, $d)",
            "$s", "$c", "$v", "$r", "$d");
        _writeLoop = Task.Run(WriteLoopAsync);
    }

    /// <summary>The store's commit settings; the write benchmark measures raw SQLite with the same ones.</summary>
    public const string DurabilityPragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;";

    public Task AppendAsync(string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0)
            return Task.CompletedTask;
        var request = new AppendRequest(streamId, expectedVersion, events);
        return Enqueue(request);
    }

    public Task SaveSnapshotAsync(Snapshot snapshot, CancellationToken cancellationToken = default) =>
        Enqueue(new SnapshotRequest(snapshot));

    public async Task<IReadOnlyList<StoredEvent>> ReadAsync(string streamId, long afterVersion, int maxCount,
        CancellationToken cancellationToken = default)
    {
        return await ReadWithAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT version, type, data, recorded_at, actor FROM events
                WHERE stream_id = $s AND version > $v
                ORDER BY version LIMIT $n
                """;
            command.Parameters.AddWithValue("$s", streamId);
            command.Parameters.AddWithValue("$v", afterVersion);
            command.Parameters.AddWithValue("$n", maxCount);
            var events = new List<StoredEvent>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                events.Add(new StoredEvent(streamId, reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                    ParseTime(reader.GetString(3)), reader.GetString(4)));
            }
            return events;
        }, cancellationToken);
    }

    public async Task<Snapshot?> LoadSnapshotAsync(string streamId, int schema, DateTimeOffset? atOrBefore = null,
        CancellationToken cancellationToken = default)
    {
        return await ReadWithAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT version, recorded_at, data FROM snapshots
                WHERE stream_id = $s AND schema = $c AND ($u IS NULL OR recorded_at <= $u)
                ORDER BY version DESC LIMIT 1
                """;
            command.Parameters.AddWithValue("$s", streamId);
            command.Parameters.AddWithValue("$c", schema);
            command.Parameters.AddWithValue("$u", atOrBefore is { } u ? FormatTime(u) : DBNull.Value);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                ? new Snapshot(streamId, reader.GetInt64(0), ParseTime(reader.GetString(1)), schema, reader.GetString(2))
                : null;
        }, cancellationToken);
    }

    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        ReadWithAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM (SELECT 1 FROM events LIMIT 1)";
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0;
        }, cancellationToken);

    public async Task CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        if (_writeLoop.IsCompleted)
            throw new StorageUnavailableException("The event store's writer has stopped.");
        await IsEmptyAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writeLoop;
        _currentVersion.Dispose();
        _insertEvent.Dispose();
        _insertSnapshot.Dispose();
        await _writer.DisposeAsync();
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
    }

    private Task Enqueue(WriteRequest request) =>
        _queue.Writer.TryWrite(request)
            ? request.Completion.Task
            : Task.FromException(new StorageUnavailableException("The event store is shutting down."));

    private async Task WriteLoopAsync()
    {
        var batch = new List<WriteRequest>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var request))
                batch.Add(request);
            CommitBatch(batch);
        }
    }

    private void CommitBatch(List<WriteRequest> batch)
    {
        var refused = new Dictionary<WriteRequest, Exception>();
        try
        {
            using var transaction = _writer.BeginTransaction();
            foreach (var request in batch)
            {
                transaction.Save("one");
                try
                {
                    Write(request, transaction);
                    transaction.Release("one");
                }
                catch (ConcurrencyConflictException conflict)
                {
                    transaction.Rollback("one");
                    refused[request] = conflict;
                }
            }
            transaction.Commit();
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException or IOException)
        {
            _logger.LogError(ex, "Committing {Count} writes to the event store failed", batch.Count);
            foreach (var request in batch)
                request.Completion.TrySetException(new StorageUnavailableException("Storage did not confirm the write; nothing was saved."));
            return;
        }

        foreach (var request in batch)
        {
            if (refused.TryGetValue(request, out var reason))
                request.Completion.TrySetException(reason);
            else
                request.Completion.TrySetResult();
        }
    }

    private void Write(WriteRequest request, SqliteTransaction transaction)
    {
        switch (request)
        {
            case AppendRequest append:
                _currentVersion.Transaction = transaction;
                _currentVersion.Parameters[0].Value = append.StreamId;
                var current = (long)_currentVersion.ExecuteScalar()!;
                if (current != append.ExpectedVersion)
                    throw new ConcurrencyConflictException(append.StreamId, append.ExpectedVersion);
                _insertEvent.Transaction = transaction;
                var version = current;
                foreach (var e in append.Events)
                {
                    var p = _insertEvent.Parameters;
                    p[0].Value = append.StreamId;
                    p[1].Value = ++version;
                    p[2].Value = e.Type;
                    p[3].Value = e.Data;
                    p[4].Value = FormatTime(e.RecordedAt);
                    p[5].Value = e.Actor;
                    _insertEvent.ExecuteNonQuery();
                }
                break;
            case SnapshotRequest { Snapshot: var s }:
                _insertSnapshot.Transaction = transaction;
                var q = _insertSnapshot.Parameters;
                q[0].Value = s.StreamId;
                q[1].Value = s.Schema;
                q[2].Value = s.Version;
                q[3].Value = FormatTime(s.RecordedAt);
                q[4].Value = s.Data;
                _insertSnapshot.ExecuteNonQuery();
                break;
        }
    }

    private async Task<T> ReadWithAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            return await read(connection);
        }
        catch (SqliteException ex)
        {
            _logger.LogError(ex, "Reading the event store failed");
            throw new StorageUnavailableException("Storage could not be read.");
        }
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _writer.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string FormatTime(DateTimeOffset value) => EventTimes.ToText(value);

    private static DateTimeOffset ParseTime(string value) => EventTimes.FromText(value);

    private abstract class WriteRequest
    {
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class AppendRequest(string streamId, long expectedVersion, IReadOnlyList<NewEvent> events) : WriteRequest
    {
        public string StreamId { get; } = streamId;
        public long ExpectedVersion { get; } = expectedVersion;
        public IReadOnlyList<NewEvent> Events { get; } = events;
    }

    private sealed class SnapshotRequest(Snapshot snapshot) : WriteRequest
    {
        public Snapshot Snapshot { get; } = snapshot;
    }
}
