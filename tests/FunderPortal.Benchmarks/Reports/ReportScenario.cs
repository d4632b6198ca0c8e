using System.Diagnostics;
using System.Text.Json;
using FunderPortal.Benchmarks.Hosting;
using FunderPortal.Benchmarks.Http;
using FunderPortal.Benchmarks.Measuring;
using FunderPortal.Benchmarks.Reporting;

namespace FunderPortal.Benchmarks.Reports;

/// <summary>
/// A grant report over two years of a charity's history: <c>GET /api/v1/funders/{orgId}/grants/{grantId}/report</c> for
/// the grant's whole period (from its first day to today) answers in under 100 ms median. The history is written in
/// process (<see cref="TwoYearHistory"/>), the host then started on it; the first read pays for activating both grains,
/// the rest are warm. The charity's own route and a report of the second year alone (an asOf fold from a snapshot) are
/// measured beside it. Each answer is checked: 200, and every week's changes counted.
/// </summary>
internal static class ReportScenario
{
    public const string Section = "report";
    public const double MaxMedianMs = 100;
    private static readonly TimeSpan ScenarioWithin = TimeSpan.FromMinutes(3);

    /// <summary>Rounds of changes a week (each about 11 events) and how many reads are timed.</summary>
    private sealed record Sizes(int PerWeek, int Reads)
    {
        public static Sizes For(BenchmarkOptions options) => options.Pick(new Sizes(2, 51), new Sizes(1, 6));
    }

    public static async Task RunAsync(BenchmarkOptions options, ScratchFolder scratch, ResultTable table, CancellationToken cancellationToken)
    {
        var sizes = Sizes.For(options);
        Console.WriteLine($"== report: a charity with {TwoYearHistory.Weeks} weeks of history ({sizes.PerWeek} rounds of changes a week); GET its grant's report");
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(ScenarioWithin);
        var settings = HostSettings.WithFreePorts(scratch.HostDll, scratch.Folder("report"));

        var writing = Stopwatch.StartNew();
        var written = await TwoYearHistory.WriteAsync(settings.DatabaseFile, sizes.PerWeek, DateTimeOffset.UtcNow, bounded.Token);
        table.Add(new Figure(Section, "setup: two years of history written in-process, events", $"{Show.Count(written.CharityEvents)} ({Show.Seconds(writing.Elapsed)})"));

        await using var host = await PortalHost.StartAsync(settings, bounded.Token);
        using var api = new PortalApi(settings.BaseAddress);
        await api.SignInAsync(bounded.Token);
        var funderRoute = $"api/v1/funders/{TwoYearHistory.FunderOrgId}/grants/{written.GrantId}/report";
        var charityRoute = $"api/v1/charities/{TwoYearHistory.CharityOrgId}/grants/{TwoYearHistory.FunderOrgId}/{written.GrantId}/report";
        var secondYear = $"?from={written.Began.AddDays(7 * TwoYearHistory.Weeks / 2):yyyy-MM-dd}";
        var weeks = TwoYearHistory.Weeks * sizes.PerWeek;

        var whole = await MeasureAsync(api, funderRoute, sizes.Reads, weeks, bounded.Token);
        var theirs = await MeasureAsync(api, charityRoute, sizes.Reads, weeks, bounded.Token);
        var yearTwo = await MeasureAsync(api, funderRoute + secondYear, sizes.Reads, weeks / 2, bounded.Token);
        await host.StopAsync();

        table.Add(new Figure(Section, $"GET grant report (funder), two years, {Show.Bytes(whole.Bytes)}: median / p95 / max",
            Show.Spread(whole.Timings), $"median < {MaxMedianMs:0} ms", whole.Timings.MedianMs < MaxMedianMs));
        table.Add(new Figure(Section, "for scale: the same report on the charity's route", Show.Spread(theirs.Timings)));
        table.Add(new Figure(Section, "for scale: the second year alone (asOf fold from a snapshot)", Show.Spread(yearTwo.Timings)));
    }

    /// <summary>Timed reads; each answer must be 200 and count at least <paramref name="milestones"/> milestones met.</summary>
    private static async Task<(Timings Timings, int Bytes)> MeasureAsync(PortalApi api, string path, int runs, int milestones, CancellationToken cancellationToken)
    {
        var bytes = 0;
        var timings = await Timings.MeasureAsync(runs, async () =>
        {
            var body = await api.GetBytesAsync(path, cancellationToken);
            bytes = body.Length;
            using var report = JsonDocument.Parse(body);
            var met = report.RootElement.GetProperty("progress").GetProperty("milestonesMet").GetInt32();
            if (met < milestones)
                throw new InvalidOperationException($"GET {path} counted {met} milestones met, expected at least {milestones}.");
        });
        return (timings, bytes);
    }
}
