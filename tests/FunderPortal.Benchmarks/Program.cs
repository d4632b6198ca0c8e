using System.Diagnostics;
using FunderPortal.Benchmarks;
using FunderPortal.Benchmarks.Hosting;
using FunderPortal.Benchmarks.Measuring;
using FunderPortal.Benchmarks.Reporting;

// The portal's speed targets (docs/PERFORMANCE.md). Exit code: 0 every target met (a quick run: every scenario ran
// through), 1 a target missed (never in a quick run), 2 a scenario failed or the arguments were not understood.
if (BenchmarkOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

// Everything stops by itself: the whole run is bounded, whatever hangs.
using var deadline = new CancellationTokenSource(options.Deadline);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    deadline.Cancel();
};

var mode = options.Quick ? "quick run: small sizes, no target judged" : "targets judged";
Console.WriteLine($"FunderPortal benchmarks ({HostLocation.Configuration} build, {mode}), host {HostLocation.HostDll}");
Console.WriteLine($"{Environment.OSVersion}, .NET {Environment.Version}, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {MachineLoad.Describe()}");
Console.WriteLine($"Scenarios: {string.Join(", ", options.Scenarios.Select(s => s.Name))}");
var table = new ResultTable(judgesTargets: !options.Quick);
var clock = Stopwatch.StartNew();
var failed = new List<string>();
using (var scratch = ScratchFolder.Create())
{
    // Every scenario runs, even after one has failed; the run fails if any did.
    foreach (var scenario in options.Scenarios)
    {
        var took = Stopwatch.StartNew();
        PortalHost.Forget();
        try
        {
            await scenario.RunAsync(options, scratch, table, deadline.Token);
            Console.WriteLine($"== {scenario.Name}: done in {Show.Seconds(took.Elapsed)}");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            failed.Add(scenario.Name);
            Console.Error.WriteLine($"== {scenario.Name}: FAILED after {Show.Seconds(took.Elapsed)}: {ex}");
            Console.Error.WriteLine(PortalHost.Latest?.Output());
        }
    }
}

Console.WriteLine();
table.Print(Console.Out);
Console.WriteLine();
var ran = $"{options.Scenarios.Count - failed.Count} of {options.Scenarios.Count} scenarios ran through"
    + (failed.Count == 0 ? "" : $" ({string.Join(", ", failed)} failed)");
Console.WriteLine(options.Quick
    ? $"Quick run: {ran} in {clock.Elapsed.TotalSeconds:0} s; targets not judged; at the end, {MachineLoad.Describe()}."
    : $"{table.TargetCount - table.FailedCount} of {table.TargetCount} targets met, {ran} in {clock.Elapsed.TotalSeconds:0} s; at the end, {MachineLoad.Describe()}.");
return failed.Count > 0 ? 2 : table.AllTargetsPassed ? 0 : 1;
