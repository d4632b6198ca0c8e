using System.Diagnostics;
using FunderPortal.EventStore;
using Microsoft.Data.Sqlite;

namespace FunderPortal.Benchmarks.Throughput;

/// <summary>
/// What the disk allows: one connection committing one small row per transaction, with the store's own
/// settings (<see cref="SqliteEventStore.DurabilityPragmas"/>: WAL, <c>synchronous=FULL</c>), so every commit
/// waits for its fsync exactly as an acknowledged portal write does.
/// </summary>
internal static class RawSqliteCommits
{
    private const int WarmUpCommits = 100;
    private static readonly string Row = new('x', 160);

    /// <summary>Commits per second over <paramref name="duration"/>, in a new database file in <paramref name="folder"/>.</summary>
    public static double Measure(string folder, string fileName, TimeSpan duration)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, fileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, SqliteEventStore.DurabilityPragmas);
        Execute(connection, "CREATE TABLE rows (id INTEGER PRIMARY KEY, data TEXT NOT NULL)");

        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO rows (data) VALUES ($d)";
        insert.Parameters.AddWithValue("$d", Row);
        insert.Prepare();
        for (var i = 0; i < WarmUpCommits; i++)
            insert.ExecuteNonQuery();

        var commits = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            insert.ExecuteNonQuery(); // autocommit: one transaction, one WAL fsync
            commits++;
        }
        return commits / clock.Elapsed.TotalSeconds;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
