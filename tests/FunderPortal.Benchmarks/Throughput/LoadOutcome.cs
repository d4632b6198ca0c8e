namespace FunderPortal.Benchmarks.Throughput;

/// <summary>
/// What concurrent workers achieved inside the measured window, and in all (warm-up included): operations that succeeded,
/// and those that did not (refused or not answered).
/// </summary>
internal sealed record LoadOutcome(
    long Succeeded, long Refused, long Failed, TimeSpan Window, IReadOnlyList<double> LatencyMs, long SucceededInAll, long NotSucceededInAll)
{
    public double SucceededPerSecond => Succeeded / Window.TotalSeconds;
}
