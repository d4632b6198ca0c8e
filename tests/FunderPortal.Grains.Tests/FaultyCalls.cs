using System.Collections.Concurrent;

namespace FunderPortal.Grains.Tests;

/// <summary>
/// An incoming call filter on the test silo: a grain told to fail a method fails its next calls of it, before the grain
/// sees them, as an unreachable or crashing receiver would. It also counts the calls each grain is sent.
/// </summary>
public sealed class FaultyCalls : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<(string Key, string Method), int> Failing = new();
    private static readonly ConcurrentDictionary<(string Key, string Method), int> Made = new();

    /// <summary>The grain with <paramref name="key"/> fails its next <paramref name="times"/> calls of <paramref name="method"/>.</summary>
    public static void Fail(string key, string method, int times) => Failing[(key, method)] = times;

    /// <summary>How many failures are still to come.</summary>
    public static int Remaining(string key, string method) => Failing.GetValueOrDefault((key, method));

    /// <summary>How many calls of <paramref name="method"/> the grain with <paramref name="key"/> was sent, failed ones included.</summary>
    public static int Calls(string key, string method) => Made.GetValueOrDefault((key, method));

    public Task Invoke(IIncomingGrainCallContext context)
    {
        var call = (context.TargetId.Key.ToString(), context.InterfaceMethod?.Name ?? "");
        Made.AddOrUpdate(call, 1, (_, made) => made + 1);
        while (Failing.TryGetValue(call, out var left) && left > 0)
        {
            if (Failing.TryUpdate(call, left - 1, left))
                throw new InvalidOperationException($"{call.Item2} fails on purpose ({left - 1} more to come).");
        }
        return context.Invoke();
    }
}
