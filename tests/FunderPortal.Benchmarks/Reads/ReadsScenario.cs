using System.Net;
using FunderPortal.Benchmarks.Hosting;
using FunderPortal.Benchmarks.Http;
using FunderPortal.Benchmarks.Measuring;
using FunderPortal.Benchmarks.Pages;
using FunderPortal.Benchmarks.Reporting;
using FunderPortal.EventStore;
using Microsoft.Data.Sqlite;

namespace FunderPortal.Benchmarks.Reads;

/// <summary>
/// Targets 20–23 (issue 23), reads at the speed of the wire. Against a bare ASP.NET Core app serving the same bytes
/// (<see cref="BareApp"/>), in the same run, under the same load (<see cref="WireLoad"/>, 32 connections): the journey
/// through the API with a bearer token (5 workstreams) at 0.6 of the bare rate or more, its p99 within 3 times the bare
/// p99; the journey page signed in by cookie at 0.4 or more; and a funder's logged read of the same journey costing at
/// most 1.5 times a member's unlogged one — with every funder read answered 2xx in the charity's access log. Portal and
/// bare windows alternate, so both see the same machine; only 2xx answers count, and any other fails the scenario.
/// </summary>
internal static class ReadsScenario
{
    public const string Section = "reads";
    public const double MinApiRatio = 0.6;
    public const double MaxApiP99Ratio = 3;
    public const double MinPageRatio = 0.4;
    public const double MaxLoggedCost = 1.5;
    private const string CharityOrgId = "GB-CHC-9200001";
    private const string FunderOrgId = "GB-CHC-9200002";
    private const string FunderSubject = "bench-funder";
    private const int Workstreams = 5;
    private const string JourneyPath = $"/api/v1/charities/{CharityOrgId}/journey";
    private const string PagePath = $"/charities/{CharityOrgId}";
    private static readonly TimeSpan ScenarioWithin = TimeSpan.FromMinutes(5);

