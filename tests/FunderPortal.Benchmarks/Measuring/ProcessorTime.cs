using System.Diagnostics;

namespace FunderPortal.Benchmarks.Measuring;

/// <summary>Processor time used by the host and by this benchmark process (the client) while something ran.</summary>
internal sealed record ProcessorTime(TimeSpan Host, TimeSpan Client)
{
    public static async Task<(T Result, ProcessorTime Used)> MeasureAsync<T>(Func<TimeSpan> hostProcessorTime, Func<Task<T>> run)
    {
        var hostBefore = hostProcessorTime();
        var clientBefore = ClientNow();
        var result = await run();
        return (result, new ProcessorTime(hostProcessorTime() - hostBefore, ClientNow() - clientBefore));
    }

    /// <summary>"host 0.80 ms + client 0.40 ms" for each of <paramref name="count"/> operations.</summary>
    public string Per(long count) =>
        count == 0 ? "n/a" : $"host {Show.Ms(Host.TotalMilliseconds / count)} + client {Show.Ms(Client.TotalMilliseconds / count)}";

    private static TimeSpan ClientNow()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
