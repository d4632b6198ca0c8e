using FunderPortal.Benchmarks.Hosting;
using FunderPortal.Benchmarks.Http;
using FunderPortal.Benchmarks.Measuring;
using FunderPortal.Benchmarks.Reporting;

namespace FunderPortal.Benchmarks.History;

/// <summary>
/// Targets 1 to 3 on one charity with a long history: write it through HTTP to the real host, read it
/// asOf halfway back, then stop the host and time activation in-process and after a restart.
/// </summary>
internal static class HistoryScenario
{
    public const string Section = "history";
    private const string WarmUpOrgId = "GB-CHC-9000001";
    private const string OrgId = "GB-CHC-1000001";
    private const string FreshOrgId = "GB-CHC-1000002";
    private const long EarlyVersion = 150;

    public static async Task RunAsync(BenchmarkOptions options, ScratchFolder scratch, ResultTable table, CancellationToken cancellationToken)
    {
        Console.WriteLine($"== history: {Show.Count(options.Events)} events on one charity through HTTP, then activation and asOf");
        var warmUpFor = options.Pick(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1));
        var asOfRuns = options.Pick(21, 5);
        var settings = HostSettings.WithFreePorts(scratch.HostDll, scratch.Folder("history"));
        long version;
        string asOf, asOfEarly;
        await using (var host = await PortalHost.StartAsync(settings, cancellationToken))
        {
            table.Add(new Figure(Section, "host start: process start to /health 200", Show.Ms(host.StartedIn.TotalMilliseconds)));
            using var api = new PortalApi(settings.BaseAddress);
            await api.SignInAsync(cancellationToken);

            // Another charity first, so the compared first writes do not pay for compiling (and tiering up) the write path.
            var warmUp = await RungWriter.RegisterAsync(api, WarmUpOrgId, cancellationToken);
            var warmUpWrites = await GrowingHistoryWrites.WriteForAsync(warmUp, warmUpFor, cancellationToken);
            table.Add(new Figure(Section, "warm-up on another charity first", $"{Show.Count(warmUpWrites)} writes in {Show.Seconds(warmUpFor)}"));

            var writer = await RungWriter.RegisterAsync(api, OrgId, cancellationToken);
            var writes = await GrowingHistoryWrites.WriteAsync(writer, options.Events, cancellationToken);
            GrowingHistoryWrites.Report(Section, writes, table);

            var fresh = await RungWriter.RegisterAsync(api, FreshOrgId, cancellationToken);
            var (freshMs, longMs) = await GrowingHistoryWrites.InterleaveAsync(fresh, writer, GrowingHistoryWrites.Compared, cancellationToken);
            GrowingHistoryWrites.ReportControl(Section, freshMs, longMs, options.Events, table);

            version = await api.GetVersionAsync(OrgId, cancellationToken);
            table.Add(new Figure(Section, "events in the charity's stream", Show.Count(version)));

            asOf = await api.GetRecordedAtAsync(OrgId, version / 2, cancellationToken);
            asOfEarly = await api.GetRecordedAtAsync(OrgId, EarlyVersion, cancellationToken);
            var asOfReads = await Timings.MeasureAsync(asOfRuns, () => api.GetJourneyAsync(OrgId, asOf, cancellationToken));
            table.Add(new Figure(Section, $"asOf event {Show.Count(version / 2)} over HTTP: GET journey?asOf",
                Show.Median(asOfReads), $"median {ActivationGoal.Text}", ActivationGoal.IsMet(asOfReads.MedianMs)));
            var nowReads = await Timings.MeasureAsync(asOfRuns, () => api.GetJourneyAsync(OrgId, null, cancellationToken));
            table.Add(new Figure(Section, "for scale: GET journey now (warm grain)", Show.Median(nowReads)));

            await host.StopAsync();
        }

        var instants = new AsOfInstants(version / 2, asOf, EarlyVersion, asOfEarly);
        await InProcessReads.RunAsync(Section, settings.DatabaseFile, scratch.Folder("history-copy"), OrgId, version, instants,
            options.Pick(21, 5), options.Pick(4, 2), table, cancellationToken);
        await RestartedHostReads.RunAsync(Section, settings, WarmUpOrgId, OrgId, options.Pick(3, 1), options.Pick(20, 5), table, cancellationToken);
    }
}
