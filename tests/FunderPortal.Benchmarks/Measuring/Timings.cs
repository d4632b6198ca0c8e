using System.Diagnostics;

namespace FunderPortal.Benchmarks.Measuring;

/// <summary>Repeated timings of one operation: the first run (cold: JIT, caches) apart from the rest.</summary>
internal sealed record Timings(double FirstMs, IReadOnlyList<double> RepeatMs)
{
    public double MedianMs => Samples.Median(RepeatMs);

    public double P95Ms => Samples.Percentile(RepeatMs, 95);

    public double MaxMs => RepeatMs.Count == 0 ? double.NaN : RepeatMs.Max();

    public static async Task<Timings> MeasureAsync(int runs, Func<Task> operation)
    {
        var first = await TimeAsync(operation);
        var repeat = new List<double>(runs - 1);
        for (var i = 1; i < runs; i++)
            repeat.Add(await TimeAsync(operation));
        return new Timings(first, repeat);
    }

    public static async Task<double> TimeAsync(Func<Task> operation)
    {
        var start = Stopwatch.GetTimestamp();
        await operation();
        return Samples.MillisecondsSince(start);
    }
}
