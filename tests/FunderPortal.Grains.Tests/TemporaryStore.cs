using FunderPortal.EventStore;
using Microsoft.Extensions.Logging.Abstractions;

namespace FunderPortal.Grains.Tests;

/// <summary>A real SQLite event store in a folder of its own, deleted afterwards.</summary>
public sealed class TemporaryStore : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"funderportal-store-{Guid.NewGuid():n}");

    public TemporaryStore() => Store = Open();

    public SqliteEventStore Store { get; private set; }

    /// <summary>Closes the store and opens a new one on the same file, as a restarted process would.</summary>
    public async Task<SqliteEventStore> ReopenAsync()
    {
        await Store.DisposeAsync();
        Store = Open();
        return Store;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private SqliteEventStore Open() => new(Path.Combine(_directory, "events.db"), NullLogger<SqliteEventStore>.Instance);
}
