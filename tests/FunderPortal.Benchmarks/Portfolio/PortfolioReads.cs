using System.Diagnostics;
using System.Text.Json;
using FunderPortal.Benchmarks.Http;
using FunderPortal.Benchmarks.Measuring;

namespace FunderPortal.Benchmarks.Portfolio;

/// <summary>A funder's portfolio read over HTTP: waiting until every pushed summary is in it, and timed reads.</summary>
internal static class PortfolioReads
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Polls <c>GET …/portfolio</c> until it lists <paramref name="expected"/> charities (pushes are not awaited by
    /// the charities, so they land after the shares were answered); returns how long that took.
    /// </summary>
    public static async Task<TimeSpan> WaitUntilListedAsync(
        PortalApi api, string funderOrgId, int expected, TimeSpan within, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        var listed = 0;
        while (waited.Elapsed < within)
        {
            listed = CountOf(await api.GetPortfolioAsync(funderOrgId, "", cancellationToken));
            if (listed == expected)
                return waited.Elapsed;
            if (listed > expected)
                throw new InvalidOperationException($"The portfolio lists {listed} charities; only {expected} share with the funder.");
            await Task.Delay(PollEvery, cancellationToken);
        }
        throw new TimeoutException($"The portfolio listed {listed} of {expected} charities after {Show.Seconds(within)}.");
    }

    /// <summary>Reads the whole portfolio one read after another for <paramref name="duration"/>; returns how many.</summary>
    public static async Task<int> ReadForAsync(PortalApi api, string funderOrgId, TimeSpan duration, CancellationToken cancellationToken)
    {
        var reads = 0;
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < duration; reads++)
            await api.GetPortfolioAsync(funderOrgId, "", cancellationToken);
        return reads;
    }

    /// <summary>
    /// <paramref name="runs"/> reads one after another, each timed from sending to having read the whole answer;
    /// each answer is checked to list <paramref name="expected"/> charities after its timing stopped (so the client's
    /// processor time includes parsing every answer).
    /// </summary>
    public static async Task<MeasuredReads> MeasureAsync(
        PortalApi api, Func<TimeSpan> hostProcessorTime, string funderOrgId, string query, int runs, int expected, CancellationToken cancellationToken)
    {
        var ((timings, bytes), used) = await ProcessorTime.MeasureAsync(hostProcessorTime,
            () => ReadAsync(api, funderOrgId, query, runs, expected, cancellationToken));
        return new MeasuredReads(timings, bytes, used);
    }

    private static async Task<(Timings Timings, int Bytes)> ReadAsync(
        PortalApi api, string funderOrgId, string query, int runs, int expected, CancellationToken cancellationToken)
    {
        var times = new List<double>(runs);
        var bytes = 0;
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var body = await api.GetPortfolioAsync(funderOrgId, query, cancellationToken);
            times.Add(Samples.MillisecondsSince(started));
            if (CountOf(body) != expected)
                throw new InvalidOperationException($"GET portfolio{query} listed {CountOf(body)} charities, expected {expected}.");
            bytes = body.Length;
        }
        return (new Timings(times[0], [.. times.Skip(1)]), bytes);
    }

    /// <summary>The answer's <c>count</c>, checked against the length of its <c>charities</c>.</summary>
    private static int CountOf(byte[] body)
    {
        using var portfolio = JsonDocument.Parse(body);
        var count = portfolio.RootElement.GetProperty("count").GetInt32();
        var listed = portfolio.RootElement.GetProperty("charities").GetArrayLength();
        return count == listed ? count : throw new InvalidOperationException($"The portfolio says count {count} but lists {listed} charities.");
    }
}
