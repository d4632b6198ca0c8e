using System.Diagnostics;

namespace FunderPortal.Cluster.Tests;

/// <summary>A started cluster with charities registered, a client per silo as their editor, and helpers to load it.</summary>
public sealed class ClusterScenario : IAsyncDisposable
{
    private ClusterScenario(TestCluster cluster, string token, IReadOnlyList<string> charities)
    {
        Cluster = cluster;
        Token = token;
        Charities = charities;
        Clients = [.. cluster.Addresses.Select(a => new ClusterClient(a, token, TimeSpan.FromSeconds(10)))];
    }

    public TestCluster Cluster { get; }

    public string Token { get; }

    public IReadOnlyList<string> Charities { get; }

    public IReadOnlyList<ClusterClient> Clients { get; }

    public static async Task<ClusterScenario> StartAsync(ClusterServices services, int charities, CancellationToken cancellationToken)
    {
        var cluster = await TestCluster.StartAsync(services, 2, cancellationToken);
        var token = await ClusterClient.IssueTokenAsync(cluster.Addresses[0], "editor", cancellationToken);
        var orgIds = Enumerable.Range(0, charities).Select(i => $"GB-CHC-{3000000 + i}").ToList();
        var scenario = new ClusterScenario(cluster, token, orgIds);
        // Registered through both silos, so activations start out on each.
        for (var i = 0; i < orgIds.Count; i++)
            await scenario.Clients[i % 2].RegisterCharityAsync(orgIds[i], cancellationToken);
        return scenario;
    }

    /// <summary>Starts <paramref name="writers"/> writers through every silo; they run until <paramref name="stop"/> fires.</summary>
    public IReadOnlyList<Task> StartWriters(WriteRecord record, int writers, CancellationToken stop) =>
        [.. Enumerable.Range(0, writers).Select(w => Task.Run(
            () => record.RunWriterAsync(w, Clients, Charities, maxWrites: 2_000, TimeSpan.FromMilliseconds(20), stop), CancellationToken.None))];

    /// <summary>Polls until every charity's journey answers 200 through <paramref name="silo"/>; the time it took, or null past <paramref name="within"/>.</summary>
    public async Task<TimeSpan?> TimeUntilEveryCharityServedAsync(int silo, TimeSpan within, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var pending = Charities.ToList();
        while (clock.Elapsed < within)
        {
            foreach (var orgId in pending.ToList())
            {
                try
                {
                    using var response = await Clients[silo].GetAsync($"api/v1/charities/{orgId}/journey", cancellationToken);
                    if (response.IsSuccessStatusCode)
                        pending.Remove(orgId);
                }
                catch (HttpRequestException)
                {
                    // Not serving yet.
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // Timed out: not serving yet.
                }
            }
            if (pending.Count == 0)
                return clock.Elapsed;
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in Clients)
            client.Dispose();
        await Cluster.DisposeAsync();
    }
}
