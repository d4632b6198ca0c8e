namespace FunderPortal.Benchmarks.Throughput;

/// <summary>What concurrent workers achieved inside the measured window, and in all (warm-up included).</summary>
internal sealed record LoadOutcome(long Succeeded, long Refused, long Failed, TimeSpan Window, IReadOnlyList<double> LatencyMs, long SucceededInAll)
{
    public double SucceededPerSecond => Succeeded / Window.TotalSeconds;
}
