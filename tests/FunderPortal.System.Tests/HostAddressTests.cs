using System.Diagnostics;
using System.Net;

namespace FunderPortal.System.Tests;

/// <summary>The host listens where ASPNETCORE_URLS says, not on its built-in default.</summary>
public sealed class HostAddressTests
{
    [Fact]
    public async Task ServesOnTheAddressGivenByAspNetCoreUrls()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ct = deadline.Token;
        await using var sandbox = PortalSandbox.Create(devSigningKey: "system-tests: address");
        var host = await sandbox.StartAsync(ct);

        var chosen = new Uri($"http://127.0.0.1:{sandbox.Settings.HttpPort}/health");
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) })
        using (var health = await http.GetAsync(chosen, ct))
            await PortalClient.EnsureStatusAsync(health, HttpStatusCode.OK, ct);

        // The console logger writes in the background: give the start-up lines a moment to arrive.
        var listening = $"Now listening on: http://127.0.0.1:{sandbox.Settings.HttpPort}";
        var clock = Stopwatch.StartNew();
        while (!host.Output().Contains(listening, StringComparison.Ordinal) && clock.Elapsed < TimeSpan.FromSeconds(5))
            await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
        var output = host.Output();
        Assert.True(output.Contains(listening, StringComparison.Ordinal), $"Expected '{listening}' in the host's output.{Environment.NewLine}{output}");
        Assert.DoesNotContain("Now listening on: http://localhost:5080", output, StringComparison.Ordinal);
    }
}
