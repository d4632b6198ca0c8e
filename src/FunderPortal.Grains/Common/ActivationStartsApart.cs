using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Metadata;

namespace FunderPortal.Common;

/// <summary>
/// Every activation's own code starts in a work item of its own, never inside the runtime call that creates it.
/// </summary>
/// <remarks>
/// Orleans creates an activation under the activation's lock and runs its message loop from there until the loop first
/// waits (<c>ActivationData.Start</c>). Our SQLite store answers synchronously, so a grain's whole activation and its
/// first request ran under that lock, outgoing calls included; a call to another grain delivered in the same silo takes
/// the receiver's lock. Two grains activating at once and calling each other (a funder asking a charity for a report while
/// the charity, activating, posts its owed notices to the funder) each held their own lock and waited for the other's: a
/// deadlock of two threads, found by the report benchmark under load. One yield before the grain's lifecycle starts lets
/// the runtime release the lock first; it costs one scheduling per activation.
/// </remarks>
public sealed class ActivationStartsApart : IConfigureGrainContextProvider, IConfigureGrainContext
{
    /// <summary>Every grain type but stateless workers (see <see cref="HasLifecycle"/>).</summary>
    public bool TryGetConfigurator(GrainType grainType, GrainProperties properties, [NotNullWhen(true)] out IConfigureGrainContext? configurator)
    {
        configurator = HasLifecycle(properties) ? this : null;
        return configurator is not null;
    }

    /// <summary>False for a stateless worker, whose shared context has no lifecycle (its workers are not configured apart).</summary>
    public static bool HasLifecycle(GrainProperties properties) =>
        !(properties.Properties.TryGetValue(WellKnownGrainTypeProperties.PlacementStrategy, out var placement)
            && placement == "StatelessWorkerPlacement"); // the strategy's type name, as Orleans writes it

    public void Configure(IGrainContext context) =>
        context.ObservableLifecycle.Subscribe(nameof(ActivationStartsApart), GrainLifecycleStage.First, YieldAsync);

    /// <summary>Continues on the activation's own scheduler, after the runtime has let go of its lock.</summary>
    private static async Task YieldAsync(CancellationToken cancellationToken) => await Task.Yield();
}

public static class ActivationStartsApartExtensions
{
    /// <summary>Every silo of the portal (the host's, the tests', the benchmarks'): see <see cref="ActivationStartsApart"/>.</summary>
    public static ISiloBuilder StartActivationsApart(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton<IConfigureGrainContextProvider, ActivationStartsApart>();
        return silo;
    }
}
