using System.Diagnostics;
using FunderPortal.Charities;
using FunderPortal.EventStore;
using FunderPortal.Organisations;
using Microsoft.Extensions.Logging.Abstractions;

namespace FunderPortal.Grains.Tests;

/// <summary>
/// Reads held for storing together (issue 23): in order, overdue once the oldest has waited the bound, full at the
/// batch's size, put back in front when a store fails; and stored with each read's own instant and reader.
/// </summary>
public sealed class AccessLogBatchTests : IAsyncLifetime
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TemporaryStore _temp = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _temp.DisposeAsync();

    private static long After(long start, TimeSpan elapsed) => start + (long)(elapsed.TotalSeconds * Stopwatch.Frequency);

    [Fact]
    public void ABatchIsOverdueOnlyOnceItsOldestReadHasWaitedTheBound()
    {
        var batch = new AccessLogBatch<string>(Second, 100);
        var start = Stopwatch.GetTimestamp();
        Assert.False(batch.IsOverdue(After(start, TimeSpan.FromHours(1))));

        batch.Add("first", Noon, "fiona", start);
        batch.Add("second", Noon, "fred", After(start, TimeSpan.FromMilliseconds(900)));

        Assert.False(batch.IsOverdue(After(start, TimeSpan.FromMilliseconds(999))));
        Assert.True(batch.IsOverdue(After(start, Second)));
    }

    [Fact]
    public void ABatchSaysWhenItIsFullAndHandsOverEverythingInOrder()
    {
        var batch = new AccessLogBatch<string>(Second, 3);
        var now = Stopwatch.GetTimestamp();

        Assert.False(batch.Add("a", Noon, "fiona", now));
        Assert.False(batch.Add("b", Noon, "fiona", now));
        Assert.True(batch.Add("c", Noon, "fred", now));
        var taken = batch.Take();

        Assert.Equal(["a", "b", "c"], taken.Select(r => r.Read));
        Assert.Equal(0, batch.Count);
        Assert.False(batch.IsOverdue(After(now, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void ReadsPutBackGoBeforeThoseHeldSinceAndKeepTheirAge()
    {
        var batch = new AccessLogBatch<string>(Second, 100);
        var start = Stopwatch.GetTimestamp();
        batch.Add("old", Noon, "fiona", start);
        var taken = batch.Take();
        batch.Add("new", Noon, "fiona", After(start, TimeSpan.FromMilliseconds(800)));

        batch.PutBack(taken);

        Assert.Equal(["old", "new"], batch.Take().Select(r => r.Read));
        batch.PutBack(taken);
        Assert.True(batch.IsOverdue(After(start, Second)));
    }

    [Fact]
    public async Task HeldReadsAreStoredInOneCommitEachWithItsOwnInstantAndReader()
    {
        var log = new EventSourcedState<AccessLogState, AccessLogEvent>("charity-access/GB-CHC-5550001", AccessLogState.SnapshotSchema,
            _temp.Store, new TestClock(Noon.AddHours(1)), NullLogger.Instance);
        await log.LoadAsync();

        await log.AppendRecordedAsync(
        [
            (new FunderReadLogged("s", "GB-CHC-5550002", "fiona", "journey"), Noon, "fiona"),
            (new FunderReadLogged("s", "GB-CHC-5550002", "fred", "profile"), Noon.AddMilliseconds(300), "fred"),
        ]);

        var stored = await _temp.Store.ReadAsync("charity-access/GB-CHC-5550001", 0, 10);
        Assert.Equal([(1L, "fiona", Noon), (2L, "fred", Noon.AddMilliseconds(300))], stored.Select(e => (e.Version, e.Actor, e.RecordedAt)));
        Assert.Equal(2, log.State.Version);
    }
}
