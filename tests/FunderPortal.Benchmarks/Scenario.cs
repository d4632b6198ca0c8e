using FunderPortal.Benchmarks.DueDates;
using FunderPortal.Benchmarks.Exports;
using FunderPortal.Benchmarks.History;
using FunderPortal.Benchmarks.Hosting;
using FunderPortal.Benchmarks.Imports;
using FunderPortal.Benchmarks.Pages;
using FunderPortal.Benchmarks.Portfolio;
using FunderPortal.Benchmarks.Reads;
using FunderPortal.Benchmarks.Reporting;
using FunderPortal.Benchmarks.Reports;
using FunderPortal.Benchmarks.Rounds;
using FunderPortal.Benchmarks.Throughput;

namespace FunderPortal.Benchmarks;

/// <summary>
/// One scenario of the benchmark, run by name or as part of <c>all</c>. <c>all</c> (and the quick run in ./test.sh) runs
/// every scenario of <see cref="All"/>, in its order: a scenario added to the list is run by both without more ado.
/// Each scenario starts its own hosts, honours <see cref="BenchmarkOptions.Quick"/> (small sizes, every step still
/// taken) and throws when an answer it counts is not 2xx or a check fails.
/// </summary>
internal sealed record Scenario(string Name, string Summary, Func<BenchmarkOptions, ScratchFolder, ResultTable, CancellationToken, Task> RunAsync)
{
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new(HistoryScenario.Section, "writes with a growing history, activation, asOf   (targets 1-3)", HistoryScenario.RunAsync),
        new(ThroughputScenario.Section, "concurrent HTTP writes against raw SQLite commits (target 4)", ThroughputScenario.RunAsync),
        new(PortfolioScenario.Section, "a funder's portfolio and its insights, 1,000 shared charities (targets 5, 12)", PortfolioScenario.RunAsync),
        new(RoundScenario.Section, "a grant round of 1,000 applications x 25 panellists x 5 criteria (targets 6-11)", RoundScenario.RunAsync),
        new(ReportScenario.Section, "a grant report over two years of a charity's history (target 13)", ReportScenario.RunAsync),
        new(PageScenario.Section, "the demo's main pages, and the portfolio page with 1,000 charities (targets 14-15)", PageScenario.RunAsync),
        new(ExportScenario.Section, "a portfolio of 10,000 sharing charities: its first page, and its CSV export streamed (targets 17-18)", ExportScenario.RunAsync),
        new(ImportsScenario.Section, "a 5,000-grant 360Giving file checked, imported and imported again (target 19)", ImportsScenario.RunAsync),
        new(ReadsScenario.Section, "the journey (API, page, logged) against a bare app serving the same bytes (targets 20-23)", ReadsScenario.RunAsync),
        new(DueDatesScenario.Section, "10,000 check-ins falling due at one midnight: reminders fire, notices recorded (target 16)", DueDatesScenario.RunAsync),
    ];
}
