using System.Diagnostics;

namespace FunderPortal.Benchmarks.Throughput;

/// <summary>
/// Workers running at once, each doing one operation after another (a closed loop: a new one only once the
/// last is answered) for a warm-up and then a measured window. An operation counts when its answer arrives
/// inside the window: true as succeeded, false as refused, null (no answer: connection error, timeout) as failed.
/// </summary>
internal static class ClosedLoopLoad
{
    public static async Task<LoadOutcome> RunAsync(
        int workers, Func<int, CancellationToken, Task<bool?>> operation, TimeSpan warmUp, TimeSpan measured, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var until = warmUp + measured;
        var each = await Task.WhenAll(Enumerable.Range(0, workers).Select(worker =>
            Task.Run(() => WorkUntilAsync(ct => operation(worker, ct), clock, warmUp, until, cancellationToken), cancellationToken)));
        return new LoadOutcome(
            each.Sum(o => o.Succeeded), each.Sum(o => o.Refused), each.Sum(o => o.Failed), measured,
            [.. each.SelectMany(o => o.LatencyMs)], each.Sum(o => o.SucceededInAll), each.Sum(o => o.NotSucceededInAll));
    }

    private static async Task<LoadOutcome> WorkUntilAsync(
        Func<CancellationToken, Task<bool?>> operation, Stopwatch clock, TimeSpan from, TimeSpan until, CancellationToken cancellationToken)
    {
        long succeeded = 0, refused = 0, failed = 0, succeededInAll = 0, notSucceededInAll = 0;
        var latency = new List<double>();
        while (clock.Elapsed < until)
        {
            var started = clock.Elapsed;
            var outcome = await operation(cancellationToken);
            var answered = clock.Elapsed;
            if (outcome == true)
                succeededInAll++;
            else
                notSucceededInAll++;
            if (answered < from || answered > until)
                continue;
            switch (outcome)
            {
                case true:
                    succeeded++;
                    latency.Add((answered - started).TotalMilliseconds);
                    break;
                case false:
                    refused++;
                    break;
                default:
                    failed++;
                    break;
            }
        }
        return new LoadOutcome(succeeded, refused, failed, until - from, latency, succeededInAll, notSucceededInAll);
    }
}
