using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace FunderPortal.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ServiceFailureTests(ClusterServices services, ITestOutputHelper output)
{
    private const int Writers = 4;
    private static readonly TimeSpan RecoveredWithin = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task RestartingRedisUnderLoadLosesNoWriteAndTheClusterCarriesOn()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var ct = deadline.Token;
        await using var scenario = await ClusterScenario.StartAsync(services, charities: 4, ct);
        var record = new WriteRecord();

        using var stopWriters = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var writers = scenario.StartWriters(record, Writers, stopWriters.Token);
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        await services.Redis.RestartAsync(down: TimeSpan.FromSeconds(2));
        var acknowledgedAtRestart = record.Acknowledged.Count;
        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        stopWriters.Cancel();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(20), ct);

        output.WriteLine($"{acknowledgedAtRestart} acknowledged when Redis came back; {record.Summary()}");
        Assert.True(record.Acknowledged.Count > acknowledgedAtRestart, $"No write was acknowledged after Redis came back: {record.Summary()}");
        await record.VerifyAsync(scenario.Clients[0], scenario.Charities, ct);
        for (var silo = 0; silo < 2; silo++)
        {
            Assert.True(await HealthyWithinAsync(scenario.Clients[silo], RecoveredWithin, ct), $"Silo {silo} is not healthy.{Environment.NewLine}{scenario.Cluster.Output()}");
            await record.WriteAsync(scenario.Clients[silo], scenario.Charities[silo], $"after redis, through {silo}", ct);
            Assert.True(record.Acknowledged.ContainsKey($"{scenario.Charities[silo]}|after redis, through {silo}"), record.Summary());
        }
    }

    [Fact]
    public async Task WhilePostgresIsDownRequestsAre503ProblemsAndTheServiceRecoversByItself()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var ct = deadline.Token;
        await using var scenario = await ClusterScenario.StartAsync(services, charities: 4, ct);
        var record = new WriteRecord();

        using var stopWriters = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var writers = scenario.StartWriters(record, Writers, stopWriters.Token);
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        await services.Postgres.StopAsync();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            using var write = await scenario.Clients[0].StartWorkstreamAsync(scenario.Charities[0], "while the database is down", ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
            Assert.Equal("application/problem+json", write.Content.Headers.ContentType?.MediaType);
            using var health = await scenario.Clients[1].GetAsync("health/ready", ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            using var live = await scenario.Clients[1].GetAsync("health/live", ct);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            await services.Postgres.StartServerAsync();
        }
        var back = Stopwatch.StartNew();
        var recovered = await AcknowledgedThroughEverySiloWithinAsync(scenario, record, RecoveredWithin, ct);
        output.WriteLine($"Writes acknowledged again through both silos {back.Elapsed.TotalSeconds:0.0} s after the database came back.");
        stopWriters.Cancel();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(20), ct);

        output.WriteLine(record.Summary());
        Assert.True(recovered, $"The service did not recover by itself: {record.Summary()}{Environment.NewLine}{scenario.Cluster.Output()}");
        Assert.Contains(record.Errors, e => e.Status == 503);
        Assert.All(record.Errors, e => Assert.True(e.Status is 503 or 409, $"A failed write was answered {e.Status}: {e.Body}"));
        await record.VerifyAsync(scenario.Clients[1], scenario.Charities, ct);
    }

    private static async Task<bool> AcknowledgedThroughEverySiloWithinAsync(ClusterScenario scenario, WriteRecord record, TimeSpan within, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var pending = new HashSet<int> { 0, 1 };
        for (var attempt = 0; pending.Count > 0 && clock.Elapsed < within; attempt++)
        {
            foreach (var silo in pending.ToList())
            {
                var title = $"recovery {attempt} through {silo}";
                await record.WriteAsync(scenario.Clients[silo], scenario.Charities[silo], title, ct);
                if (record.Acknowledged.ContainsKey($"{scenario.Charities[silo]}|{title}"))
                    pending.Remove(silo);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        }
        return pending.Count == 0;
    }

    private static async Task<bool> HealthyWithinAsync(ClusterClient client, TimeSpan within, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            try
            {
                using var response = await client.GetAsync("health", ct);
                if (response.IsSuccessStatusCode)
                    return true;
            }
            catch (HttpRequestException)
            {
                // Not answering yet.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        }
        return false;
    }
}
