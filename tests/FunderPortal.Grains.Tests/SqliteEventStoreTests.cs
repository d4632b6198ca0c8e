using FunderPortal.EventStore;
using Microsoft.Extensions.Logging.Abstractions;

namespace FunderPortal.Grains.Tests;

public sealed class SqliteEventStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"funderportal-store-{Guid.NewGuid():n}");
    private SqliteEventStore _store = null!;

    private string DatabasePath => Path.Combine(_directory, "events.db");

    public Task InitializeAsync()
    {
        _store = new SqliteEventStore(DatabasePath, NullLogger<SqliteEventStore>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private static NewEvent Event(string data, DateTimeOffset at) => new("Noted", $$"""{"n":"{{data}}"}""", at, "alice");

    [Fact]
    public async Task AppendedEventsAreReadBackInOrderWithContiguousVersions()
    {
        await _store.AppendAsync("s/1", 0, [Event("a", T0), Event("b", T0)]);
        await _store.AppendAsync("s/1", 2, [Event("c", T0.AddMinutes(1))]);

        var events = await _store.ReadAsync("s/1", 0, 100);

        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Version));
        Assert.Equal("""{"n":"c"}""", events[2].Data);
        Assert.Equal(T0.AddMinutes(1), events[2].RecordedAt);
        Assert.Equal("alice", events[0].Actor);
    }

    [Fact]
    public async Task AStaleExpectedVersionIsAConflictAndStoresNothing()
    {
        await _store.AppendAsync("s/2", 0, [Event("a", T0)]);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _store.AppendAsync("s/2", 0, [Event("b", T0)]));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _store.AppendAsync("s/2", 5, [Event("b", T0)]));

        Assert.Single(await _store.ReadAsync("s/2", 0, 100));
    }

    [Fact]
    public async Task AConflictInOneAppendDoesNotRefuseOthersCommittedTogether()
    {
        await _store.AppendAsync("s/3", 0, [Event("a", T0)]);

        var appends = Enumerable.Range(0, 50)
            .Select(i => _store.AppendAsync($"s/3-{i}", 0, [Event("x", T0)]))
            .Append(_store.AppendAsync("s/3", 0, [Event("stale", T0)]))
            .ToList();
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Task.WhenAll(appends));

        Assert.Equal(50, appends.Count(t => t.IsCompletedSuccessfully));
        for (var i = 0; i < 50; i++)
            Assert.Single(await _store.ReadAsync($"s/3-{i}", 0, 10));
    }

    [Fact]
    public async Task ReadsArePagedByVersion()
    {
        await _store.AppendAsync("s/4", 0, [Event("a", T0), Event("b", T0.AddHours(1)), Event("c", T0.AddHours(2))]);

        Assert.Equal([1L, 2L], (await _store.ReadAsync("s/4", 0, 2)).Select(e => e.Version));
        Assert.Equal([3L], (await _store.ReadAsync("s/4", 2, 2)).Select(e => e.Version));
        Assert.Empty(await _store.ReadAsync("s/4", 3, 2));
    }

    [Fact]
    public async Task TheNewestSnapshotAtOrBeforeAnInstantIsLoaded()
    {
        await _store.SaveSnapshotAsync(new Snapshot("s/5", 100, T0, 1, "{}"));
        await _store.SaveSnapshotAsync(new Snapshot("s/5", 200, T0.AddDays(1), 1, "{}"));
        await _store.SaveSnapshotAsync(new Snapshot("s/5", 300, T0.AddDays(2), 2, "{}"));

        Assert.Equal(200, (await _store.LoadSnapshotAsync("s/5", 1))!.Version);
        Assert.Equal(100, (await _store.LoadSnapshotAsync("s/5", 1, T0.AddHours(23)))!.Version);
        Assert.Null(await _store.LoadSnapshotAsync("s/5", 1, T0.AddHours(-1)));
        Assert.Equal(300, (await _store.LoadSnapshotAsync("s/5", 2))!.Version);
    }

    [Fact]
    public async Task CommittedEventsAreThereForANewStoreOnTheSameFile()
    {
        await _store.AppendAsync("s/6", 0, [Event("a", T0)]);
        await _store.DisposeAsync();

        _store = new SqliteEventStore(DatabasePath, NullLogger<SqliteEventStore>.Instance);

        Assert.Single(await _store.ReadAsync("s/6", 0, 10));
        await _store.CheckHealthAsync();
    }
}
