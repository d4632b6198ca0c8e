using FunderPortal.EventStore;
using Microsoft.Extensions.Logging.Abstractions;

namespace FunderPortal.Benchmarks.Throughput;

/// <summary>
/// For scale: the store alone, in this process, with no HTTP, authentication or Orleans in front of it:
/// as many appenders as portal clients, each appending one small event at a time to its own stream.
/// </summary>
internal static class StoreAppendRate
{
    private const string EventType = "RungsSet";
    private const string EventData = """{"workstreamId":"0123456789abcdef0123456789abcdef","activityKind":"CoDesign","current":"Consultation","target":"CoProduction"}""";

    public static async Task<LoadOutcome> MeasureAsync(string folder, int appenders, TimeSpan warmUp, TimeSpan measured, CancellationToken cancellationToken)
    {
        await using var store = new SqliteEventStore(Path.Combine(folder, "store-alone.db"), NullLogger<SqliteEventStore>.Instance);
        var versions = new long[appenders];
        return await ClosedLoopLoad.RunAsync(appenders, async (appender, ct) =>
        {
            var events = new[] { new NewEvent(EventType, EventData, DateTimeOffset.UtcNow, "bench") };
            await store.AppendAsync($"charity/GB-CHC-{3_000_000 + appender}", versions[appender], events, ct);
            versions[appender]++;
            return true;
        }, warmUp, measured, cancellationToken);
    }
}
