using System.Diagnostics;
using Xunit.Abstractions;

namespace FunderPortal.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SiloFailureTests(ClusterServices services, ITestOutputHelper output)
{
    private const int Writers = 4;
    private static readonly TimeSpan ServedWithin = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task KillingASiloUnderLoadLosesNoAcknowledgedWriteAndTheSurvivorTakesOverThenTheRestartedSiloRejoins()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(150));
        var ct = deadline.Token;
        await using var scenario = await ClusterScenario.StartAsync(services, charities: 6, ct);
        var record = new WriteRecord();

        using var stopWriters = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var writers = scenario.StartWriters(record, Writers, stopWriters.Token);
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        var acknowledgedBeforeKill = record.Acknowledged.Count;

        var killedAt = Stopwatch.StartNew();
        await scenario.Cluster[1].KillAsync();
        var failover = await scenario.TimeUntilEveryCharityServedAsync(0, ServedWithin, ct);
        await Task.Delay(TimeSpan.FromSeconds(1), ct); // the survivor keeps taking writes
        stopWriters.Cancel();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(20), ct);

        output.WriteLine($"Before the kill: {acknowledgedBeforeKill} acknowledged. Every charity served by the survivor after "
            + $"{failover?.TotalSeconds:0.0} s. {record.Summary()}");
        Assert.True(acknowledgedBeforeKill >= 20, $"Too few writes before the kill: {record.Summary()}{Environment.NewLine}{scenario.Cluster.Output()}");
        Assert.True(failover is not null, $"The survivor did not serve every charity within {ServedWithin.TotalSeconds} s.{Environment.NewLine}{scenario.Cluster.Output()}");
        Assert.All(record.Errors, e => Assert.True(e.Status == 503, $"A failed write was answered {e.Status}, not 503: {e.Body}"));
        await record.VerifyAsync(scenario.Clients[0], scenario.Charities, ct);

        // The killed silo comes back on the same ports, rejoins, and serves every charity with the same history.
        var restartedAt = Stopwatch.StartNew();
        await scenario.Cluster.StartSiloAsync(1, ct);
        var rejoined = await scenario.TimeUntilEveryCharityServedAsync(1, ServedWithin, ct);
        output.WriteLine($"Restarted silo healthy and serving every charity after {restartedAt.Elapsed.TotalSeconds:0.0} s (kill to now {killedAt.Elapsed.TotalSeconds:0.0} s).");
        Assert.True(rejoined is not null, $"The restarted silo did not serve every charity.{Environment.NewLine}{scenario.Cluster.Output()}");
        await record.VerifyAsync(scenario.Clients[1], scenario.Charities, ct);
        await record.WriteAsync(scenario.Clients[1], scenario.Charities[0], "after the rejoin", ct);
        Assert.True(record.Acknowledged.ContainsKey($"{scenario.Charities[0]}|after the rejoin"), record.Summary());
    }

    [Fact]
    public async Task FiftyConcurrentWritersOnOneCharityAcrossBothSilosAreEachRecordedOnce()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var ct = deadline.Token;
        await using var scenario = await ClusterScenario.StartAsync(services, charities: 1, ct);
        var record = new WriteRecord();
        var orgId = scenario.Charities[0];

        using var go = new SemaphoreSlim(0);
        var writers = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            await go.WaitAsync(ct);
            await record.WriteAsync(scenario.Clients[i % 2], orgId, $"writer {i}", ct);
        }, ct)).ToList();
        go.Release(50);
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(60), ct);

        output.WriteLine(record.Summary());
        Assert.Equal(50, record.Acknowledged.Count);
        await record.VerifyAsync(scenario.Clients[1], scenario.Charities, ct);
        var journey = await scenario.Clients[0].GetJourneyAsync(orgId, ct);
        Assert.Equal(50, journey.Workstreams.Count);
    }
}
