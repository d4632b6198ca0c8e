using FunderPortal.Benchmarks.Measuring;

namespace FunderPortal.Benchmarks.Portfolio;

/// <summary>Timed reads of one portfolio query: how long, how large the answer, and the processor time they used.</summary>
internal sealed record MeasuredReads(Timings Timings, int Bytes, ProcessorTime Used)
{
    /// <summary>"median / p95 / max of N (first …)", then the processor time per read.</summary>
    public string Describe() => $"{Show.Spread(Timings)}; {Used.Per(Timings.RepeatMs.Count + 1)}";
}
