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
    private static readonly ConcurrentDictionary<(string Key, string Method), int> Losing = new();

    /// <summary>
    /// The grain with <paramref name="key"/> does its next <paramref name="times"/> calls of <paramref name="method"/>, and
    /// their answers are lost on the way back: what a caller sees when the receiver's host goes down after the work was done.
    /// </summary>
    public static void LoseAnswers(string key, string method, int times) => Losing[(key, method)] = times;

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
        return Losing.TryGetValue(call, out var toLose) && toLose > 0 ? InvokeAndLoseAsync(context, call) : context.Invoke();
    }

    private static async Task InvokeAndLoseAsync(IIncomingGrainCallContext context, (string, string) call)
    {
        await context.Invoke();
        while (Losing.TryGetValue(call, out var left) && left > 0)
        {
            if (Losing.TryUpdate(call, left - 1, left))
                throw new InvalidOperationException($"The answer of {call.Item2} is lost on purpose ({left - 1} more to come).");
        }
    }
}
