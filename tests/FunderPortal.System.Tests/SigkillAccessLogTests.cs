using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace FunderPortal.System.Tests;

/// <summary>
/// Funders' reads are logged without a commit each (issue 23): held in the charity's grain and stored together within a
/// second. A crash may lose only that second: killing the host (SIGKILL) while a funder reads, every read answered more
/// than a second before the kill is in the access log after the restart, and none that was not answered.
/// </summary>
public sealed class SigkillAccessLogTests(ITestOutputHelper output)
{
    private const string CharityOrgId = "GB-CHC-7654400";
    private const string FunderOrgId = "GB-CHC-7654401";
    private const string SigningKey = "system-tests: access log across a crash";
    private const int Readers = 2;
    private const int ReadsBeforeKill = 400;
    private static readonly string[] JourneyScope = ["Journey"];

    /// <summary>The bound the README states (AccessLogStream.FlushWithin), with room for the commit that stores a batch.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1) + TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task ACrashLosesAtMostTheLastSecondOfFunderReads()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var ct = deadline.Token;
        // Every read comes from one person at full speed: the per-person limit off, as for any load run.
        await using var sandbox = PortalSandbox.Create(SigningKey, new Dictionary<string, string> { ["Portal__RateLimit__PermitsPerMinute"] = "0" });
        var first = await sandbox.StartAsync(ct);
        string aliceToken, fionaToken, shareId;
        using (var anonymous = new PortalClient(first.BaseAddress))
        {
            aliceToken = await anonymous.IssueTokenAsync("alice", ct);
            fionaToken = await anonymous.IssueTokenAsync("fiona", ct);
        }
        using (var alice = Client(first.BaseAddress, aliceToken))
        using (var fiona = Client(first.BaseAddress, fionaToken))
        {
            (await CreatedAsync(alice.PostAsJsonAsync("api/v1/charities", new { orgId = CharityOrgId, name = "Read Often" }, ct))).Dispose();
            (await CreatedAsync(fiona.PostAsJsonAsync("api/v1/funders", new { orgId = FunderOrgId, name = "Reads A Lot" }, ct))).Dispose();
            using var share = await CreatedAsync(alice.PostAsJsonAsync($"api/v1/charities/{CharityOrgId}/shares",
                new { funderOrgId = FunderOrgId, scope = JourneyScope, expiresAt = (DateTimeOffset?)null }, ct));
            shareId = (await share.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!;
        }

        // Readers read until told to stop, which is only after the kill: the kill lands mid-load. Each 2xx answer is
        // noted with the moment it arrived.
        var answered = new List<long>();
        var gate = new Lock();
        int Count()
        {
            lock (gate)
                return answered.Count;
        }
        using var stopReaders = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var readers = Enumerable.Range(0, Readers).Select(_ => Task.Run(async () =>
        {
            using var fiona = Client(first.BaseAddress, fionaToken);
            while (!stopReaders.IsCancellationRequested)
            {
                try
                {
                    using var response = await fiona.GetAsync($"api/v1/charities/{CharityOrgId}/journey", stopReaders.Token);
                    await response.Content.LoadIntoBufferAsync(stopReaders.Token);
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    var at = Stopwatch.GetTimestamp();
                    lock (gate)
                        answered.Add(at);
                }
                catch (Exception e) when (stopReaders.IsCancellationRequested && e is OperationCanceledException or HttpRequestException)
                {
                    return; // in flight at the kill: no answer, so not counted as read
                }
            }
        }, CancellationToken.None)).ToList();

        while (Count() < ReadsBeforeKill && readers.TrueForAll(r => !r.IsCompleted))
            await Task.Delay(20, ct);
        await Task.Delay(TimeSpan.FromMilliseconds(1500), ct); // reads spread over more than the bound before the kill
        var killedAt = Stopwatch.GetTimestamp();
        var killed = first.KillAsync();
        stopReaders.Cancel();
        await killed;
        await Task.WhenAll(readers).WaitAsync(TimeSpan.FromSeconds(15), ct);

        var second = await sandbox.StartAsync(ct);
        using var after = Client(second.BaseAddress, aliceToken);
        using var logResponse = await after.GetAsync($"api/v1/charities/{CharityOrgId}/shares/{shareId}/access-log", ct);
        Assert.Equal(HttpStatusCode.OK, logResponse.StatusCode);
        var logged = (await logResponse.Content.ReadFromJsonAsync<JsonElement>(ct)).GetArrayLength();

        long[] times;
        lock (gate)
            times = [.. answered];
        var olderThanBound = times.Count(t => Stopwatch.GetElapsedTime(t, killedAt) > Bound);
        var inLastSecond = times.Length - olderThanBound;
        output.WriteLine($"{times.Length} reads answered before the kill ({olderThanBound} more than {Bound.TotalMilliseconds:0} ms before it, "
            + $"{inLastSecond} in the last {Bound.TotalMilliseconds:0} ms); {logged} in the access log after the restart, {times.Length - logged} lost.");
        Assert.True(olderThanBound > ReadsBeforeKill / 2, $"Too few reads before the last second to show anything: {olderThanBound}.");
        Assert.True(logged >= olderThanBound,
            $"The crash lost reads answered more than {Bound.TotalMilliseconds:0} ms before it: {olderThanBound} were, {logged} are in the log.");
        Assert.True(logged <= times.Length + Readers, $"The log holds {logged} reads; only {times.Length} were answered (and {Readers} in flight).");
    }

    private static HttpClient Client(Uri baseAddress, string token)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return http;
    }

    private static async Task<HttpResponseMessage> CreatedAsync(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }
}
