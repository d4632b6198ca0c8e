using FunderPortal.Benchmarks.Hosting;
using FunderPortal.Benchmarks.Measuring;
using FunderPortal.Benchmarks.Reporting;
using FunderPortal.Rounds;

namespace FunderPortal.Benchmarks.Rounds;

/// <summary>
/// Issue 5's grant round at scale: 1,000 applications, 25 panellists, 5 criteria (125,000 scores). Everything goes
/// through the real host over HTTP, so every score sheet is a round-grain call behind the API, as panellists make it;
/// then results are read, the host is stopped and the stored round is timed in-process and after a restart.
/// </summary>
internal static class RoundScenario
{
    public const string Section = "rounds";
    public const double MaxResultsMs = 2_000;
    public const double MaxActivationMs = 2_000;
    public const double MaxSheetP99Ms = 200;
    /// <summary>Writes as the stream passes each 1,000th event may be no slower than this times all writes' median.</summary>
    public const double MaxSnapshotWriteRatio = 2;
    private const double StallMs = 300;
    private static readonly TimeSpan ScenarioWithin = TimeSpan.FromMinutes(10);

    public static async Task RunAsync(BenchmarkOptions options, ScratchFolder scratch, ResultTable table, CancellationToken cancellationToken)
    {
        var size = options.Pick(RoundSize.Full, RoundSize.Quick);
        var resultReads = options.Pick(11, 3);
        Console.WriteLine($"== rounds: {Show.Count(size.Applications)} applications x {size.Panellists} panellists x {BenchRound.Criteria} criteria "
            + $"({Show.Count(size.Scores)} scores) through HTTP, results, then activation");
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(ScenarioWithin);
        var settings = HostSettings.WithFreePorts(scratch.HostDll, scratch.Folder("rounds"));
        using var pool = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        string roundId;
        long version;
        DateTimeOffset scoringStarted;
        await using (var host = await PortalHost.StartAsync(settings, bounded.Token))
        {
            using var funder = await RoundApi.SignInAsync(pool, settings.BaseAddress, bounded.Token);
            using var round = await BenchRound.SetUpAsync(pool, settings.BaseAddress, funder, size, bounded.Token);
            roundId = round.RoundId;
            var before = await funder.GetVersionAsync(roundId, bounded.Token);
            table.Add(new Figure(Section, $"setup: {Show.Count(size.Applications)} charities register and apply, {size.Panellists} panellists join",
                $"{Show.Seconds(round.SetUpIn)}; round at event {Show.Count(before)}"));

            var (entry, used) = await ProcessorTime.MeasureAsync(() => host.ProcessorTime, () => ScoreEntry.RunAsync(round, bounded.Token));
            version = await funder.GetVersionAsync(roundId, bounded.Token);
            if (version != before + entry.Sheets)
                throw new InvalidOperationException($"{Show.Count(entry.Sheets)} sheets took the round from event {before} to {version}, not one event each.");
            scoringStarted = entry.StartedUtc;
            ReportScoring(round, entry, used, before, table);

            await funder.MoveToAsync(roundId, "Deliberation", bounded.Token);
            byte[] answer = [];
            var results = await Timings.MeasureAsync(resultReads, async () => answer = await funder.GetResultsAsync(roundId, bounded.Token));
            table.Add(new Figure(Section, $"GET results over HTTP (aggregate, rank, allocate, view; {Show.Count(answer.Length)} bytes)",
                Show.Median(results), $"median < {MaxResultsMs:0} ms", results.MedianMs < MaxResultsMs));
            version = await funder.GetVersionAsync(roundId, bounded.Token);
            // The grain deactivates on a graceful stop, and takes any snapshot still owed.
            await host.StopAsync();
        }

        await RoundInProcess.RunAsync(Section, settings.DatabaseFile, scratch.Folder("rounds-copy"), roundId, version, scoringStarted,
            size.Scores, options.Pick(11, 3), table, bounded.Token);
        await RestartedRound.RunAsync(Section, settings, pool, roundId, options.Pick(2, 1), options.Pick(10, 3), table, bounded.Token);
    }

    private static void ReportScoring(BenchRound round, ScoreEntry entry, ProcessorTime used, long versionBefore, ResultTable table)
    {
        table.Add(new Figure(Section, $"all {Show.Count(entry.Sheets)} sheets ({Show.Count(round.Scores)} scores), {round.Panel.Count} panellists at once",
            $"{Show.Seconds(entry.Elapsed)}, {Show.Rate(entry.Sheets / entry.Elapsed.TotalSeconds)} sheets"));
        table.Add(new Figure(Section, "per sheet (PUT scores/mine): p50 / p90 / p99 / max",
            $"{Show.Ms(entry.Percentile(50))} / {Show.Ms(entry.Percentile(90))} / {Show.Ms(entry.Percentile(99))} / {Show.Ms(entry.Percentile(100))}",
            $"p99 < {MaxSheetP99Ms:0} ms", entry.Percentile(99) < MaxSheetP99Ms));
        table.Add(new Figure(Section, "processor time per sheet", used.Per(entry.Sheets)));

        var near = entry.AroundMultiplesOf(RoundLimits.SnapshotEvery, versionBefore);
        var nearName = $"sheets as the stream passed each {Show.Count(RoundLimits.SnapshotEvery)}th event: median / max (of {near.Count})";
        if (near.Count == 0)
        {
            table.Add(new Figure(Section, nearName, "none: the stream passed no such event"));
        }
        else
        {
            var ratio = Samples.Median(near) / entry.Percentile(50);
            table.Add(new Figure(Section, nearName,
                $"{Show.Ms(Samples.Median(near))} / {Show.Ms(near.Max())}, {Show.Ratio(ratio)} x all sheets' median",
                $"< {MaxSnapshotWriteRatio:0} x median", ratio < MaxSnapshotWriteRatio));
        }
        var slowest = entry.Slowest(5).Select(s => $"{Show.Ms(s.Ms)} at {s.AtSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s");
        table.Add(new Figure(Section, "slowest 5 sheets, and when in the run", string.Join(", ", slowest)));
        var stalls = entry.StallsOver(StallMs);
        table.Add(new Figure(Section, $"when sheets over {StallMs:0} ms were acknowledged (s into the run)",
            stalls.Count == 0 ? "none" : string.Join(", ", stalls.Take(20).Select(s => s.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))
                + (stalls.Count > 20 ? $" and {stalls.Count - 20} more" : "")));
    }
}
