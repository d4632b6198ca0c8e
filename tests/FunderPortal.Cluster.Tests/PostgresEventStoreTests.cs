using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.EventStore.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FunderPortal.Cluster.Tests;

/// <summary>The PostgreSQL store keeps the SQLite store's contract (mirrors SqliteEventStoreTests), on a database of its own.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresEventStoreTests(ClusterServices services) : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private NpgsqlDataSource _dataSource = null!;

    private PostgresEventStore Store { get; set; } = null!;

    public async Task InitializeAsync()
    {
        var database = await services.Postgres.CreateDatabaseAsync("store");
        _dataSource = NpgsqlDataSource.Create(services.Postgres.ConnectionString(database));
        // Twice at once, as two silos starting together would.
        await Task.WhenAll(PostgresSchema.EnsureCreatedAsync(_dataSource), PostgresSchema.EnsureCreatedAsync(_dataSource));
        Store = new PostgresEventStore(_dataSource, NullLogger<PostgresEventStore>.Instance);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    private static NewEvent Event(string data, DateTimeOffset at) => new("Noted", $$"""{"n":"{{data}}"}""", at, "alice");

    [Fact]
    public async Task AppendedEventsAreReadBackInOrderWithContiguousVersionsAndExactTimes()
    {
        var precise = T0.AddTicks(1_234_567);
        await Store.AppendAsync("s/1", 0, [Event("a", T0), Event("b", T0)]);
        await Store.AppendAsync("s/1", 2, [Event("c", precise)]);

        var events = await Store.ReadAsync("s/1", 0, 100);

        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Version));
        Assert.Equal("""{"n":"c"}""", events[2].Data);
        Assert.Equal(precise, events[2].RecordedAt);
        Assert.Equal("alice", events[0].Actor);
    }

    [Fact]
    public async Task AStaleOrFutureExpectedVersionIsAConflictAndStoresNothing()
    {
        await Store.AppendAsync("s/2", 0, [Event("a", T0)]);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.AppendAsync("s/2", 0, [Event("b", T0)]));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.AppendAsync("s/2", 5, [Event("b", T0)]));

        Assert.Single(await Store.ReadAsync("s/2", 0, 100));
    }

    [Fact]
    public async Task OfManyConcurrentAppendsAtOneVersionExactlyOneWins()
    {
        var appends = Enumerable.Range(0, 20).Select(i => Task.Run(() => Store.AppendAsync("s/3", 0, [Event($"{i}", T0), Event($"{i}", T0)]))).ToList();
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
        Assert.Equal([1L, 2L], (await Store.ReadAsync("s/3", 0, 10)).Select(e => e.Version));
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
    public async Task AnUnreachableDatabaseIsStorageUnavailableNotAnError()
    {
        var nobody = FreePorts.Take(1)[0];
        await using var dataSource = NpgsqlDataSource.Create($"Host=127.0.0.1;Port={nobody};Username=postgres;Database=none;Timeout=1");
        var store = new PostgresEventStore(dataSource, NullLogger<PostgresEventStore>.Instance);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.AppendAsync("s/6", 0, [Event("a", T0)]));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.ReadAsync("s/6", 0, 10));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.CheckHealthAsync());
    }
}
