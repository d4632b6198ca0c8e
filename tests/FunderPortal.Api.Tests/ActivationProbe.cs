using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Orleans.Metadata;

namespace FunderPortal.Api.Tests;

/// <summary>
/// On a test silo, the last stage of every activation's lifecycle (just before the grain's own <c>OnActivateAsync</c>)
/// notes whether it runs inside the runtime's creation of the activation (<c>ActivationData.Start</c>, which holds the
/// activation's lock), per grain key.
/// </summary>
public sealed class ActivationProbe : IConfigureGrainContextProvider, IConfigureGrainContext
{
    private static readonly ConcurrentDictionary<string, (int Activations, int InsideStart)> Seen = new();

    /// <summary>How many activations of the grain with <paramref name="key"/> began, and how many of them inside <c>ActivationData.Start</c>.</summary>
    public static (int Activations, int InsideStart) Of(string key) => Seen.GetValueOrDefault(key);

    public bool TryGetConfigurator(GrainType grainType, GrainProperties properties, [NotNullWhen(true)] out IConfigureGrainContext? configurator)
    {
        configurator = FunderPortal.Common.ActivationStartsApart.HasLifecycle(properties) ? this : null;
        return configurator is not null;
    }

    public void Configure(IGrainContext context) =>
        context.ObservableLifecycle.Subscribe(nameof(ActivationProbe), GrainLifecycleStage.Last, _ =>
        {
            var inside = new StackTrace().GetFrames().Any(f => f.GetMethod() is { Name: "Start", DeclaringType.FullName: "Orleans.Runtime.ActivationData" });
            Seen.AddOrUpdate(context.GrainId.Key.ToString()!, (1, inside ? 1 : 0), (_, seen) => (seen.Activations + 1, seen.InsideStart + (inside ? 1 : 0)));
            return Task.CompletedTask;
        });
}
