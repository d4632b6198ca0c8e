using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace FunderPortal.Common;

/// <summary>
/// Grain references made once per key and reused. Orleans' <c>GetGrain</c> reads the interface's attributes by reflection on
/// every call, which cost a small read as much as its JSON (docs/PERFORMANCE.md, "Reads"); a reference is immutable and
/// safe to share. Kept per grain factory (a test process may run several silos), at most <see cref="MaxKept"/> per
/// interface, past which the memory starts again empty.
/// </summary>
public static class GrainReferences
{
    public const int MaxKept = 100_000;

    public static TGrain Get<TGrain>(IGrainFactory grains, string key) where TGrain : IGrainWithStringKey
    {
        var kept = Kept<TGrain>.ByFactory.GetValue(grains, _ => new ConcurrentDictionary<string, TGrain>(StringComparer.Ordinal));
        if (kept.TryGetValue(key, out var grain))
            return grain;
        if (kept.Count >= MaxKept)
            kept.Clear();
        return kept.GetOrAdd(key, grains.GetGrain<TGrain>(key));
    }

    private static class Kept<TGrain>
    {
        public static readonly ConditionalWeakTable<IGrainFactory, ConcurrentDictionary<string, TGrain>> ByFactory = [];
    }
}
