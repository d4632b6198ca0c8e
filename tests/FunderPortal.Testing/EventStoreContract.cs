using FunderPortal.EventStore;

namespace FunderPortal.Testing;

/// <summary>
/// The contract of <see cref="IEventStore"/>, written once and run against every store: a test class per store derives
/// from this and supplies the store (SQLite in FunderPortal.Grains.Tests, PostgreSQL in FunderPortal.Cluster.Tests),
/// keeping only what is particular to its store. Every test starts on a new, empty store.
/// </summary>
public abstract class EventStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private IEventStore? _store;

    /// <summary>The store under test (a new one after <see cref="ReopenAsync"/>).</summary>
    protected IEventStore Store => _store ?? throw new InvalidOperationException("The store is not open.");

    /// <summary>Opens a new, empty store.</summary>
    protected abstract Task<IEventStore> OpenAsync();

    /// <summary>Closes the store and opens a new one on the same storage, as a restarted process would.</summary>
    protected abstract Task<IEventStore> ReopenAsync();

    /// <summary>Closes the store and removes what the test stored (also when opening failed half-way).</summary>
    protected abstract Task CloseAsync();

    public async Task InitializeAsync() => _store = await OpenAsync();

    public Task DisposeAsync() => CloseAsync();

    protected static NewEvent Event(string data, DateTimeOffset at) => new("Noted", $$"""{"n":"{{data}}"}""", at, "alice");

    [Theory]
    [InlineData(600_000_000L)] // a minute later
    [InlineData(1_234_567L)] // to the tick: 0.1234567 s later, finer than PostgreSQL's timestamps (the stores keep text)
    public async Task AppendedEventsAreReadBackInOrderWithContiguousVersionsAndExactTimes(long ticksAfterT0)
    {
        var later = T0.AddTicks(ticksAfterT0);
        await Store.AppendAsync("s/1", 0, [Event("a", T0), Event("b", T0)]);
        await Store.AppendAsync("s/1", 2, [Event("c", later)]);

        var events = await Store.ReadAsync("s/1", 0, 100);

        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Version));
        Assert.Equal("""{"n":"c"}""", events[2].Data);
        Assert.Equal(later, events[2].RecordedAt);
        Assert.Equal("alice", events[0].Actor);
    }

    [Fact]
    public async Task ANewStoreIsEmptyUntilItsFirstEventAndAfterAReopen()
    {
        Assert.True(await Store.IsEmptyAsync());
        await Store.AppendAsync("s/empty", 0, [Event("a", T0)]);
        Assert.False(await Store.IsEmptyAsync());
        _store = await ReopenAsync();
        Assert.False(await Store.IsEmptyAsync());
    }

    [Fact]
    public async Task AStaleOrFutureExpectedVersionIsAConflictAndStoresNothing()
    {
        await Store.AppendAsync("s/2", 0, [Event("a", T0)]);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.AppendAsync("s/2", 0, [Event("b", T0)]));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.AppendAsync("s/2", 5, [Event("b", T0)]));

        Assert.Single(await Store.ReadAsync("s/2", 0, 100));
    }

    /// <summary>The SQLite store commits queued appends together (group commit); no store may let one conflict refuse the others.</summary>
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
    public async Task OfManyConcurrentAppendsAtOneVersionExactlyOneWins()
    {
        var appends = Enumerable.Range(0, 20).Select(i => Task.Run(() => Store.AppendAsync("s/7", 0, [Event($"{i}", T0), Event($"{i}", T0)]))).ToList();
        try
        {
            await Task.WhenAll(appends);
        }
        catch (ConcurrencyConflictException)
        {
            // Expected for all but one.
        }

        Assert.Equal(1, appends.Count(t => t.IsCompletedSuccessfully));
        Assert.All(appends.Where(t => t.IsFaulted), t => Assert.IsType<ConcurrencyConflictException>(t.Exception!.InnerException));
        Assert.Equal([1L, 2L], (await Store.ReadAsync("s/7", 0, 10)).Select(e => e.Version));
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
        await Store.SaveSnapshotAsync(new Snapshot("s/5", 200, T0.AddDays(1), 1, "{}")); // saved again: idempotent
        await Store.SaveSnapshotAsync(new Snapshot("s/5", 300, T0.AddDays(2), 2, "{}"));

        Assert.Equal(200, (await Store.LoadSnapshotAsync("s/5", 1))!.Version);
        Assert.Equal(100, (await Store.LoadSnapshotAsync("s/5", 1, T0.AddHours(23)))!.Version);
        Assert.Null(await Store.LoadSnapshotAsync("s/5", 1, T0.AddHours(-1)));
        Assert.Equal(300, (await Store.LoadSnapshotAsync("s/5", 2))!.Version);
        await Store.CheckHealthAsync();
    }

    [Fact]
    public async Task CommittedEventsAreThereForANewStoreOnTheSameStorage()
    {
        await Store.AppendAsync("s/6", 0, [Event("a", T0)]);
        _store = await ReopenAsync();

        Assert.Single(await Store.ReadAsync("s/6", 0, 10));
        await Store.CheckHealthAsync();
    }
}
