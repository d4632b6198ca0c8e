using FunderPortal.Benchmarks.Hosting;
using FunderPortal.Benchmarks.Measuring;
using FunderPortal.Benchmarks.Reporting;

namespace FunderPortal.Benchmarks.Rounds;

/// <summary>
/// Activation as a user meets it: the host restarted on the same data, then the first <c>GET /api/v1/rounds/{id}</c>
/// (the round grain activates: its snapshot plus the events after it) against warm ones. The restarted process first
/// serves a charity, so the timed cold request pays for activation rather than for compiling the request path.
/// </summary>
internal static class RestartedRound
{
    public static async Task RunAsync(string section, HostSettings stopped, HttpMessageHandler pool, string roundId, int restarts, int warmRuns,
        ResultTable table, CancellationToken cancellationToken)
    {
        var cold = new List<double>(restarts);
        Timings? warm = null;
        for (var restart = 0; restart < restarts; restart++)
        {
            var settings = stopped.OnFreshPorts();
            await using var host = await PortalHost.StartAsync(settings, cancellationToken);
            using var funder = await RoundApi.SignInAsync(pool, settings.BaseAddress, cancellationToken);
            await funder.GetAsync($"api/v1/charities/{BenchRound.CharityOrgId(0)}", cancellationToken);
            cold.Add(await Timings.TimeAsync(() => funder.GetVersionAsync(roundId, cancellationToken)));
            warm = await Timings.MeasureAsync(warmRuns + 1, () => funder.GetVersionAsync(roundId, cancellationToken));
            await host.StopAsync();
        }

        var coldMedian = Samples.Median(cold);
        table.Add(new Figure(section, "after restart, cold GET round (round grain activation included)",
            $"{Show.Ms(coldMedian)} median of {restarts} ({string.Join(", ", cold.Select(Show.Ms))})",
            $"median < {RoundScenario.MaxActivationMs:0} ms", coldMedian < RoundScenario.MaxActivationMs));
        table.Add(new Figure(section, "after restart, warm GET round", $"{Show.Ms(warm!.MedianMs)} median of {warm.RepeatMs.Count}"));
    }
}
