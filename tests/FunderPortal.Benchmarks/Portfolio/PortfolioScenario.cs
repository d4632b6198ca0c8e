using FunderPortal.Benchmarks.Hosting;
using FunderPortal.Benchmarks.Http;
using FunderPortal.Benchmarks.Measuring;
using FunderPortal.Benchmarks.Reporting;
using FunderPortal.Testing;

namespace FunderPortal.Benchmarks.Portfolio;

/// <summary>
/// Target 5, a funder's portfolio is one grain call (and target 12, its insights, in <see cref="InsightsReads"/>): with 1,000 charities sharing with one funder, the median
/// <c>GET /api/v1/funders/{orgId}/portfolio</c> stays under 200 ms. The funder grain answers from the summaries
/// charities pushed to it, so the same read with 100 charities (measured first, then grown to 1,000) differs only
/// by the size of the answer, and a filtered read of 100 of the 1,000 costs about what the read of 100 does.
/// Each size is read right after its setup and again after a warm-up of reads; the warm reads decide, as the
/// other targets are decided on a warmed-up host.
/// </summary>
internal static class PortfolioScenario
{
    public const string Section = "portfolio";
    public const double MaxMedianMs = 200;
    private const string FunderOrgId = "GB-CHC-9000001";
    private const string FilteredQuery = $"?barrier={SharedCharities.BarrierKind}&sort=planGap";
    private static readonly TimeSpan ListedWithin = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ScenarioWithin = TimeSpan.FromMinutes(3);

    /// <summary>How many charities share first and in all, how many reads are timed, and how long reads warm the host up.</summary>
    private sealed record Sizes(int FirstCharities, int AllCharities, int Reads, int FilteredReads, TimeSpan WarmUp)
    {
        public static Sizes For(BenchmarkOptions options) => options.Pick(
            new Sizes(100, 1_000, 51, 21, TimeSpan.FromSeconds(10)),
            new Sizes(10, 50, 6, 4, TimeSpan.FromSeconds(1)));

        /// <summary>Charities with an open barrier of the filtered kind: one in <see cref="SharedCharities.BarrierEvery"/>.</summary>
        public int FilteredCount => ((AllCharities - 1) / SharedCharities.BarrierEvery) + 1;
    }

    public static async Task RunAsync(BenchmarkOptions options, ScratchFolder scratch, ResultTable table, CancellationToken cancellationToken)
    {
        var sizes = Sizes.For(options);
        var (firstCharities, allCharities) = (sizes.FirstCharities, sizes.AllCharities);
        Console.WriteLine($"== portfolio: {Show.Count(allCharities)} charities share with one funder, {SharedCharities.AtOnce} set up at a time; GET portfolio");
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(ScenarioWithin);
        var settings = HostSettings.WithFreePorts(scratch.HostDll, scratch.Folder("portfolio"));
        await using var host = await PortalHost.StartAsync(settings, bounded.Token);
        table.Add(new Figure(Section, "host start: process start to /health 200", Show.Ms(host.StartedIn.TotalMilliseconds)));
        using var api = new PortalApi(settings.BaseAddress);
        await api.SignInAsync(bounded.Token);
        await api.RegisterFunderAsync(FunderOrgId, "Bench Funder", bounded.Token);

        var few = await ShareAndReadAsync(api, host, 0, firstCharities, sizes, table, bounded.Token);
        var all = await ShareAndReadAsync(api, host, firstCharities, allCharities - firstCharities, sizes, table, bounded.Token);
        var filtered = await PortfolioReads.MeasureAsync(
            api, () => host.ProcessorTime, FunderOrgId, FilteredQuery, sizes.FilteredReads, sizes.FilteredCount, bounded.Token);
        var insights = await InsightsReads.MeasureAsync(api, FunderOrgId, sizes.Reads, allCharities, bounded.Token);
        await host.StopAsync();

        Report(few, sizes, table);
        Report(all, sizes, table);
        table.Add(new Figure(Section, $"warm median with {Show.Count(allCharities)} / with {Show.Count(firstCharities)} (right after setup)",
            $"{Show.Ratio(all.Warm.Timings.MedianMs / few.Warm.Timings.MedianMs)} ({Show.Ratio(all.RightAfterSetup.Timings.MedianMs / few.RightAfterSetup.Timings.MedianMs)})"));
        table.Add(new Figure(Section, $"answer size, {Show.Count(firstCharities)} / {Show.Count(allCharities)} charities",
            $"{Show.Bytes(few.Warm.Bytes)} / {Show.Bytes(all.Warm.Bytes)}"));
        table.Add(new Figure(Section, $"GET portfolio{FilteredQuery}, {Show.Count(sizes.FilteredCount)} of {Show.Count(allCharities)}",
            $"{filtered.Describe()}; {Show.Bytes(filtered.Bytes)}"));
        table.Add(new Figure(Section, $"GET portfolio/insights, {Show.Count(allCharities)} charities, {Show.Bytes(insights.Bytes)}: median / p95 / max",
            Show.Spread(insights.Timings), $"median < {InsightsReads.MaxMedianMs:0} ms", insights.Timings.MedianMs < InsightsReads.MaxMedianMs));
    }

