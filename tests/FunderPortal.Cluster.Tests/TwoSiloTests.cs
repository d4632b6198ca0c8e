using System.Net;
using System.Net.Http.Headers;
using Xunit.Abstractions;

namespace FunderPortal.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class TwoSiloTests(ClusterServices services, ITestOutputHelper output)
{
    [Fact]
    public async Task AWriteThroughOneSiloIsReadThroughTheOther()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var ct = deadline.Token;
        await using var cluster = await TestCluster.StartAsync(services, 2, ct);
        var token = await ClusterClient.IssueTokenAsync(cluster.Addresses[0], "alice", ct);
        using var first = new ClusterClient(cluster.Addresses[0], token);
        using var second = new ClusterClient(cluster.Addresses[1], token);

        await first.RegisterCharityAsync("GB-CHC-2000001", ct);
        using (var started = await first.StartWorkstreamAsync("GB-CHC-2000001", "written through the first silo", ct))
            Assert.Equal(HttpStatusCode.Created, started.StatusCode);

        var journey = await second.GetJourneyAsync("GB-CHC-2000001", ct);
        Assert.Equal("written through the first silo", Assert.Single(journey.Workstreams).Title);
        foreach (var path in new[] { "health", "health/ready", "health/live" })
        {
            using var health = await second.GetAsync(path, ct);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
        output.WriteLine(cluster.Output());
    }

    [Fact]
    public async Task AFileUploadedThroughOneSiloIsDownloadedThroughTheOther()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var ct = deadline.Token;
        await using var cluster = await TestCluster.StartAsync(services, 2, ct);
        var token = await ClusterClient.IssueTokenAsync(cluster.Addresses[1], "bob", ct);
        using var http0 = new HttpClient { BaseAddress = cluster.Addresses[0] };
        using var http1 = new HttpClient { BaseAddress = cluster.Addresses[1] };
        http0.DefaultRequestHeaders.Authorization = http1.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using (var client = new ClusterClient(cluster.Addresses[0], token))
            await client.RegisterCharityAsync("GB-CHC-2000002", ct);

        var evidenceId = await EvidenceHttp.AddEvidenceAsync(http0, "GB-CHC-2000002", ct);
        var bytes = "%PDF-1.4\n% a small file kept in PostgreSQL\n"u8.ToArray();
        var location = await EvidenceHttp.UploadAsync(http0, "GB-CHC-2000002", evidenceId, "minutes.pdf", bytes, ct);

        using var download = await http1.GetAsync(location, ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(ct));
    }
}
