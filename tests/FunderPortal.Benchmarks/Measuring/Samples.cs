using System.Diagnostics;

namespace FunderPortal.Benchmarks.Measuring;

/// <summary>Order statistics of timings in milliseconds.</summary>
internal static class Samples
{
    public static double Median(IEnumerable<double> values) => Percentile(values, 50);

    /// <summary>Linear interpolation between the two nearest ranks.</summary>
    public static double Percentile(IEnumerable<double> values, double percent)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return double.NaN;
        var rank = percent / 100 * (sorted.Length - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (rank - below));
    }

    public static double MillisecondsSince(long startTimestamp) => Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
}
