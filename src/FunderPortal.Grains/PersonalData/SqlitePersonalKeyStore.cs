using System.Globalization;
using FunderPortal.Common;
using Microsoft.Data.Sqlite;

namespace FunderPortal.PersonalData;

/// <summary>
/// The embedded default's key store: tables in the same SQLite file as the events. Deletes run with
/// <c>secure_delete</c> (freed pages are zeroed) and are followed by a WAL checkpoint that truncates the log, so a
/// destroyed key does not linger in the file.
/// </summary>
public sealed class SqlitePersonalKeyStore : IPersonalKeyStore
{
    private readonly string _connectionString;

    public SqlitePersonalKeyStore(string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS personal_keys (
                key_id     TEXT NOT NULL PRIMARY KEY,
                person_id  TEXT NOT NULL,
                purpose    TEXT NOT NULL,
                period     TEXT NOT NULL,
                material   BLOB NOT NULL,
                created_at TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS personal_keys_person ON personal_keys (person_id);
            CREATE INDEX IF NOT EXISTS personal_keys_period ON personal_keys (purpose, period);
            CREATE TABLE IF NOT EXISTS personal_streams (
                person_id TEXT NOT NULL,
                stream_id TEXT NOT NULL,
                PRIMARY KEY (person_id, stream_id));
            CREATE INDEX IF NOT EXISTS personal_streams_stream ON personal_streams (stream_id);
            CREATE TABLE IF NOT EXISTS personal_erasures (
                person_id      TEXT    NOT NULL,
                erased_at      TEXT    NOT NULL,
                erased_by      TEXT    NOT NULL,
                keys_destroyed INTEGER NOT NULL);
            """);
    }

    public Task<byte[]> GetOrAddAsync(PersonalKeyId key, byte[] material, string streamId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        GuardAsync(() =>
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction();
            Run(connection, transaction, "INSERT OR IGNORE INTO personal_keys VALUES ($k, $p, $u, $d, $m, $t)",
                ("$k", key.ToString()), ("$p", key.Person), ("$u", key.Purpose), ("$d", key.Period), ("$m", material), ("$t", Text(now)));
            Run(connection, transaction, "INSERT OR IGNORE INTO personal_streams VALUES ($p, $s)", ("$p", key.Person), ("$s", streamId));
            using var select = Command(connection, transaction, "SELECT material FROM personal_keys WHERE key_id = $k", ("$k", key.ToString()));
            var stored = (byte[])select.ExecuteScalar()!;
            transaction.Commit();
            return stored;
        });

    public Task<byte[]?> FindAsync(string keyId, CancellationToken cancellationToken = default) =>
        GuardAsync(() =>
        {
            using var connection = Open();
            using var select = Command(connection, null, "SELECT material FROM personal_keys WHERE key_id = $k", ("$k", keyId));
            return select.ExecuteScalar() as byte[];
        });

    public Task<IReadOnlyList<string>> StreamsOfAsync(string personId, CancellationToken cancellationToken = default) =>
        ListAsync("SELECT stream_id FROM personal_streams WHERE person_id = $v ORDER BY stream_id", personId);

    public Task<IReadOnlyList<string>> PeopleInAsync(string streamId, CancellationToken cancellationToken = default) =>
        ListAsync("SELECT person_id FROM personal_streams WHERE stream_id = $v ORDER BY person_id", streamId);

    public Task<int> DestroyPersonAsync(string personId, string erasedBy, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        GuardAsync(() =>
        {
            using var connection = Open();
            Execute(connection, "PRAGMA secure_delete = ON;");
            int destroyed;
            using (var transaction = connection.BeginTransaction())
            {
                destroyed = Run(connection, transaction, "DELETE FROM personal_keys WHERE person_id = $p", ("$p", personId));
                Run(connection, transaction, "INSERT INTO personal_erasures VALUES ($p, $t, $b, $n)",
                    ("$p", personId), ("$t", Text(now)), ("$b", erasedBy), ("$n", destroyed));
                transaction.Commit();
            }
            Checkpoint(connection);
            return destroyed;
        });

    public Task<IReadOnlyList<PersonalErasure>> ErasuresOfAsync(string personId, CancellationToken cancellationToken = default) =>
        GuardAsync<IReadOnlyList<PersonalErasure>>(() =>
        {
            using var connection = Open();
            using var select = Command(connection, null,
                "SELECT erased_at, erased_by, keys_destroyed FROM personal_erasures WHERE person_id = $p ORDER BY erased_at", ("$p", personId));
            using var reader = select.ExecuteReader();
            var erasures = new List<PersonalErasure>();
            while (reader.Read())
                erasures.Add(new PersonalErasure(DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture), reader.GetString(1), reader.GetInt32(2)));
            return erasures;
        });

    public Task<int> DestroyBeforeAsync(string purpose, string firstKeptPeriod, CancellationToken cancellationToken = default) =>
        GuardAsync(() =>
        {
            using var connection = Open();
            Execute(connection, "PRAGMA secure_delete = ON;");
            var destroyed = Run(connection, null, "DELETE FROM personal_keys WHERE purpose = $u AND period <> $none AND period < $d",
                ("$u", purpose), ("$none", PersonalKeyId.NoPeriod), ("$d", firstKeptPeriod));
            if (destroyed > 0)
                Checkpoint(connection);
            return destroyed;
        });

    private Task<IReadOnlyList<string>> ListAsync(string sql, string value) =>
        GuardAsync<IReadOnlyList<string>>(() =>
        {
            using var connection = Open();
            using var select = Command(connection, null, sql, ("$v", value));
            using var reader = select.ExecuteReader();
            var values = new List<string>();
            while (reader.Read())
                values.Add(reader.GetString(0));
            return values;
        });

    /// <summary>Best effort: readers still on the log keep it; the next checkpoint overwrites it.</summary>
    private static void Checkpoint(SqliteConnection connection) => Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout = 5000;");
        return connection;
    }

    private static string Text(DateTimeOffset instant) => instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static Task<T> GuardAsync<T>(Func<T> work)
    {
        try
        {
            return Task.FromResult(work());
        }
        catch (SqliteException)
        {
            throw new StorageUnavailableException("Personal data keys could not be reached; nothing was changed. Try again shortly.");
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static int Run(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return command;
    }
}
