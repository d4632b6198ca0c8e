using System.Text.RegularExpressions;
using FunderPortal.Benchmarks.Hosting;
using FunderPortal.Benchmarks.Http;
using FunderPortal.Benchmarks.Measuring;
using FunderPortal.Benchmarks.Portfolio;
using FunderPortal.Benchmarks.Reporting;

namespace FunderPortal.Benchmarks.Pages;

/// <summary>
/// Targets 14 and 15, pages are fast: with the demo loaded, each of the main pages a charity worker and a grants officer
/// open answers in under 100 ms (median); and the funder's portfolio page, with 1,000 charities sharing with the funder,
/// in under 300 ms (median). Pages are read as a browser reads them (signed in by cookie, the whole HTML), each read
/// checked for its status and the words it must show; the portfolio page must count every charity and list its first page
/// (<see cref="PortfolioPageSize"/> of them: the page is paged since issue 22).
/// </summary>
internal static partial class PageScenario
{
    public const string Section = "pages";
    public const double MaxPageMedianMs = 100;
    public const double MaxPortfolioMedianMs = 300;
    /// <summary>Charities on one page of the portfolio page (its first page is what a grants officer opens).</summary>
    private const int PortfolioPageSize = 50;
    private const string BenchFunderOrgId = "GB-CHC-9100001";
    private const string HopeStreet = "/charities/GB-CHC-9000002";
    private const string NorthernLights = "/funders/GB-CHC-9000001";
    private static readonly TimeSpan ListedWithin = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ScenarioWithin = TimeSpan.FromMinutes(4);

    /// <summary>The demo's main pages, who opens them and the words each must show.</summary>
    private static readonly (string Who, string Path, string What, string MustShow)[] DemoPages =
    [
        ("demo-charity", HopeStreet, "journey map", "Journey map now"),
        ("demo-charity", $"{HopeStreet}/plan", "resourcing plan", "Resourcing plan"),
        ("demo-charity", $"{HopeStreet}/evidence", "evidence", "Evidence"),
        ("demo-charity", $"{HopeStreet}/participants", "who takes part", "Who takes part"),
        ("demo-charity", $"{HopeStreet}/leadership", "leadership", "Lived-experience leadership"),
        ("demo-charity", $"{HopeStreet}/audit", "audit trail", "Audit trail"),
        ("demo-funder", NorthernLights, "funder's portfolio", "Portfolio"),
        ("demo-funder", $"{NorthernLights}/charities/GB-CHC-9000002", "a shared journey", "Hope Street Peer Support"),
        ("demo-funder", $"{NorthernLights}/connect?barrier=LackOfUnderstanding", "connect charities", "Connect charities facing the same barrier"),
    ];

    private sealed record Sizes(int Reads, int WarmUp, int Charities, int PortfolioReads)
    {
        public static Sizes For(BenchmarkOptions options) => options.Pick(new Sizes(31, 10, 1_000, 21), new Sizes(4, 1, 30, 4));
    }

    public static async Task RunAsync(BenchmarkOptions options, ScratchFolder scratch, ResultTable table, CancellationToken cancellationToken)
    {
        var sizes = Sizes.For(options);
        Console.WriteLine($"== pages: the demo's main pages, then the portfolio page with {Show.Count(sizes.Charities)} charities sharing");
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(ScenarioWithin);
        var settings = HostSettings.WithFreePorts(scratch.HostDll, scratch.Folder("pages"));
        await using var host = await PortalHost.StartAsync(settings, bounded.Token);
        table.Add(new Figure(Section, "host start: process start to /health 200", Show.Ms(host.StartedIn.TotalMilliseconds)));
        using var api = new PortalApi(settings.BaseAddress);
        var demo = await Timings.TimeAsync(() => api.LoadDemoAsync(bounded.Token));
        table.Add(new Figure(Section, "setup: POST /dev/demo (the demo loaded)", Show.Ms(demo)));

        var browsers = new Dictionary<string, PageBrowser>(StringComparer.Ordinal);
        try
        {
            foreach (var (who, path, what, mustShow) in DemoPages)
            {
                if (!browsers.TryGetValue(who, out var browser))
                    browsers[who] = browser = await PageBrowser.SignInAsync(settings.BaseAddress, who, bounded.Token);
                var timings = await browser.MeasureAsync(path, mustShow, sizes.WarmUp, sizes.Reads, bounded.Token);
                table.Add(new Figure(Section, $"GET {path} ({what}, as {who})", Show.Median(timings),
                    $"median < {MaxPageMedianMs:0} ms", timings.MedianMs < MaxPageMedianMs));
            }
        }
        finally
        {
            foreach (var browser in browsers.Values)
                browser.Dispose();
        }

        await PortfolioPageAsync(api, settings, sizes, table, bounded.Token);
        await host.StopAsync();
    }

    /// <summary>
    /// The funder's portfolio page with <see cref="Sizes.Charities"/> charities sharing with it: each read must count every
    /// one of them and list the first page of them (a link to each charity's shared journey).
    /// </summary>
    private static async Task PortfolioPageAsync(PortalApi api, HostSettings settings, Sizes sizes, ResultTable table, CancellationToken cancellationToken)
    {
        await api.SignInAsync(cancellationToken);
        await api.RegisterFunderAsync(BenchFunderOrgId, "Bench Funder", cancellationToken);
        var setUp = await SharedCharities.ShareAsync(api, BenchFunderOrgId, 0, sizes.Charities, cancellationToken);
        table.Add(new Figure(Section, $"setup: {Show.Count(sizes.Charities)} charities shared with one funder", Show.Seconds(setUp)));
        await PortfolioReads.WaitUntilListedAsync(api, BenchFunderOrgId, sizes.Charities, ListedWithin, cancellationToken);

        using var browser = await PageBrowser.SignInAsync(settings.BaseAddress, PortalApi.Subject, cancellationToken);
        var path = $"/funders/{BenchFunderOrgId}";
        var html = await browser.ReadAsync(path, "Portfolio", cancellationToken);
        var listed = CharityLink().Matches(html).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Count();
        if (listed != Math.Min(sizes.Charities, PortfolioPageSize))
            throw new InvalidOperationException($"The portfolio page lists {listed} charities; {sizes.Charities} share with the funder, {PortfolioPageSize} a page.");
        var timings = await browser.MeasureAsync(path, $"{sizes.Charities} shared journeys", sizes.WarmUp, sizes.PortfolioReads, cancellationToken);
        table.Add(new Figure(Section, $"GET {path} (the portfolio page, {Show.Count(listed)} of {Show.Count(sizes.Charities)} charities, {Show.Bytes(System.Text.Encoding.UTF8.GetByteCount(html))} of HTML)",
            Show.Median(timings), $"median < {MaxPortfolioMedianMs:0} ms", timings.MedianMs < MaxPortfolioMedianMs));
    }

    [GeneratedRegex("href=\"/funders/GB-CHC-9100001/charities/([^\"]+)\"")]
    private static partial Regex CharityLink();
}
