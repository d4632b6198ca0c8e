using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.EventStore;
using Microsoft.Extensions.Logging.Abstractions;

namespace FunderPortal.Grains.Tests;

/// <summary>The resourcing plan survives the JSON round trips of events and snapshots unchanged.</summary>
public sealed class ResourcingSnapshotTests : IAsyncLifetime
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly TemporaryStore _temp = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _temp.DisposeAsync();

    private SqliteEventStore Store => _temp.Store;

    private EventSourcedState<CharityState, CharityEvent> Open(int snapshotEvery) =>
        new("charity/resourcing", CharityState.SnapshotSchema, Store, _clock, NullLogger.Instance, snapshotEvery);

    [Theory]
    [InlineData(1_000)] // folded from events only
    [InlineData(3)] // restored from a snapshot
    public async Task AReloadedPlanEqualsTheLiveOne(int snapshotEvery)
    {
        var live = Open(snapshotEvery);
        await live.LoadAsync();
        async Task Do(Func<CharityState, IReadOnlyList<CharityEvent>> decide) => await live.AppendAsync(decide(live.State), "alice");
        await Do(s => CharityDecisions.Register(s, "GB-CHC-5550002", new RegisterCharity("GB-CHC-5550002", "Hope", null, [], [], null), "alice"));
        await Do(s => CharityDecisions.StartWorkstream(s, "w", new StartWorkstream("Peer support", null, null, null)));
        await Do(s => CharityDecisions.PlanResourcingLine(s, "pay", new ResourcingLineDetails(ResourcingCategory.ParticipantPayment, "Panel", 10, "hours",
            1_500, new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31), "w", 10, 1_500, false)));
        await Do(s => CharityDecisions.PlanResourcingLine(s, "bsl", new ResourcingLineDetails(ResourcingCategory.Accessibility, "BSL", 2, "sessions",
            30_000, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), Support: "Interpreters")));
        await Do(s => CharityDecisions.RecordLineFunding(s, "bsl", "f", new FundingDetails(FundingKind.Committed, 20_000, "Trust A", "GB-CHC-7000001", "Year one")));
        await Do(s => CharityDecisions.OfferPledge(s, "pay", "p", new FunderRef("GB-CHC-7000002", "Trust"), 15_000, "All of it", "fiona"));
        await Do(s => CharityDecisions.AcceptPledge(s, "pay", "p"));
        await Do(s => CharityDecisions.OfferPledge(s, "bsl", "q", new FunderRef("GB-CHC-7000003", "Trust"), 1_000, null, "gary"));
        await Do(s => CharityDecisions.PlanResourcingLine(s, "old", new ResourcingLineDetails(ResourcingCategory.Other, "Hall hire", 1, "day",
            5_000, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 1))));
        await Do(s => CharityDecisions.WithdrawResourcingLine(s, "old"));
        await Task.Delay(200); // snapshots are written in the background

        var reloaded = Open(snapshotEvery);
        await reloaded.LoadAsync();

        Assert.Equal(live.State.Version, reloaded.State.Version);
        Assert.Equal(3, reloaded.State.ResourcingLines.Count);
        foreach (var (was, now) in live.State.ResourcingLines.Zip(reloaded.State.ResourcingLines))
        {
            Assert.Equal((was.Id, was.Terms, was.PlannedAt, was.UpdatedAt, was.WithdrawnAt), (now.Id, now.Terms, now.PlannedAt, now.UpdatedAt, now.WithdrawnAt));
            Assert.Equal(was.Funding, now.Funding);
            Assert.Equal(was.Pledges, now.Pledges);
        }
        Assert.Equal(["bsl", "pay"], reloaded.State.PlanLines().Select(l => l.Id).Order(StringComparer.Ordinal));
        Assert.Equal(ResourcingTotals.Summarise(live.State, _clock.UtcNow).Plan, ResourcingTotals.Summarise(reloaded.State, _clock.UtcNow).Plan);
        if (snapshotEvery < 10)
            Assert.NotNull(await Store.LoadSnapshotAsync("charity/resourcing", CharityState.SnapshotSchema));
    }
}
