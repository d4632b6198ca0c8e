using FunderPortal.Benchmarks.Hosting;
using FunderPortal.Benchmarks.Http;
using FunderPortal.Benchmarks.Measuring;
using FunderPortal.Benchmarks.Reporting;

namespace FunderPortal.Benchmarks.History;

/// <summary>
/// Target 2 as a user meets it: the host restarted on the same data, then the first
/// <c>GET …/journey</c> of the long-history charity (its grain activates: snapshot plus the events after it)
/// against warm ones. The restarted process first serves another charity, so the timed cold request pays
/// for activation and not for compiling the request path.
/// </summary>
internal static class RestartedHostReads
{
    public static async Task RunAsync(
        string section, HostSettings stopped, string warmUpOrgId, string orgId, int restarts, int warmRuns, ResultTable table,
        CancellationToken cancellationToken)
    {
        var cold = new List<double>(restarts);
        var firstOfProcess = new List<double>(restarts);
        var starts = new List<double>(restarts);
        Timings? warm = null;
        for (var restart = 0; restart < restarts; restart++)
        {
            var settings = stopped.OnFreshPorts();
            await using var host = await PortalHost.StartAsync(settings, cancellationToken);
            starts.Add(host.StartedIn.TotalMilliseconds);
            using var api = new PortalApi(settings.BaseAddress);
            await api.SignInAsync(cancellationToken);
            firstOfProcess.Add(await Timings.TimeAsync(() => api.GetJourneyAsync(warmUpOrgId, null, cancellationToken)));
            cold.Add(await Timings.TimeAsync(() => api.GetJourneyAsync(orgId, null, cancellationToken)));
            warm = await Timings.MeasureAsync(warmRuns + 1, () => api.GetJourneyAsync(orgId, null, cancellationToken));
            await host.StopAsync();
        }

        var coldMedian = Samples.Median(cold);
        table.Add(new Figure(section, "host restart: process start to /health 200", $"{Show.Ms(Samples.Median(starts))} median of {restarts}"));
        table.Add(new Figure(section, "after restart, first request (another charity: JIT + activation)", $"{Show.Ms(Samples.Median(firstOfProcess))} median of {restarts}"));
        table.Add(new Figure(section, "after restart, cold GET journey (activation included)",
            $"{Show.Ms(coldMedian)} median of {restarts} ({string.Join(", ", cold.Select(Show.Ms))})",
            $"median {ActivationGoal.Text}", ActivationGoal.IsMet(coldMedian)));
        table.Add(new Figure(section, "after restart, warm GET journey", Show.Ms(warm!.MedianMs) + $" median of {warm.RepeatMs.Count}"));
    }
}
