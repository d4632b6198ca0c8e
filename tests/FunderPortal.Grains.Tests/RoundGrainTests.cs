using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.Funders;
using FunderPortal.Rounds;
using Microsoft.Extensions.Logging.Abstractions;

namespace FunderPortal.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class RoundGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task TheFunderKeepsOneGrantPerFundedApplicationHoweverOftenTheRoundAsks()
    {
        var orgId = Keys.NewOrgId();
        var funder = fixture.Grains.GetGrain<IFunderGrain>(orgId);
        await funder.RegisterAsync(new RegisterFunder(orgId, "Hope Trust", FunderType.Trust, null), "alice");
        RoundGrant[] grants =
        [
            new("a1", "GB-CHC-1", "Hope Street", "Lived experience fund", "Peer mentors", 400_000, new DateOnly(2026, 1, 5), null),
            new("a2", "GB-CHC-2", "Calm Harbour", "Lived experience fund", "Drop-in", 300_000, new DateOnly(2026, 1, 5), null),
        ];

        var first = await funder.RecordRoundGrantsAsync("r1", grants);
        var again = await funder.RecordRoundGrantsAsync("r1", grants); // a retry after a crash before the round recorded the answer

        Assert.Equal(first, again);
        Assert.Equal(2, (await funder.GetGrantsAsync("alice")).Count);
        Assert.Equal(400_000, (await funder.GetGrantAsync(first["a1"], "alice")).AmountPence);
    }

    [Fact]
    public async Task ARoundIsListedWithItsFunderOnce()
    {
        var orgId = Keys.NewOrgId();
        var funder = fixture.Grains.GetGrain<IFunderGrain>(orgId);
        await funder.RegisterAsync(new RegisterFunder(orgId, "Hope Trust", FunderType.Trust, null), "alice");
        var roundId = Guid.NewGuid().ToString("n");
        var round = fixture.Grains.GetGrain<IGrantRoundGrain>(roundId);

        await round.CreateAsync(orgId, Details(), "alice");
        await funder.ListRoundAsync(roundId, "Lived experience fund"); // as the round does again on every activation

        Assert.Equal(roundId, Assert.Single(await funder.GetRoundsAsync("alice")).RoundId);
        await Assert.ThrowsAsync<NotFoundException>(() => round.MoveToAsync(RoundPhase.Open, "panel:" + roundId + ":nobody"));
    }

    [Fact]
    public async Task DeferredSnapshotsWaitForTheGrainNotTheRequest()
    {
        await using var temp = new TemporaryStore();
        var stream = new EventSourcedState<RoundState, RoundEvent>("round/deferred", RoundState.SnapshotSchema, temp.Store, fixture.Clock,
            NullLogger.Instance, snapshotEvery: 2, deferSnapshots: true);
        await stream.LoadAsync();
        await stream.AppendAsync(RoundDecisions.Create(stream.State, "deferred", "GB-CHC-1", Details()), "alice");
        await stream.AppendAsync(RoundDecisions.Invite(stream.State, "i1", "h1", null), "alice");

        Assert.True(stream.SnapshotDue);
        Assert.Null(await temp.Store.LoadSnapshotAsync("round/deferred", RoundState.SnapshotSchema));

        stream.SaveSnapshotIfDue();
        Assert.False(stream.SnapshotDue);
        for (var i = 0; i < 50 && await temp.Store.LoadSnapshotAsync("round/deferred", RoundState.SnapshotSchema) is null; i++)
            await Task.Delay(20);
        var reloaded = new EventSourcedState<RoundState, RoundEvent>("round/deferred", RoundState.SnapshotSchema, temp.Store, fixture.Clock,
            NullLogger.Instance, snapshotEvery: 2, deferSnapshots: true);
        await reloaded.LoadAsync();
        Assert.Equal((2L, "i1"), (reloaded.State.Version, Assert.Single(reloaded.State.Invitations.Keys)));
    }

    internal static RoundDetails Details() => new("Lived experience fund", null, 1_000_000, 100_000, 500_000, null, null,
        [new CriterionInput("Shaped by lived experience", 1, 4, null)], false, null, null, null, null);
}
