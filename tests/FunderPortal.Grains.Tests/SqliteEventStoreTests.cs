using FunderPortal.EventStore;

namespace FunderPortal.Grains.Tests;

/// <summary>The embedded SQLite store keeps the event store contract (<see cref="EventStoreContract"/>), in a file of its own.</summary>
public sealed class SqliteEventStoreTests : EventStoreContract
{
    private TemporaryStore? _temp;

    protected override Task<IEventStore> OpenAsync()
    {
        _temp = new TemporaryStore();
        return Task.FromResult<IEventStore>(_temp.Store);
    }

    protected override async Task<IEventStore> ReopenAsync() => await _temp!.ReopenAsync();

    protected override async Task CloseAsync()
    {
        if (_temp is not null)
            await _temp.DisposeAsync();
    }
}
