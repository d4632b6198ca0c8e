using System.Text.RegularExpressions;
using FunderPortal.EventStore.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FunderPortal.Admin;

/// <summary>
/// Moves an embedded installation into a cluster: every event (same stream, version, type, data, time and actor),
/// every snapshot, every evidence file and the per-person keys with their index and erasure record (still wrapped: give
/// the cluster the embedded master key, <c>&lt;DataPath&gt;/keys/personal-data-master.key</c> in base64, as
/// <c>Portal__PersonalData__MasterKey</c>). Rows already there are kept (<c>ON CONFLICT DO NOTHING</c>), so an
/// interrupted copy can simply be run again. Run it with the embedded portal stopped and before the silos take writes.
/// </summary>
public static partial class SqliteToPostgres
{
    private const int Batch = 1_000;

    public sealed record Copied(long Events, long Snapshots, long Files, long Keys = 0);

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
        return new Copied(events, snapshots, files, await CopyPersonalKeysAsync(source, target));
    }

    /// <summary>Keys, the streams they were used in, and erasures; none in a database from before personal data was sealed.</summary>
    private static async Task<long> CopyPersonalKeysAsync(SqliteConnection source, NpgsqlDataSource target)
    {
        using (var exists = source.CreateCommand())
        {
            exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'personal_keys'";
            if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
                return 0;
        }
        static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
        var keys = await CopyRowsAsync(source, target,
            "SELECT key_id, person_id, purpose, period, material, created_at FROM personal_keys",
            "INSERT INTO personal_keys (key_id, person_id, purpose, period, material, created_at) SELECT * FROM unnest(@p0, @p1, @p2, @p3, @p4, @p5) ON CONFLICT DO NOTHING",
            r => [r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), (byte[])r.GetValue(4), Instant(r.GetString(5))]);
        await CopyRowsAsync(source, target,
            "SELECT person_id, stream_id FROM personal_streams",
            "INSERT INTO personal_streams (person_id, stream_id) SELECT * FROM unnest(@p0, @p1) ON CONFLICT DO NOTHING",
            r => [r.GetString(0), r.GetString(1)]);
        // The erasure record has no key of its own: copied only into a cluster that has none yet, so a re-run adds no duplicates.
        await using (var count = target.CreateCommand("SELECT count(*) FROM personal_erasures"))
        {
            if ((long)(await count.ExecuteScalarAsync())! == 0)
                await CopyRowsAsync(source, target,
                    "SELECT person_id, erased_at, erased_by, keys_destroyed FROM personal_erasures",
                    "INSERT INTO personal_erasures (person_id, erased_at, erased_by, keys_destroyed) SELECT * FROM unnest(@p0, @p1, @p2, @p3)",
                    r => [r.GetString(0), Instant(r.GetString(1)), r.GetString(2), r.GetInt32(3)]);
        }
        return keys;
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
                byte[] => values.Cast<byte[]>().ToArray(),
                DateTimeOffset => values.Cast<DateTimeOffset>().ToArray(),
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
