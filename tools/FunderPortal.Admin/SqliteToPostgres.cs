using System.Text.RegularExpressions;
using FunderPortal.EventStore.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FunderPortal.Admin;

/// <summary>
/// Moves an embedded installation into a cluster: every event (same stream, version, type, data, time and actor),
/// every snapshot and every evidence file. Rows already there are kept (<c>ON CONFLICT DO NOTHING</c>), so an
/// interrupted copy can simply be run again. Run it with the embedded portal stopped and before the silos take writes.
/// </summary>
public static partial class SqliteToPostgres
{
    private const int Batch = 1_000;

    public sealed record Copied(long Events, long Snapshots, long Files);

    public static async Task<Copied> CopyAsync(string sqlitePath, string attachmentsPath, string connectionString)
    {
        await using var target = NpgsqlDataSource.Create(connectionString);
        await PostgresSchema.EnsureCreatedAsync(target);
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = sqlitePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        source.Open();

        var events = await CopyRowsAsync(source, target,
            "SELECT stream_id, version, type, data, recorded_at, actor FROM events ORDER BY stream_id, version",
            "INSERT INTO events (stream_id, version, type, data, recorded_at, actor) SELECT * FROM unnest(@p0, @p1, @p2, @p3, @p4, @p5) ON CONFLICT DO NOTHING",
            r => [r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)]);
        var snapshots = await CopyRowsAsync(source, target,
            "SELECT stream_id, schema, version, recorded_at, data FROM snapshots",
            "INSERT INTO snapshots (stream_id, schema, version, recorded_at, data) SELECT * FROM unnest(@p0, @p1, @p2, @p3, @p4) ON CONFLICT DO NOTHING",
            r => [r.GetString(0), r.GetInt32(1), r.GetInt64(2), r.GetString(3), r.GetString(4)]);
        var files = await CopyFilesAsync(attachmentsPath, target);
        return new Copied(events, snapshots, files);
    }

    private static async Task<long> CopyRowsAsync(SqliteConnection source, NpgsqlDataSource target, string select, string insert, Func<SqliteDataReader, object[]> read)
    {
        using var command = source.CreateCommand();
        command.CommandText = select;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>(Batch);
        long copied = 0;
        while (true)
        {
            var more = reader.Read();
            if (more)
                rows.Add(read(reader));
            if (rows.Count == Batch || (!more && rows.Count > 0))
            {
                await InsertAsync(target, insert, rows);
                copied += rows.Count;
                rows.Clear();
            }
            if (!more)
                return copied;
        }
    }

    /// <summary>One statement per batch: column arrays unnested into rows.</summary>
    private static async Task InsertAsync(NpgsqlDataSource target, string insert, List<object[]> rows)
    {
        await using var command = target.CreateCommand(insert);
        for (var column = 0; column < rows[0].Length; column++)
        {
            var values = rows.Select(r => r[column]).ToArray();
            object typed = values[0] switch
            {
                long => values.Cast<long>().ToArray(),
                int => values.Cast<int>().ToArray(),
                _ => values.Cast<string>().ToArray(),
            };
            command.Parameters.AddWithValue($"p{column}", typed);
        }
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CopyFilesAsync(string attachmentsPath, NpgsqlDataSource target)
    {
        if (!Directory.Exists(attachmentsPath))
            return 0;
        long copied = 0;
        foreach (var file in Directory.EnumerateFiles(attachmentsPath, "*", SearchOption.AllDirectories))
        {
            var id = Path.GetFileName(file);
            if (!ContentId().IsMatch(id))
                continue; // incoming/ temporaries
            var bytes = await File.ReadAllBytesAsync(file);
            await using var command = target.CreateCommand(
                "INSERT INTO attachments (id, size_bytes, content) VALUES (@id, @size, @content) ON CONFLICT (id) DO NOTHING");
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("size", (long)bytes.Length);
            command.Parameters.AddWithValue("content", bytes);
            await command.ExecuteNonQueryAsync();
            copied++;
        }
        return copied;
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex ContentId();
}
