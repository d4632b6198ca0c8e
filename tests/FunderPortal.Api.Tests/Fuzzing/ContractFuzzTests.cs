using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Xunit.Abstractions;

namespace FunderPortal.Api.Tests.Fuzzing;

/// <summary>
/// 10,000 requests made by bending valid ones, spread over every operation of the served contract. Whatever arrives,
/// the portal never answers 5xx, every refusal is problem+json, and a refused request leaves nothing stored.
/// Set FUZZ_SEED to replay a run; the seed is in every failure message.
/// </summary>
public sealed class ContractFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Requests = 10_000;
    private readonly PortalFactory _portal = new PortalFactory().WithSetting("Portal:RateLimit:PermitsPerMinute", "0");

    /// <summary>Real Kestrel on loopback, not the in-memory server: bytes a client really sends, refused as a server really would.</summary>
    public Task InitializeAsync()
    {
        _portal.UseKestrel(FreePorts.Take(1)[0]);
        _portal.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    /// <summary>Kestrel answers a bare 400 to a request line it cannot decode (a NUL in the path) before any portal code runs.</summary>
    private static bool KestrelRefusedTheRequestLine(string path, HttpResponseMessage response) =>
        response.StatusCode == System.Net.HttpStatusCode.BadRequest && path.Contains("%00", StringComparison.Ordinal)
        && response.Content.Headers.ContentLength == 0;

    [Fact]
    public async Task BentRequestsNeverBreakThePortalNorChangeWhatIsStored()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 20261126;
        var client = await _portal.ClientForAsync("fuzz-editor", checkRequests: false); // bent bodies on purpose: only answers are checked
        var charityOrgId = await client.RegisterAsync();
        var funderOrgId = await client.RegisterFunderAsync();
        var workstreamId = await client.StartWorkstreamAsync(charityOrgId);
        var roundId = (await client.CreateRoundAsync(funderOrgId)).GetProperty("id").GetString()!;
        var document = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
        var operations = FuzzOperation.AllIn(document);
        string GoodValue(string template, string name) => name switch
        {
            "orgId" when template.StartsWith("/api/v1/funders", StringComparison.Ordinal) => funderOrgId,
            "orgId" => charityOrgId,
            "roundId" => roundId,
            "workstreamId" => workstreamId,
            "subject" => "someone-else",
            _ => Guid.NewGuid().ToString("n"),
        };

        var random = new Random(seed);
        var mutations = new RequestMutations(random);
        using var stored = new StoredEvents(_portal.DatabasePath);
        var statuses = new SortedDictionary<int, int>();
        for (var i = 0; i < Requests; i++)
        {
            var operation = operations[random.Next(operations.Count)];
            var path = mutations.PathFor(operation.PathTemplate, name => GoodValue(operation.PathTemplate, name)) + mutations.QueryFor(operation.QueryNames);
            using var request = new HttpRequestMessage(operation.Method, path);
            if (operation.BodyMediaType is { } mediaType)
            {
                var (body, contentType) = mutations.BodyFor(operation.BodyExample, mediaType);
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }
            var before = stored.LastRow();
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var what = $"{RequestMutations.Describe(seed, i)}: {operation.OperationId} {operation.Method} {path[..Math.Min(120, path.Length)]} ({mutations.Kind})";

            Assert.True(status < 500, $"{what} answered {status}: {await response.Content.ReadAsStringAsync()}");
            if (status >= 400 && KestrelRefusedTheRequestLine(path, response))
            {
                Assert.Empty(stored.StreamsWrittenAfter(before));
            }
            else if (status >= 400)
            {
                Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
                    $"{what} answered {status} as {response.Content.Headers.ContentType}");
                var problem = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("   at ", problem, StringComparison.Ordinal); // no stack traces
                Assert.DoesNotContain("Exception", problem, StringComparison.Ordinal);
                var written = stored.StreamsWrittenAfter(before);
                Assert.True(written.Count == 0, $"{what} answered {status} but wrote to {string.Join(", ", written)}");
            }
            else
            {
                await Task.Delay(20); // an accepted change may push to a funder in the background: let it land
            }
        }

        output.WriteLine($"{Requests} requests over {operations.Count} operations, seed {seed}: "
            + string.Join(", ", statuses.Select(kv => $"{kv.Value} × {kv.Key}")));
        Assert.True(statuses.Where(kv => kv.Key >= 400).Sum(kv => kv.Value) > Requests / 2, "Most bent requests should be refused.");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"/api/v1/charities/{charityOrgId}/journey")).StatusCode);
    }
}
