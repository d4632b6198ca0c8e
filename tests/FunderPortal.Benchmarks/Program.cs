using System.Diagnostics;
using FunderPortal.Benchmarks;
using FunderPortal.Benchmarks.History;
using FunderPortal.Benchmarks.Hosting;
using FunderPortal.Benchmarks.Measuring;
using FunderPortal.Benchmarks.Portfolio;
using FunderPortal.Benchmarks.Reporting;
using FunderPortal.Benchmarks.Rounds;
using FunderPortal.Benchmarks.Throughput;

// The portal's speed targets (docs/PERFORMANCE.md). Exit code: 0 every target met, 1 a target missed,
// 2 the run itself failed or the arguments were not understood.
if (BenchmarkOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

// Everything stops by itself: the whole run is bounded, whatever hangs.
using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(15));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    deadline.Cancel();
};

Console.WriteLine($"FunderPortal benchmarks ({HostLocation.Configuration} build), host {HostLocation.HostDll}");
Console.WriteLine($"{Environment.OSVersion}, .NET {Environment.Version}, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {MachineLoad.Describe()}");
var table = new ResultTable();
var clock = Stopwatch.StartNew();
using (var scratch = ScratchFolder.Create())
{
    try
    {
        if (options.History)
            await HistoryScenario.RunAsync(options, scratch, table, deadline.Token);
        if (options.Throughput)
            await ThroughputScenario.RunAsync(options, scratch, table, deadline.Token);
        if (options.Portfolio)
            await PortfolioScenario.RunAsync(scratch, table, deadline.Token);
        if (options.Rounds)
            await RoundScenario.RunAsync(scratch, table, deadline.Token);
    }
    catch (Exception ex) when (ex is not OutOfMemoryException)
    {
        Console.Error.WriteLine($"The benchmark could not finish: {ex}");
        Console.Error.WriteLine(PortalHost.Latest?.Output());
        table.Print(Console.Out);
        return 2;
    }
}

Console.WriteLine();
table.Print(Console.Out);
Console.WriteLine();
Console.WriteLine($"{table.TargetCount - table.FailedCount} of {table.TargetCount} targets met in {clock.Elapsed.TotalSeconds:0} s; at the end, {MachineLoad.Describe()}.");
return table.AllTargetsPassed ? 0 : 1;
