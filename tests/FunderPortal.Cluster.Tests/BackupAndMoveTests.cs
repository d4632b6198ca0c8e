using FunderPortal.Admin;
using FunderPortal.EventStore;
using FunderPortal.EventStore.Postgres;
using FunderPortal.PersonalData;
using FunderPortal.PersonalData.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FunderPortal.Cluster.Tests;

/// <summary>Backup and restore in both modes, and moving an embedded store into PostgreSQL (funderportal-admin's commands).</summary>
[Collection(ClusterCollection.Name)]
public sealed class BackupAndMoveTests(ClusterServices services) : IDisposable
{
    private static readonly DateTimeOffset T0 = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);
    private readonly string _folder = Directory.CreateTempSubdirectory("funderportal-backup-").FullName;

    private string DatabasePath => Path.Combine(_folder, "data", "funderportal.db");

    private string AttachmentsPath => Path.Combine(_folder, "data", "attachments");

    private static NewEvent Event(string data, DateTimeOffset at) => new("Noted", $$"""{"n":"{{data}}"}""", at, "alice");

    [Fact]
    public async Task AnEmbeddedBackupTakenWhileWritingRestoresExactlyTheBackedUpState()
    {
        var backup = Path.Combine(_folder, "backup", "portal.db");
        await using (var store = OpenSqlite())
        {
            await store.AppendAsync("s/1", 0, [Event("a", T0), Event("b", T0)]);
            SqliteBackup.Backup(DatabasePath, AttachmentsPath, backup); // online: the store is open
            await store.AppendAsync("s/1", 2, [Event("after the backup", T0)]);
            await store.AppendAsync("s/2", 0, [Event("another stream after the backup", T0)]);
        }

        SqliteBackup.Restore(backup, DatabasePath, AttachmentsPath);

        await using var restored = OpenSqlite();
        Assert.Equal(["""{"n":"a"}""", """{"n":"b"}"""], (await restored.ReadAsync("s/1", 0, 10)).Select(e => e.Data));
        Assert.Empty(await restored.ReadAsync("s/2", 0, 10));
    }

    [Fact]
    public async Task AClusterBackupRestoresExactlyTheBackedUpState()
    {
        var connectionString = services.Postgres.ConnectionString(await services.Postgres.CreateDatabaseAsync("backup"));
        var backup = Path.Combine(_folder, "portal.dump");
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            await PostgresSchema.EnsureCreatedAsync(dataSource);
            var store = new PostgresEventStore(dataSource, NullLogger<PostgresEventStore>.Instance);
            await store.AppendAsync("s/1", 0, [Event("a", T0), Event("b", T0)]);
            await PostgresBackup.DumpAsync(connectionString, backup);
            await store.AppendAsync("s/1", 2, [Event("after the backup", T0)]);
            await store.AppendAsync("s/2", 0, [Event("another stream after the backup", T0)]);
        }

        await PostgresBackup.RestoreAsync(connectionString, backup);

        await using var restoredSource = NpgsqlDataSource.Create(connectionString);
        var restored = new PostgresEventStore(restoredSource, NullLogger<PostgresEventStore>.Instance);
        var events = await restored.ReadAsync("s/1", 0, 10);
        Assert.Equal(["""{"n":"a"}""", """{"n":"b"}"""], events.Select(e => e.Data));
        Assert.All(events, e => Assert.Equal(T0, e.RecordedAt));
        Assert.Empty(await restored.ReadAsync("s/2", 0, 10));
    }

    [Fact]
    public async Task AnEmbeddedStoreCopiedIntoPostgresKeepsVersionsTimesSnapshotsAndFiles()
    {
        await using (var store = OpenSqlite())
        {
            await store.AppendAsync("charity/GB-CHC-1", 0, [Event("a", T0), Event("b", T0.AddDays(1))]);
            await store.AppendAsync("funder/GB-COH-2", 0, [Event("c", T0.AddDays(2))]);
            await store.SaveSnapshotAsync(new Snapshot("charity/GB-CHC-1", 2, T0.AddDays(1), 1, """{"version":2}"""));
        }
        var file = "%PDF-1.4 minutes"u8.ToArray();
        var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file));
        Directory.CreateDirectory(Path.Combine(AttachmentsPath, id[..2]));
        await File.WriteAllBytesAsync(Path.Combine(AttachmentsPath, id[..2], id), file);
        var connectionString = services.Postgres.ConnectionString(await services.Postgres.CreateDatabaseAsync("moved"));

        var copied = await SqliteToPostgres.CopyAsync(DatabasePath, AttachmentsPath, connectionString);
        var again = await SqliteToPostgres.CopyAsync(DatabasePath, AttachmentsPath, connectionString); // re-runnable

        Assert.Equal(new SqliteToPostgres.Copied(3, 1, 1), copied);
        Assert.Equal(copied, again);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var target = new PostgresEventStore(dataSource, NullLogger<PostgresEventStore>.Instance);
        await using (var source = OpenSqlite())
        {
            foreach (var stream in new[] { "charity/GB-CHC-1", "funder/GB-COH-2" })
                Assert.Equal(await source.ReadAsync(stream, 0, 10), await target.ReadAsync(stream, 0, 10));
        }
        Assert.Equal(2, (await target.LoadSnapshotAsync("charity/GB-CHC-1", 1))!.Version);
        await target.AppendAsync("charity/GB-CHC-1", 2, [Event("carries on in the cluster", T0.AddDays(3))]);
        var files = new FunderPortal.Attachments.PostgresAttachmentStore(dataSource, NullLogger<FunderPortal.Attachments.PostgresAttachmentStore>.Instance);
        await using var stored = await files.OpenReadAsync(id);
        using var bytes = new MemoryStream();
        await stored!.CopyToAsync(bytes);
        Assert.Equal(file, bytes.ToArray());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task PersonalKeysMoveIntoPostgresSoSealedTextStillOpensAndErasedStaysErased()
    {
        var clock = new TestClock(T0);
        var master = PersonalKeyWrapper.NewKey();
        PersonalDataProtector Protector(IPersonalKeyStore keys) => new(keys, new PersonalKeyWrapper(master),
            new RetentionSettings(), clock, NullLogger<PersonalDataProtector>.Instance);
        await using (OpenSqlite()) { } // the embedded file with its event tables
        var embedded = Protector(new SqlitePersonalKeyStore(DatabasePath));
        var kept = await embedded.SealAsync("Jo listened", "participant/GB-CHC-1/p-1", PersonalPurposes.AttestationComments, true, "charity/GB-CHC-1");
        var gone = await embedded.SealAsync("Sam's words", "participant/GB-CHC-1/p-2", PersonalPurposes.AttestationComments, true, "charity/GB-CHC-1");
        await embedded.EraseAsync("participant/GB-CHC-1/p-2", "admin");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var connectionString = services.Postgres.ConnectionString(await services.Postgres.CreateDatabaseAsync("moved-keys"));

        var copied = await SqliteToPostgres.CopyAsync(DatabasePath, AttachmentsPath, connectionString);
        await SqliteToPostgres.CopyAsync(DatabasePath, AttachmentsPath, connectionString); // re-runnable

        Assert.Equal(1, copied.Keys);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var keys = new PostgresPersonalKeyStore(dataSource, NullLogger<PostgresPersonalKeyStore>.Instance);
        var opener = await Protector(keys).OpenerAsync("charity/GB-CHC-1", [kept, gone]);
        Assert.Equal(("Jo listened", PersonalTextOpener.ErasedText), (opener.Open(kept), opener.Open(gone)));
        Assert.Equal(["charity/GB-CHC-1"], await keys.StreamsOfAsync("participant/GB-CHC-1/p-1"));
        Assert.Equal("admin", Assert.Single(await keys.ErasuresOfAsync("participant/GB-CHC-1/p-2")).ErasedBy);
    }

    private SqliteEventStore OpenSqlite() => new(DatabasePath, NullLogger<SqliteEventStore>.Instance);
}
