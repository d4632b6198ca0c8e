using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.Funders;
using Microsoft.Extensions.Logging.Abstractions;

namespace FunderPortal.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class FunderGrainTests(ClusterFixture fixture)
{
    private static RegisterFunder Registration(string orgId, string? prefix = "360G-hopetrust") => new(orgId, "Hope Trust", FunderType.Trust, prefix);

    private async Task<IFunderGrain> RegisteredAsync(string editor = "alice", string? prefix = "360G-hopetrust")
    {
        var orgId = Keys.NewOrgId();
        var funder = fixture.Grains.GetGrain<IFunderGrain>(orgId);
        await funder.RegisterAsync(Registration(orgId, prefix), editor);
        return funder;
    }

    private DateOnly Today => DateOnly.FromDateTime(fixture.Clock.UtcNow.UtcDateTime);

    private RecordGrant Grant(string charityOrgId, DateOnly awardDate, long pence = 500_000) => new(
        charityOrgId, "Hope Street", "Paid co-design", "Paying participants for their time", pence, awardDate,
        awardDate.AddDays(30), awardDate.AddDays(760), GrantType.Development, null, [], ["w1"]);

    private PortfolioEntry Entry(string charityOrgId, long version, string name = "Hope Street",
        IReadOnlyList<BarrierKind>? barriers = null, DateTimeOffset? shareExpiresAt = null) => new(
        charityOrgId, name, SizeBand.Small, version, fixture.Clock.UtcNow, Today.AddDays(30),
        [new PortfolioRung("w1", "Peer support", ActivityKind.CoDecision, LadderRung.Engagement, LadderRung.Consultation, LadderRung.Informing)],
        barriers ?? [BarrierKind.TimeResourcesSkills], version * 100, 60, [ShareScope.Journey], shareExpiresAt);

    [Fact]
    public async Task TheRegistrantIsEditorAndOthersCannotSeeTheFunder()
    {
        var funder = await RegisteredAsync();

        var profile = await funder.GetProfileAsync("alice");

        Assert.Equal((MemberRole.Editor, 2L, "360G-hopetrust"), (profile.YourRole, profile.Version, profile.GrantIdPrefix));
        await Assert.ThrowsAsync<NotFoundException>(() => funder.GetProfileAsync("mallory"));
        await Assert.ThrowsAsync<NotFoundException>(() => funder.GetGrantsAsync("mallory"));
        await Assert.ThrowsAsync<NotFoundException>(() => funder.GetPortfolioAsync(new PortfolioQuery(), "mallory"));
        await Assert.ThrowsAsync<ConflictException>(() => funder.RegisterAsync(Registration(funder.GetPrimaryKeyString()), "bob"));
    }

    [Fact]
    public async Task AFundersNameIsPublicOnceRegisteredAndFollowsItsChanges()
    {
        var unregistered = fixture.Grains.GetGrain<IFunderGrain>(Keys.NewOrgId());
        var funder = await RegisteredAsync();

        Assert.Null(await unregistered.GetPublicNameAsync());
        Assert.Equal("Hope Trust", await funder.GetPublicNameAsync());
        await funder.ChangeProfileAsync(new ChangeFunderProfile("Hope Street Trust", null, null), null, "alice");
        Assert.Equal("Hope Street Trust", await funder.GetPublicNameAsync());
    }

    [Fact]
    public async Task ViewersReadButCannotWrite()
    {
        var funder = await RegisteredAsync();
        await funder.SetMemberAsync("victor", MemberRole.Viewer, "alice");

        Assert.Equal(MemberRole.Viewer, (await funder.GetProfileAsync("victor")).YourRole);
        await Assert.ThrowsAsync<ForbiddenException>(() => funder.RecordGrantAsync(Grant(Keys.NewOrgId(), Today), "victor"));
        await Assert.ThrowsAsync<ForbiddenException>(() => funder.GiveFeedbackAsync(new GiveFeedback(Keys.NewOrgId(), FeedbackKind.Feedback, "x"), "victor"));
        await Assert.ThrowsAsync<ForbiddenException>(() => funder.AddProgrammeAsync(new ProgrammeDetails("x", null), "victor"));
        await Assert.ThrowsAsync<ConflictException>(() => funder.RemoveMemberAsync("alice", "alice"));
    }

    [Fact]
    public async Task GrantsAreNumberedAndListedNewestAwardFirst()
    {
        var funder = await RegisteredAsync();
        var charity = Keys.NewOrgId();

        var older = await funder.RecordGrantAsync(Grant(charity, Today.AddDays(-300)), "alice");
        var newer = await funder.RecordGrantAsync(Grant(charity, Today.AddDays(-10), pence: 10_000_000_000), "alice");

        Assert.Equal(("1", "2"), (older.Id, newer.Id));
        Assert.Equal(["2", "1"], (await funder.GetGrantsAsync("alice")).Select(g => g.Id));
        Assert.Equal(10_000_000_000, (await funder.GetGrantAsync("2", "alice")).AmountPence);
        await Assert.ThrowsAsync<NotFoundException>(() => funder.GetGrantAsync("3", "alice"));
        var invalid = await Assert.ThrowsAsync<DomainValidationException>(() =>
            funder.RecordGrantAsync(Grant(charity, Today) with { PlannedEnd = Today.AddDays(1), PlannedStart = Today.AddDays(2) }, "alice"));
        Assert.Equal(["plannedEnd"], invalid.Errors.Keys);
    }

