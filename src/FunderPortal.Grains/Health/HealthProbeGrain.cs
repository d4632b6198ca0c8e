using FunderPortal.Common;
using FunderPortal.EventStore;
using Orleans.Concurrency;

namespace FunderPortal.Health;

/// <summary>Stateless: runs on the silo that is asked, so each silo's health is its own.</summary>
[StatelessWorker]
public sealed class HealthProbeGrain(IEventStore store) : Grain, IHealthProbeGrain
{
    public Task CheckAsync() => store.CheckHealthAsync();
}