    private sealed record Sizes(int Connections, TimeSpan WarmUp, TimeSpan Window, int Rounds)
    {
        public static Sizes For(BenchmarkOptions options) => options.Pick(
            new Sizes(32, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5), 3),
            new Sizes(16, TimeSpan.FromSeconds(0.2), TimeSpan.FromSeconds(0.5), 1));
    }

    public static async Task RunAsync(BenchmarkOptions options, ScratchFolder scratch, ResultTable table, CancellationToken cancellationToken)
    {
        var sizes = Sizes.For(options);
        Console.WriteLine($"== reads: the journey (API and page) against a bare app serving the same bytes, {sizes.Connections} connections, "
            + $"{sizes.Rounds} x {Show.Seconds(sizes.Window)} windows each after {Show.Seconds(sizes.WarmUp)} warm-up");
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(ScenarioWithin);
        var ct = bounded.Token;
        var settings = HostSettings.WithFreePorts(scratch.HostDll, scratch.Folder("reads"));
        await using var host = await PortalHost.StartAsync(settings, ct);
        table.Add(new Figure(Section, "host start: process start to /health 200", Show.Ms(host.StartedIn.TotalMilliseconds)));

        using var member = new PortalApi(settings.BaseAddress);
        var memberToken = await member.SignInAsync(PortalApi.Subject, ct);
        using var funder = new PortalApi(settings.BaseAddress);
        var funderToken = await funder.SignInAsync(FunderSubject, ct);
        await member.RegisterCharityAsync(CharityOrgId, "Bench Reads Charity", "Small", ct);
        for (var i = 1; i <= Workstreams; i++)
            await member.StartWorkstreamAsync(CharityOrgId, $"Workstream {i}", $"Why workstream {i} matters to the people it serves", ct);
        await funder.RegisterFunderAsync(FunderOrgId, "Bench Reads Funder", ct);
        await member.ShareAsync(CharityOrgId, FunderOrgId, ["Journey"], ct);

        // The bytes both answer, and the conditional answers, checked once before any load.
        var (json, etag) = await member.GetTaggedAsync(JourneyPath, ct);
        var (funderJson, _) = await funder.GetTaggedAsync(JourneyPath, ct);
        long funderReads = 1;
        if (!json.AsSpan().SequenceEqual(funderJson) || etag is null)
            throw new InvalidOperationException("A funder's journey differs from a member's, or it came without an ETag.");
        await ExpectNotModifiedAsync("GET journey", await member.GetIfNoneMatchAsync(JourneyPath, etag, ct));
        await ExpectNotModifiedAsync("GET journey (a funder)", await funder.GetIfNoneMatchAsync(JourneyPath, etag, ct));
        funderReads++;
        using var browser = await PageBrowser.SignInAsync(settings.BaseAddress, PortalApi.Subject, ct);
        await browser.ReadAsync(PagePath, "Journey map now", ct); // sets the antiforgery cookie the header's sign-out form needs
        var (html, pageTag) = await browser.ReadTaggedAsync(PagePath, ct);
        if (pageTag is null)
            throw new InvalidOperationException($"GET {PagePath} came without an ETag.");
        await ExpectNotModifiedAsync($"GET {PagePath}", await browser.ReadIfNoneMatchAsync(PagePath, pageTag, ct));
        table.Add(new Figure(Section, $"answers: GET journey {Show.Bytes(json.Length)} of JSON, ETag {etag}; the page {Show.Bytes(html.Length)} of HTML; both 304 to If-None-Match", "checked"));

        await using var bare = await BareApp.StartAsync(scratch, json, html, ct);
        var asMember = Headers(("Authorization", $"Bearer {memberToken}"));
        var asFunder = Headers(("Authorization", $"Bearer {funderToken}"));
        var asBrowser = Headers(("Cookie", browser.CookieHeader));
        var portal = settings.BaseAddress;

        var api = await CompareAsync(sizes, (bare.BaseAddress, "/bare", Headers()), (portal, JourneyPath, asMember), ct);
        Report(table, "bare app, same JSON", api.Baseline);
        Report(table, "GET journey, bearer token (a member)", api.Measured);
        table.Add(new Figure(Section, "GET journey / bare: req/s", Show.Ratio(api.RateRatio), $">= {MinApiRatio:0.0}", api.RateRatio >= MinApiRatio));
        table.Add(new Figure(Section, "GET journey / bare: p99", Show.Ratio(api.P99Ratio), $"<= {MaxApiP99Ratio:0}", api.P99Ratio <= MaxApiP99Ratio));

        var page = await CompareAsync(sizes, (bare.BaseAddress, "/bare.html", Headers()), (portal, PagePath, asBrowser), ct);
        Report(table, "bare app, same HTML", page.Baseline);
        Report(table, $"GET {PagePath}, signed in by cookie", page.Measured);
        table.Add(new Figure(Section, "journey page / bare: req/s", Show.Ratio(page.RateRatio), $">= {MinPageRatio:0.0}", page.RateRatio >= MinPageRatio));

        var logged = await CompareAsync(sizes, (portal, JourneyPath, asMember), (portal, JourneyPath, asFunder), ct);
        funderReads += logged.MeasuredAnswered;
        Report(table, "GET journey, a member (not logged)", logged.Baseline);
        Report(table, "GET journey, a funder's member (logged)", logged.Measured);
        var cost = logged.Baseline.Rate / logged.Measured.Rate;
        table.Add(new Figure(Section, "logged read cost: member req/s / funder req/s", Show.Ratio(cost), $"<= {MaxLoggedCost:0.0}", cost <= MaxLoggedCost));

        var kept = await AccessLogEntriesAsync(settings, ct);
        table.Add(new Figure(Section, "funder reads answered 2xx / in the access log", $"{Show.Count(funderReads)} / {Show.Count(kept)}"));
        if (kept != funderReads)
            throw new InvalidOperationException($"{funderReads} funder reads were answered 2xx, but the charity's access log holds {kept}.");
        await host.StopAsync();
    }

    /// <summary>
    /// Both targets warmed, then <see cref="Sizes.Rounds"/> windows of each, alternating; the figures of each side are its
    /// median window by rate. Throws when any answer was not 2xx.
    /// </summary>
    private static async Task<Comparison> CompareAsync(Sizes sizes, (Uri Base, string Path, IReadOnlyDictionary<string, string> Headers) baseline,
        (Uri Base, string Path, IReadOnlyDictionary<string, string> Headers) measured, CancellationToken cancellationToken)
    {
        long measuredAnswered = 0;
        async Task<LoadRun> RunAsync((Uri Base, string Path, IReadOnlyDictionary<string, string> Headers) target, TimeSpan window, bool isMeasured)
        {
            var run = await WireLoad.RunAsync(target.Base, target.Path, target.Headers, sizes.Connections, window, cancellationToken);
            if (run.NotOk > 0)
                throw new InvalidOperationException($"GET {target.Path} answered {run.FirstNotOkStatus} ({Show.Count(run.NotOk)} answers not 2xx under load).");
            if (isMeasured)
                measuredAnswered += run.AllOk;
            return run;
        }

        await RunAsync(baseline, sizes.WarmUp, false);
        await RunAsync(measured, sizes.WarmUp, true);
        var baselineRuns = new List<LoadRun>();
        var measuredRuns = new List<LoadRun>();
        for (var round = 0; round < sizes.Rounds; round++)
        {
            baselineRuns.Add(await RunAsync(baseline, sizes.Window, false));
            measuredRuns.Add(await RunAsync(measured, sizes.Window, true));
        }
        return new Comparison(Median(baselineRuns), Median(measuredRuns), measuredAnswered);
    }

    private static LoadRun Median(List<LoadRun> runs) => runs.OrderBy(r => r.Rate).ElementAt(runs.Count / 2);

    private static void Report(ResultTable table, string what, LoadRun run) => table.Add(new Figure(Section, what, run.ToString()));

    private static Task ExpectNotModifiedAsync(string what, (HttpStatusCode Status, int BodyBytes) answer) =>
        answer is { Status: HttpStatusCode.NotModified, BodyBytes: 0 }
            ? Task.CompletedTask
            : throw new InvalidOperationException($"{what} with If-None-Match answered {(int)answer.Status} with {answer.BodyBytes} bytes, expected 304 and none.");

    /// <summary>The charity's access log, counted in the event store once the reads held in the grain are stored (within a second).</summary>
    private static async Task<long> AccessLogEntriesAsync(HostSettings settings, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(1.5), cancellationToken);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = settings.DatabaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM events WHERE stream_id = $stream";
        command.Parameters.AddWithValue("$stream", StreamIds.CharityAccess(CharityOrgId));
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
    }

    private static Dictionary<string, string> Headers(params (string Name, string Value)[] headers) =>
        headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The two sides' median windows, and every 2xx answer the measured side gave (warm-up included: each was a read).</summary>
    private sealed record Comparison(LoadRun Baseline, LoadRun Measured, long MeasuredAnswered)
    {
        public double RateRatio => Measured.Rate / Baseline.Rate;

        public double P99Ratio => Measured.P99Ms / Baseline.P99Ms;
    }
}
