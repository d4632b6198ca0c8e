using FunderPortal.EventStore;
using FunderPortal.Web.Browser;

namespace FunderPortal.Api.Hosting;

/// <summary>The web portal's question "is anything stored yet?", answered by the event store every write goes through.</summary>
public sealed class EventStoreContents(IEventStore store) : IPortalContents
{
    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) => store.IsEmptyAsync(cancellationToken);
}
