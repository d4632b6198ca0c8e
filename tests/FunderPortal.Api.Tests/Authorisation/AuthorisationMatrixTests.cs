using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using FunderPortal.Api.Tests.Fuzzing;
using Xunit.Abstractions;

namespace FunderPortal.Api.Tests.Authorisation;

/// <summary>
/// Every operation of the served OpenAPI document, called as every kind of caller, against one table of the outcomes
/// expected. An operation added later without a row fails, and so does a row for an operation that is gone.
/// </summary>
public sealed class AuthorisationMatrixTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PortalFactory _portal = new PortalFactory()
        .WithSetting("Portal:Admins", MatrixWorld.Admin)
        .WithSetting("Portal:RateLimit:PermitsPerMinute", "0");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task EveryOperationAnswersEveryKindOfCallerAsTheTableSays()
    {
        var clock = Stopwatch.StartNew();
        var world = await MatrixWorld.BuildAsync(_portal);
        var requests = new MatrixRequests(world);
        var operations = FuzzOperation.AllIn(await (await _portal.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync());
        var built = clock.Elapsed;

        var actual = new ConcurrentDictionary<string, int[]>(StringComparer.Ordinal);
        async Task CallAsync(FuzzOperation operation)
        {
            var row = new int[world.Callers.Count];
            for (var i = 0; i < world.Callers.Count; i++)
            {
                var (name, client) = world.Callers[i];
                using var request = await requests.ForAsync(operation, name);
                using var response = await client.SendAsync(request);
                row[i] = (int)response.StatusCode;
            }
            actual[operation.OperationId] = row;
        }

        // Reads first, a few at once (none changes what another sees); then writes one at a time, in the document's order,
        // so any change a permitted write makes lands the same way on every run.
        await Parallel.ForEachAsync(operations.Where(o => o.Method == HttpMethod.Get), new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (operation, _) => await CallAsync(operation));
        foreach (var operation in operations.Where(o => o.Method != HttpMethod.Get))
            await CallAsync(operation);

        output.WriteLine($"Matrix: {operations.Count} operations × {world.Callers.Count} callers = {operations.Count * world.Callers.Count} calls "
            + $"(world built in {built.TotalSeconds:0.0} s, all in {clock.Elapsed.TotalSeconds:0.0} s)");
        var missing = operations.Select(o => o.OperationId).Where(id => !AuthorisationMatrix.Expected.ContainsKey(id)).ToList();
        var gone = AuthorisationMatrix.Expected.Keys.Where(id => !actual.ContainsKey(id)).ToList();
        var wrong = operations.Where(o => AuthorisationMatrix.Expected.TryGetValue(o.OperationId, out var expected) && expected != Row(actual[o.OperationId]))
            .Select(o => $"{o.OperationId}: expected {AuthorisationMatrix.Expected[o.OperationId]}, got {Row(actual[o.OperationId])}").ToList();
        if (missing.Count + gone.Count + wrong.Count > 0)
            output.WriteLine("What the portal answered, as rows for the table:\n" + Table(operations, actual));
        Assert.True(missing.Count == 0, $"Operations without a row in the table: {string.Join(", ", missing)}");
        Assert.True(gone.Count == 0, $"Rows for operations no longer in the document: {string.Join(", ", gone)}");
        Assert.True(wrong.Count == 0, $"{wrong.Count} rows differ:\n{string.Join('\n', wrong)}");
    }

    private static string Row(int[] statuses) => string.Join(' ', statuses);

    private static string Table(IEnumerable<FuzzOperation> operations, ConcurrentDictionary<string, int[]> actual)
    {
        var table = new StringBuilder();
        foreach (var operation in operations)
            table.AppendLine(CultureInfo.InvariantCulture, $"        [\"{operation.OperationId}\"] = \"{Row(actual[operation.OperationId])}\",");
        return table.ToString();
    }
}
