using FunderPortal.Common.Outbox;

namespace FunderPortal.Grains.Tests;

/// <summary>The embedded reminder table: the outbox's backstop, kept in the SQLite file across restarts.</summary>
public sealed class SqliteReminderTableTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"funderportal-reminders-{Guid.NewGuid():n}", "events.db");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    private static ReminderEntry Entry(string key, int minutes = 1) => new()
    {
        GrainId = GrainId.Create("charity", key),
        ReminderName = Outbox.ReminderName,
        StartAt = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc),
        Period = TimeSpan.FromMinutes(minutes),
    };

    [Fact]
    public async Task AReminderIsKeptAcrossAReopenFoundByGrainAndRangeAndRemovedOnlyWithItsETag()
    {
        var entry = Entry("GB-CHC-1000001");
        var table = new SqliteReminderTable(_path);
        await table.Init();
        var first = await table.UpsertRow(entry);
        var etag = await table.UpsertRow(Entry("GB-CHC-1000001", minutes: 2));
        Assert.NotEqual(first, etag);

        var reopened = new SqliteReminderTable(_path);
        await reopened.Init();
        var row = await reopened.ReadRow(entry.GrainId, Outbox.ReminderName);
        Assert.NotNull(row);
        Assert.Equal(entry.GrainId, row.GrainId);
        Assert.Equal(entry.StartAt, row.StartAt);
        Assert.Equal(TimeSpan.FromMinutes(2), row.Period);
        Assert.Equal(etag, row.ETag);
        Assert.Single((await reopened.ReadRows(entry.GrainId)).Reminders);
        var hash = entry.GrainId.GetUniformHashCode();
        Assert.Single((await reopened.ReadRows(hash - 1, hash)).Reminders);
        Assert.Empty((await reopened.ReadRows(hash, hash == uint.MaxValue ? 0 : hash + 1)).Reminders);
        Assert.Single((await reopened.ReadRows(0, 0)).Reminders); // the whole ring

        Assert.False(await reopened.RemoveRow(entry.GrainId, Outbox.ReminderName, first!));
        Assert.True(await reopened.RemoveRow(entry.GrainId, Outbox.ReminderName, etag!));
        Assert.Null(await reopened.ReadRow(entry.GrainId, Outbox.ReminderName));
    }
}