    /// <summary>
    /// Shares <paramref name="count"/> more charities, waits until the portfolio lists them all, then times reads of
    /// it, reads it for <see cref="Sizes.WarmUp"/> and times reads again.
    /// </summary>
    private static async Task<ReadsAtSize> ShareAndReadAsync(
        PortalApi api, PortalProcess host, int first, int count, Sizes sizes, ResultTable table, CancellationToken cancellationToken)
    {
        var listed = first + count;
        var setUp = await SharedCharities.ShareAsync(api, FunderOrgId, first, count, cancellationToken);
        table.Add(new Figure(Section, $"setup: charities {Show.Count(first + 1)}-{Show.Count(listed)} shared ({SharedCharities.RequestsEach:0.0} requests each), charities/s",
            $"{Show.Rate(count / setUp.TotalSeconds)} ({Show.Seconds(setUp)})"));
        var caughtUp = await PortfolioReads.WaitUntilListedAsync(api, FunderOrgId, listed, ListedWithin, cancellationToken);
        table.Add(new Figure(Section, $"after the last share, until the portfolio lists all {Show.Count(listed)}", Show.Ms(caughtUp.TotalMilliseconds)));
        var rightAfterSetup = await PortfolioReads.MeasureAsync(api, () => host.ProcessorTime, FunderOrgId, "", sizes.Reads, listed, cancellationToken);
        var warmUpReads = await PortfolioReads.ReadForAsync(api, FunderOrgId, sizes.WarmUp, cancellationToken);
        var warm = await PortfolioReads.MeasureAsync(api, () => host.ProcessorTime, FunderOrgId, "", sizes.Reads, listed, cancellationToken);
        return new ReadsAtSize(listed, rightAfterSetup, warmUpReads, warm);
    }

    private static void Report(ReadsAtSize reads, Sizes sizes, ResultTable table)
    {
        var charities = Show.Count(reads.Charities);
        table.Add(new Figure(Section, $"GET portfolio, {charities} charities, right after setup: median / p95 / max", reads.RightAfterSetup.Describe()));
        var name = $"GET portfolio, {charities} charities, after {Show.Count(reads.WarmUpReads)} more reads ({Show.Seconds(sizes.WarmUp)}): median / p95 / max";
        table.Add(reads.Charities == sizes.AllCharities
            ? new Figure(Section, name, reads.Warm.Describe(), $"median < {MaxMedianMs:0} ms", reads.Warm.Timings.MedianMs < MaxMedianMs)
            : new Figure(Section, name, reads.Warm.Describe()));
    }
}
