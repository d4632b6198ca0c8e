using System.Diagnostics;
using System.Globalization;
using System.Net;
using FunderPortal.EventStore.Postgres;
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

    /// <summary>
    /// A Redis restart (10 s down) takes no silo out of service: readiness stays 200 on both silos throughout, and every
    /// charity already placed keeps answering through either silo.
    /// </summary>
    [Fact]
    public async Task ATenSecondRedisOutageLeavesEverySiloReadyAndPlacedGrainsServing()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var ct = deadline.Token;
        await using var scenario = await ClusterScenario.StartAsync(services, charities: 4, ct);
        foreach (var client in scenario.Clients)
        {
            foreach (var orgId in scenario.Charities)
                await client.GetJourneyAsync(orgId, ct); // placed before the outage
        }

        var outage = services.Redis.RestartAsync(down: TimeSpan.FromSeconds(10));
        var (checks, failures) = (0, new List<string>());
        while (!outage.IsCompleted)
        {
            for (var silo = 0; silo < scenario.Clients.Count; silo++)
            {
                var client = scenario.Clients[silo];
                using (var ready = await client.GetAsync("health/ready", ct))
                {
                    checks++;
                    if (ready.StatusCode != HttpStatusCode.OK)
                        failures.Add($"silo {silo} /health/ready {(int)ready.StatusCode}: {await ready.Content.ReadAsStringAsync(ct)}");
                }
                foreach (var orgId in scenario.Charities)
                {
                    using var journey = await client.GetAsync($"api/v1/charities/{orgId}/journey", ct);
                    checks++;
                    if (journey.StatusCode != HttpStatusCode.OK)
                        failures.Add($"silo {silo} journey of {orgId} {(int)journey.StatusCode}");
                }
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }
        await outage;

        output.WriteLine($"{checks} readiness checks and reads during the outage, {failures.Count} failed.");
        Assert.True(checks >= 40, $"Too few checks during the outage (each round of readiness and reads should be quick): {checks}");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(10)) + Environment.NewLine + scenario.Cluster.Output());
    }

    /// <summary>
    /// The recovery bound this test holds: once the database accepts connections again, every request is answered
    /// without the client retrying. A silo whose circuit breaker opened during the outage keeps the request waiting inside
    /// the store until the breaker lets calls through again, at most <see cref="PostgresResilience.BreakerWait"/> (2.5 s)
    /// after its first refusal, far inside the client's 10 s timeout. So every read right after the restart answers 200 at
    /// its first try, through either silo, whichever silo holds the grain; a write is acknowledged at its first try, or at
    /// its second when the first was answered 409 (an earlier write of unknown outcome left the grain a version behind the
    /// database: the conflict reloads it).
    /// </summary>
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
        var bound = $"a request sent after the database is back must succeed without the client retrying "
            + $"(the store waits for an open breaker at most {PostgresResilience.BreakerWait.TotalSeconds:0.0} s inside the request)";

        // Reads first, while the writers still run: every charity's history through each silo in turn, so the reads reach
        // the store of whichever silo holds each grain.
        for (var silo = 0; silo < 2; silo++)
        {
            foreach (var orgId in scenario.Charities)
            {
                var sent = back.Elapsed;
                using var read = await scenario.Clients[silo].GetAsync($"api/v1/charities/{orgId}/history?after=0&limit=1", ct);
                if (read.StatusCode != HttpStatusCode.OK)
                {
                    Assert.Fail($"GET {orgId}/history through silo {silo}, sent {sent.TotalSeconds:0.00} s after the database came back, answered "
                        + $"{(int)read.StatusCode} after {(back.Elapsed - sent).TotalSeconds:0.00} s: {bound}. "
                        + $"{await read.Content.ReadAsStringAsync(ct)}{Environment.NewLine}{scenario.Cluster.Output()}");
                }
            }
        }
        output.WriteLine($"Every charity read through both silos {back.Elapsed.TotalSeconds:0.0} s after the database came back.");

        for (var silo = 0; silo < 2; silo++)
        {
            var acknowledged = false;
            for (var attempt = 0; attempt < 2 && !acknowledged; attempt++)
            {
                var title = $"recovery {attempt} through {silo}";
                var status = await record.WriteAsync(scenario.Clients[silo], scenario.Charities[silo], title, ct);
                acknowledged = record.Acknowledged.ContainsKey($"{scenario.Charities[silo]}|{title}");
                if (!acknowledged && !(attempt == 0 && status == 409))
                {
                    Assert.Fail($"Write {attempt + 1} through silo {silo} answered {status?.ToString(CultureInfo.InvariantCulture) ?? "nothing"} "
                        + $"{back.Elapsed.TotalSeconds:0.00} s after the database came back: "
                        + $"{bound}; only a first write may be answered 409. {record.Summary()}{Environment.NewLine}{scenario.Cluster.Output()}");
                }
            }
        }
        output.WriteLine($"Writes acknowledged again through both silos {back.Elapsed.TotalSeconds:0.0} s after the database came back.");
        stopWriters.Cancel();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(20), ct);

        output.WriteLine(record.Summary());
        Assert.Contains(record.Errors, e => e.Status == 503);
        Assert.All(record.Errors, e => Assert.True(e.Status is 503 or 409, $"A failed write was answered {e.Status}: {e.Body}"));
        await record.VerifyAsync(scenario.Clients[1], scenario.Charities, ct);
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