    [Fact]
    public async Task ThePortfolioKeepsTheNewestSummaryAndSurvivesAReloadAcrossSnapshots()
    {
        var funder = await RegisteredAsync();
        var charities = Enumerable.Range(0, 5).Select(_ => Keys.NewOrgId()).ToList();
        for (var version = 1; version <= 50; version++)
        {
            foreach (var charity in charities)
                await funder.UpsertPortfolioEntryAsync(Entry(charity, version, name: $"{charity} v{version}"));
            if (version > 1)
                await funder.UpsertPortfolioEntryAsync(Entry(charities[0], version - 1, name: "stale"));
        }
        await Task.Delay(200); // snapshots are written in the background

        var reloaded = new EventSourcedState<PortfolioState, PortfolioEvent>(
            StreamIds.FunderPortfolio(funder.GetPrimaryKeyString()), PortfolioState.SnapshotSchema, fixture.Store, fixture.Clock, NullLogger.Instance);
        await reloaded.LoadAsync();
        var live = await funder.GetPortfolioAsync(new PortfolioQuery(), "alice");

        Assert.Equal(250, reloaded.State.Version);
        Assert.NotNull(await fixture.Store.LoadSnapshotAsync(StreamIds.FunderPortfolio(funder.GetPrimaryKeyString()), PortfolioState.SnapshotSchema));
        Assert.All(live, e => Assert.Equal(50, e.Version));
        Assert.Equal(live.Select(e => (e.CharityOrgId, e.Name)).Order(), reloaded.State.Entries.Values.Select(e => (e.CharityOrgId, e.Name)).Order());
        Assert.Equal(2, (await funder.GetProfileAsync("alice")).Version); // pushes never move the profile's version (its ETag)
    }

    [Fact]
    public async Task ARemovedCharityLeavesThePortfolioAndALatePushCannotBringItBack()
    {
        var funder = await RegisteredAsync();
        var charity = Keys.NewOrgId();
        await funder.UpsertPortfolioEntryAsync(Entry(charity, 5));

        await funder.RemovePortfolioEntryAsync(charity, 6);
        await funder.UpsertPortfolioEntryAsync(Entry(charity, 5));
        await funder.RemovePortfolioEntryAsync(charity, 6);

        Assert.Empty(await funder.GetPortfolioAsync(new PortfolioQuery(), "alice"));
        var history = await fixture.Store.ReadAsync(StreamIds.FunderPortfolio(funder.GetPrimaryKeyString()), 0, 10);
        Assert.Equal(["PortfolioEntryUpserted", "PortfolioEntryRemoved"], history.Select(e => e.Type));
        Assert.Equal(StreamIds.Charity(charity), history[0].Actor);
    }

    [Fact]
    public async Task AnUnregisteredFunderRefusesPushes()
    {
        var funder = fixture.Grains.GetGrain<IFunderGrain>(Keys.NewOrgId());

        await Assert.ThrowsAsync<NotFoundException>(() => funder.UpsertPortfolioEntryAsync(Entry(Keys.NewOrgId(), 1)));
        await Assert.ThrowsAsync<NotFoundException>(() => funder.RemovePortfolioEntryAsync(Keys.NewOrgId(), 1));
    }

    [Fact]
    public async Task ConnectFindsLiveSharesFacingTheSameBarrier()
    {
        var funder = await RegisteredAsync();
        var (a, b, c, expired) = (Keys.NewOrgId(), Keys.NewOrgId(), Keys.NewOrgId(), Keys.NewOrgId());
        await funder.UpsertPortfolioEntryAsync(Entry(a, 1, name: "Beta", barriers: [BarrierKind.PowerImbalance]));
        await funder.UpsertPortfolioEntryAsync(Entry(b, 1, name: "Alpha", barriers: [BarrierKind.PowerImbalance, BarrierKind.Accessibility]));
        await funder.UpsertPortfolioEntryAsync(Entry(c, 1, name: "Gamma", barriers: [BarrierKind.Accessibility]));
        await funder.UpsertPortfolioEntryAsync(Entry(expired, 1, name: "Delta", barriers: [BarrierKind.PowerImbalance],
            shareExpiresAt: fixture.Clock.UtcNow.AddMinutes(1)));
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));

        var connections = await funder.GetConnectionsAsync(BarrierKind.PowerImbalance, "alice");

        Assert.Equal([b, a], connections.Select(e => e.CharityOrgId));
    }

    [Fact]
    public async Task OpenGrantsNeedAPrefixAndAtLeastOneGrant()
    {
        var funder = await RegisteredAsync(prefix: null);

        await Assert.ThrowsAsync<ConflictException>(() => funder.GetOpenGrantsAsync("alice"));
        await funder.ChangeProfileAsync(new ChangeFunderProfile(null, null, "360G-hopetrust"), 2, "alice");
        await Assert.ThrowsAsync<ConflictException>(() => funder.GetOpenGrantsAsync("alice"));
        await funder.RecordGrantAsync(Grant(Keys.NewOrgId(), Today), "alice");

        var open = await funder.GetOpenGrantsAsync("alice");

        Assert.Equal(("360G-hopetrust", 1), (open.GrantIdPrefix, open.Grants.Count));
        await Assert.ThrowsAsync<PreconditionFailedException>(() => funder.ChangeProfileAsync(new ChangeFunderProfile("x", null, null), 2, "alice"));
    }
}
