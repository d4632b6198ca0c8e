using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.EventStore;
using Microsoft.Extensions.Logging.Abstractions;

namespace FunderPortal.Grains.Tests;

public sealed class EventSourcedStateTests : IAsyncLifetime
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly TemporaryStore _temp = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _temp.DisposeAsync();

    private SqliteEventStore Store => _temp.Store;

    private EventSourcedState<CharityState, CharityEvent> Open(string stream, int snapshotEvery = 10) =>
        new(stream, CharityState.SnapshotSchema, Store, _clock, NullLogger.Instance, snapshotEvery);

    private async Task<EventSourcedState<CharityState, CharityEvent>> RegisteredWithWorkstreamAsync(string stream)
    {
        var charity = Open(stream);
        await charity.LoadAsync();
        await charity.AppendAsync(CharityDecisions.Register(charity.State, "GB-CHC-5550001", new RegisterCharity("GB-CHC-5550001", "Hope", null, [], [], null), "alice"), "alice");
        await charity.AppendAsync(CharityDecisions.StartWorkstream(charity.State, "w", new StartWorkstream("Peer support", null, null, null)), "alice");
        return charity;
    }

    private static IReadOnlyList<CharityEvent> Rung(CharityState state, LadderRung rung) =>
        CharityDecisions.SetRungs(state, "w", ActivityKind.CoDesign, new RungPair(rung, LadderRung.CoProduction));

    [Fact]
    public async Task ALoadedStateEqualsTheLiveOneAcrossManySnapshots()
    {
        var live = await RegisteredWithWorkstreamAsync("charity/a");
        var rungs = Enum.GetValues<LadderRung>();
        for (var i = 0; i < 95; i++)
            await live.AppendAsync(Rung(live.State, rungs[i % rungs.Length]), "alice");
        await Task.Delay(200); // snapshots are written in the background

        var reloaded = Open("charity/a");
        await reloaded.LoadAsync();

        Assert.Equal(live.State.Version, reloaded.State.Version);
        Assert.Equal(live.State.FindWorkstream("w")!.RungsFor(ActivityKind.CoDesign), reloaded.State.FindWorkstream("w")!.RungsFor(ActivityKind.CoDesign));
        Assert.NotNull(await Store.LoadSnapshotAsync("charity/a", CharityState.SnapshotSchema));
    }

    [Fact]
    public async Task AStateAsOfAPastInstantIsExactlyWhatItWasThen()
    {
        var live = await RegisteredWithWorkstreamAsync("charity/b");
        var rungs = Enum.GetValues<LadderRung>();
        var seen = new List<(DateTimeOffset At, LadderRung Rung)>();
        for (var i = 0; i < 60; i++)
        {
            _clock.Advance(TimeSpan.FromDays(1));
            var rung = rungs[i % rungs.Length];
            await live.AppendAsync(Rung(live.State, rung), "alice");
            seen.Add((live.State.LastRecordedAt!.Value, rung));
        }
        await Task.Delay(200);

        foreach (var (at, rung) in seen.Where((_, i) => i % 7 == 0))
        {
            var past = await live.StateAsOfAsync(at.AddHours(12));
            Assert.Equal(rung, past.FindWorkstream("w")!.RungsFor(ActivityKind.CoDesign).Current);
        }
        Assert.False((await live.StateAsOfAsync(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero))).IsRegistered);
        Assert.Equal(63, live.State.Version); // the live state is untouched by past reads
    }

    [Fact]
    public async Task AWriterBehindAnotherIsToldToRetryAndCatchesUp()
    {
        var first = await RegisteredWithWorkstreamAsync("charity/c");
        var second = Open("charity/c");
        await second.LoadAsync();
        await first.AppendAsync(Rung(first.State, LadderRung.Informing), "alice");

        await Assert.ThrowsAsync<ConflictException>(() => second.AppendAsync(Rung(second.State, LadderRung.Engagement), "bob"));

        Assert.Equal(first.State.Version, second.State.Version);
        await second.AppendAsync(Rung(second.State, LadderRung.Engagement), "bob");
        Assert.Equal(5, (await Store.ReadAsync("charity/c", 0, 100)).Count);
    }

    [Fact]
    public async Task RecordedTimesNeverGoBackwards()
    {
        var live = await RegisteredWithWorkstreamAsync("charity/d");
        var clock = new TestClock(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var behind = new EventSourcedState<CharityState, CharityEvent>("charity/d", CharityState.SnapshotSchema, Store, clock, NullLogger.Instance);
        await behind.LoadAsync();

        await behind.AppendAsync(Rung(behind.State, LadderRung.Informing), "alice");

        var events = await Store.ReadAsync("charity/d", 0, 100);
        Assert.True(events[^1].RecordedAt >= events[^2].RecordedAt);
        Assert.NotNull(live);
    }
}
