using System.Globalization;
using Microsoft.Data.Sqlite;

namespace FunderPortal.Common.Outbox;

/// <summary>
/// The embedded default's reminder table: a table in the same SQLite file as the events, so the outbox's backstop (a
/// reminder on each grain with notices not yet confirmed) survives a restart of the process. Cluster mode keeps
/// reminders in Redis instead.
/// </summary>
public sealed class SqliteReminderTable : IReminderTable
{
    private readonly string _connectionString;

    public SqliteReminderTable(string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public Task Init()
    {
        using var connection = Open();
        using var command = Command(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS reminders (
                grain_id     TEXT    NOT NULL,
                name         TEXT    NOT NULL,
                grain_hash   INTEGER NOT NULL,
                start_ticks  INTEGER NOT NULL,
                period_ticks INTEGER NOT NULL,
                etag         TEXT    NOT NULL,
                PRIMARY KEY (grain_id, name));
            CREATE INDEX IF NOT EXISTS reminders_hash ON reminders (grain_hash);
            """);
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public Task<ReminderTableData> ReadRows(GrainId grainId) =>
        Task.FromResult(Read("WHERE grain_id = $g", ("$g", grainId.ToString())));

    /// <summary>The grains whose hash is in (<paramref name="begin"/>, <paramref name="end"/>], the range wrapping past the top.</summary>
    public Task<ReminderTableData> ReadRows(uint begin, uint end) => Task.FromResult(begin < end
        ? Read("WHERE grain_hash > $b AND grain_hash <= $e", ("$b", (long)begin), ("$e", (long)end))
        : Read("WHERE grain_hash > $b OR grain_hash <= $e", ("$b", (long)begin), ("$e", (long)end)));

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) => Task.FromResult(
        Read("WHERE grain_id = $g AND name = $n", ("$g", grainId.ToString()), ("$n", reminderName)).Reminders.FirstOrDefault());

    public Task<string?> UpsertRow(ReminderEntry entry)
    {
        var etag = Guid.NewGuid().ToString("n");
        using var connection = Open();
        using var command = Command(connection, """
            INSERT INTO reminders VALUES ($g, $n, $h, $s, $p, $t)
            ON CONFLICT (grain_id, name) DO UPDATE SET start_ticks = $s, period_ticks = $p, etag = $t
            """,
            ("$g", entry.GrainId.ToString()), ("$n", entry.ReminderName), ("$h", (long)entry.GrainId.GetUniformHashCode()),
            ("$s", entry.StartAt.ToUniversalTime().Ticks), ("$p", entry.Period.Ticks), ("$t", etag));
        command.ExecuteNonQuery();
        return Task.FromResult<string?>(etag);
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        using var connection = Open();
        using var command = Command(connection, "DELETE FROM reminders WHERE grain_id = $g AND name = $n AND etag = $t",
            ("$g", grainId.ToString()), ("$n", reminderName), ("$t", eTag));
        return Task.FromResult(command.ExecuteNonQuery() > 0);
    }

    public Task TestOnlyClearTable()
    {
        using var connection = Open();
        using var command = Command(connection, "DELETE FROM reminders");
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    private ReminderTableData Read(string where, params (string Name, object Value)[] parameters)
    {
        using var connection = Open();
        using var command = Command(connection, $"SELECT grain_id, name, start_ticks, period_ticks, etag FROM reminders {where}", parameters);
        using var reader = command.ExecuteReader();
        List<ReminderEntry> entries = [];
        while (reader.Read())
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                ReminderName = reader.GetString(1),
                StartAt = new DateTime(reader.GetInt64(2), DateTimeKind.Utc),
                Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                ETag = reader.GetString(4),
            });
        }
        return new ReminderTableData(entries);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return command;
    }
}
