using FunderPortal.EventStore;

namespace FunderPortal.Grains.Tests;

public sealed class SqliteEventStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TemporaryStore _temp = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _temp.DisposeAsync();

    private SqliteEventStore Store => _temp.Store;

    private static NewEvent Event(string data, DateTimeOffset at) => new("Noted", $$"""{"n":"{{data}}"}""", at, "alice");

    [Fact]
    public async Task AppendedEventsAreReadBackInOrderWithContiguousVersions()
    {
        await Store.AppendAsync("s/1", 0, [Event("a", T0), Event("b", T0)]);
        await Store.AppendAsync("s/1", 2, [Event("c", T0.AddMinutes(1))]);

        var events = await Store.ReadAsync("s/1", 0, 100);

        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Version));
        Assert.Equal("""{"n":"c"}""", events[2].Data);
        Assert.Equal(T0.AddMinutes(1), events[2].RecordedAt);
        Assert.Equal("alice", events[0].Actor);
    }

    [Fact]
    public async Task AStaleExpectedVersionIsAConflictAndStoresNothing()
    {
        await Store.AppendAsync("s/2", 0, [Event("a", T0)]);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.AppendAsync("s/2", 0, [Event("b", T0)]));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.AppendAsync("s/2", 5, [Event("b", T0)]));

        Assert.Single(await Store.ReadAsync("s/2", 0, 100));
    }

    [Fact]
    public async Task AConflictInOneAppendDoesNotRefuseOthersCommittedTogether()
    {
        await Store.AppendAsync("s/3", 0, [Event("a", T0)]);

        var appends = Enumerable.Range(0, 50)
            .Select(i => Store.AppendAsync($"s/3-{i}", 0, [Event("x", T0)]))
            .Append(Store.AppendAsync("s/3", 0, [Event("stale", T0)]))
            .ToList();
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Task.WhenAll(appends));

        Assert.Equal(50, appends.Count(t => t.IsCompletedSuccessfully));
        for (var i = 0; i < 50; i++)
            Assert.Single(await Store.ReadAsync($"s/3-{i}", 0, 10));
    }

    [Fact]
    public async Task ReadsArePagedByVersion()
    {
        await Store.AppendAsync("s/4", 0, [Event("a", T0), Event("b", T0.AddHours(1)), Event("c", T0.AddHours(2))]);

        Assert.Equal([1L, 2L], (await Store.ReadAsync("s/4", 0, 2)).Select(e => e.Version));
        Assert.Equal([3L], (await Store.ReadAsync("s/4", 2, 2)).Select(e => e.Version));
        Assert.Empty(await Store.ReadAsync("s/4", 3, 2));
    }

    [Fact]
    public async Task TheNewestSnapshotAtOrBeforeAnInstantIsLoaded()
    {
        await Store.SaveSnapshotAsync(new Snapshot("s/5", 100, T0, 1, "{}"));
        await Store.SaveSnapshotAsync(new Snapshot("s/5", 200, T0.AddDays(1), 1, "{}"));
        await Store.SaveSnapshotAsync(new Snapshot("s/5", 300, T0.AddDays(2), 2, "{}"));

        Assert.Equal(200, (await Store.LoadSnapshotAsync("s/5", 1))!.Version);
        Assert.Equal(100, (await Store.LoadSnapshotAsync("s/5", 1, T0.AddHours(23)))!.Version);
        Assert.Null(await Store.LoadSnapshotAsync("s/5", 1, T0.AddHours(-1)));
        Assert.Equal(300, (await Store.LoadSnapshotAsync("s/5", 2))!.Version);
    }

    [Fact]
    public async Task CommittedEventsAreThereForANewStoreOnTheSameFile()
    {
        await Store.AppendAsync("s/6", 0, [Event("a", T0)]);
        await _temp.ReopenAsync();

        Assert.Single(await Store.ReadAsync("s/6", 0, 10));
        await Store.CheckHealthAsync();
    }
}
