using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.EventStore.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FunderPortal.Cluster.Tests;

/// <summary>
/// The PostgreSQL store keeps the event store contract (<see cref="EventStoreContract"/>, also run against the SQLite
/// store), each test on a database of its own; and an unreachable database is storage unavailable.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresEventStoreTests(ClusterServices services) : EventStoreContract
{
    private string _connectionString = "";
    private NpgsqlDataSource? _dataSource;

    protected override async Task<IEventStore> OpenAsync()
    {
        _connectionString = services.Postgres.ConnectionString(await services.Postgres.CreateDatabaseAsync("store"));
        _dataSource = NpgsqlDataSource.Create(_connectionString);
        // Twice at once, as two silos starting together would.
        await Task.WhenAll(PostgresSchema.EnsureCreatedAsync(_dataSource), PostgresSchema.EnsureCreatedAsync(_dataSource));
        return new PostgresEventStore(_dataSource, NullLogger<PostgresEventStore>.Instance);
    }

    /// <summary>A new data source (no pooled connection carries over) and store on the same database.</summary>
    protected override async Task<IEventStore> ReopenAsync()
    {
        await CloseAsync();
        _dataSource = NpgsqlDataSource.Create(_connectionString);
        return new PostgresEventStore(_dataSource, NullLogger<PostgresEventStore>.Instance);
    }

    protected override async Task CloseAsync()
    {
        if (_dataSource is not null)
            await _dataSource.DisposeAsync();
        _dataSource = null;
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
