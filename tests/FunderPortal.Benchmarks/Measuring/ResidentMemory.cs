using System.Globalization;

namespace FunderPortal.Benchmarks.Measuring;

/// <summary>
/// A process's resident memory (VmRSS in <c>/proc/{pid}/status</c>, what the kernel holds for it), and its highest
/// value while something runs, sampled every few milliseconds.
/// </summary>
internal static class ResidentMemory
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(10);

    public static long BytesOf(int processId)
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        throw new InvalidOperationException($"No VmRSS for process {processId}.");
    }

    /// <summary>Runs <paramref name="operation"/>; returns its result and the highest resident memory seen meanwhile (and at its end).</summary>
    public static async Task<(T Result, long PeakBytes)> PeakWhileAsync<T>(int processId, Func<Task<T>> operation)
    {
        using var stop = new CancellationTokenSource();
        var peak = BytesOf(processId);
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, BytesOf(processId));
                await Task.Delay(SampleEvery, CancellationToken.None);
            }
        }, CancellationToken.None);
        try
        {
            return (await operation(), Math.Max(peak, BytesOf(processId)));
        }
        finally
        {
            await stop.CancelAsync();
            await sampler;
            peak = Math.Max(peak, BytesOf(processId));
        }
    }

    public static string Show(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
