using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.EventStore;

namespace FunderPortal.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class CharityGrainTests(ClusterFixture fixture)
{
    private static RegisterCharity Registration(string orgId) => new(orgId, "Hope Street", SizeBand.Small, ["Leeds"], [], null);

    private async Task<ICharityGrain> RegisteredAsync(string editor = "alice")
    {
        var orgId = Keys.NewOrgId();
        var charity = fixture.Grains.GetGrain<ICharityGrain>(orgId);
        await charity.RegisterAsync(Registration(orgId), editor);
        return charity;
    }

    [Fact]
    public async Task TheRegistrantIsEditorAndOthersCannotSeeTheCharity()
    {
        var charity = await RegisteredAsync();

        var profile = await charity.GetProfileAsync("alice");

        Assert.Equal(MemberRole.Editor, profile.YourRole);
        Assert.Equal(2, profile.Version);
        await Assert.ThrowsAsync<NotFoundException>(() => charity.GetProfileAsync("mallory"));
        await Assert.ThrowsAsync<NotFoundException>(() => charity.GetJourneyAsync(null, "mallory"));
        await Assert.ThrowsAsync<NotFoundException>(() => charity.GetHistoryAsync(0, 10, "mallory"));
    }

    [Fact]
    public async Task RegisteringAnExistingCharityIsAConflict()
    {
        var charity = await RegisteredAsync();

        await Assert.ThrowsAsync<ConflictException>(() => charity.RegisterAsync(Registration(charity.GetPrimaryKeyString()), "bob"));
    }

    [Fact]
    public async Task ValidationErrorsCrossTheGrainBoundaryKeyedByField()
    {
        var orgId = Keys.NewOrgId();
        var charity = fixture.Grains.GetGrain<ICharityGrain>(orgId);

        var error = await Assert.ThrowsAsync<DomainValidationException>(() =>
            charity.RegisterAsync(new RegisterCharity(orgId, "", null, [], [], null), "alice"));

        Assert.Equal(["name"], error.Errors.Keys);
        await Assert.ThrowsAsync<NotFoundException>(() => charity.GetProfileAsync("alice"));
    }

    [Fact]
    public async Task ViewersReadButCannotWrite()
    {
        var charity = await RegisteredAsync();
        await charity.SetMemberAsync("victor", MemberRole.Viewer, "alice");

        Assert.Equal(MemberRole.Viewer, (await charity.GetProfileAsync("victor")).YourRole);
        await Assert.ThrowsAsync<ForbiddenException>(() => charity.StartWorkstreamAsync(new StartWorkstream("x", null, null, null), "victor"));
        await Assert.ThrowsAsync<ForbiddenException>(() => charity.ChangeProfileAsync(new ChangeCharityProfile("x", null, null, null, null), null, "victor"));
        await Assert.ThrowsAsync<ForbiddenException>(() => charity.SetMemberAsync("victor", MemberRole.Editor, "victor"));
    }

    [Fact]
    public async Task AStaleExpectedVersionIsRefusedWithTheCurrentOne()
    {
        var charity = await RegisteredAsync();
        await charity.ChangeProfileAsync(new ChangeCharityProfile("Hope Street Trust", null, null, null, null), 2, "alice");

        var stale = await Assert.ThrowsAsync<PreconditionFailedException>(() =>
            charity.ChangeProfileAsync(new ChangeCharityProfile("Other", null, null, null, null), 2, "alice"));

        Assert.Equal(3, stale.CurrentVersion);
        Assert.Equal("Hope Street Trust", (await charity.GetProfileAsync("alice")).Name);
    }

    [Fact]
    public async Task TheJourneyCanBeSeenAsItWasAtAnyPastInstant()
    {
        var charity = await RegisteredAsync();
        var registered = fixture.Clock.UtcNow;
        fixture.Clock.Advance(TimeSpan.FromDays(10));
        var workstream = await charity.StartWorkstreamAsync(new StartWorkstream("Peer support", null, null, null), "alice");
        var started = fixture.Clock.UtcNow;
        fixture.Clock.Advance(TimeSpan.FromDays(10));
        await charity.SetRungsAsync(workstream.Id, ActivityKind.CoDecision, new RungPair(LadderRung.Consultation, LadderRung.CoProduction), "alice");
        fixture.Clock.Advance(TimeSpan.FromDays(10));
        await charity.SetRungsAsync(workstream.Id, ActivityKind.CoDecision, new RungPair(LadderRung.CoDesign, LadderRung.CoProduction), "alice");

        var atRegistration = await charity.GetJourneyAsync(registered, "alice");
        var afterStart = await charity.GetJourneyAsync(started, "alice");
        var beforeClimb = await charity.GetJourneyAsync(started.AddDays(15), "alice");
        var now = await charity.GetJourneyAsync(null, "alice");

        Assert.Empty(atRegistration.Workstreams);
        Assert.Equal(RungPair.Unset, afterStart.Workstreams.Single().Rungs[ActivityKind.CoDecision]);
        Assert.Equal(LadderRung.Consultation, beforeClimb.Workstreams.Single().Rungs[ActivityKind.CoDecision].Current);
        Assert.Equal(LadderRung.CoDesign, now.Workstreams.Single().Rungs[ActivityKind.CoDecision].Current);
        Assert.Equal(4, Enum.GetValues<ActivityKind>().Intersect(now.Workstreams.Single().Rungs.Keys).Count());
        await Assert.ThrowsAsync<NotFoundException>(() => charity.GetJourneyAsync(registered.AddYears(-1), "alice"));
    }

    [Fact]
    public async Task TwentyConcurrentWritersLoseNothing()
    {
        var charity = await RegisteredAsync();
        var editors = Enumerable.Range(0, 20).Select(i => $"editor-{i}").ToList();
        foreach (var editor in editors)
            await charity.SetMemberAsync(editor, MemberRole.Editor, "alice");
        var before = (await charity.GetProfileAsync("alice")).Version;

        var writes = editors.SelectMany(editor => Enumerable.Range(0, 5).Select(n =>
            charity.StartWorkstreamAsync(new StartWorkstream($"{editor} #{n}", null, null, null), editor)));
        await Task.WhenAll(writes);

        var history = await charity.GetHistoryAsync(0, 1_000, "alice");
        Assert.Equal(Enumerable.Range(1, (int)before + 100).Select(v => (long)v), history.Events.Select(e => e.Version));
        var journey = await charity.GetJourneyAsync(null, "alice");
        Assert.Equal(100, journey.Workstreams.Select(w => w.Title).Distinct().Count());
        Assert.Equal(before + 100, (await fixture.Store.ReadAsync(StreamIds.Charity(charity.GetPrimaryKeyString()), 0, 1_000)).Count);
    }

    [Fact]
    public async Task HistoryPagesThroughEveryEventOldestFirst()
    {
        var charity = await RegisteredAsync();
        for (var i = 0; i < 7; i++)
            await charity.StartWorkstreamAsync(new StartWorkstream($"w{i}", null, null, null), "alice");

        var first = await charity.GetHistoryAsync(0, 4, "alice");
        var second = await charity.GetHistoryAsync(first.Next!.Value, 4, "alice");
        var last = await charity.GetHistoryAsync(second.Next!.Value, 4, "alice");

        Assert.Equal([1L, 2, 3, 4], first.Events.Select(e => e.Version));
        Assert.Equal([5L, 6, 7, 8], second.Events.Select(e => e.Version));
        Assert.Equal([9L], last.Events.Select(e => e.Version));
        Assert.Null(last.Next);
        Assert.Equal("CharityRegistered", first.Events[0].Type);
        Assert.Equal("alice", first.Events[0].Actor);
        Assert.Contains("\"title\":\"w0\"", first.Events[2].Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgressComparesTheJourneyAtTwoInstantsAcrossManySnapshots()
    {
        var charity = await RegisteredAsync();
        var workstream = await charity.StartWorkstreamAsync(new StartWorkstream("Peer support", null, null, null), "alice");
        var rungs = Enum.GetValues<LadderRung>();
        var instants = new List<(DateTimeOffset At, LadderRung Rung)>();
        for (var i = 0; i < 250; i++)
        {
            fixture.Clock.Advance(TimeSpan.FromHours(1));
            var rung = rungs[i % rungs.Length];
            await charity.SetRungsAsync(workstream.Id, ActivityKind.CoDelivery, new RungPair(rung, null), "alice");
            instants.Add((fixture.Clock.UtcNow, rung));
        }
        await Task.Delay(200); // snapshots are written in the background

        var (from, fromRung) = instants[60];
        var (to, toRung) = instants[182];
        var progress = await charity.GetProgressAsync(from, to, "alice");

        var change = Assert.Single(progress.RungChanges);
        Assert.Equal((fromRung, toRung), (change.From!.Value, change.To!.Value));
        Assert.Equal((from, to), (progress.From, progress.To));
        await Assert.ThrowsAsync<DomainValidationException>(() => charity.GetProgressAsync(to, from, "alice"));
        await Assert.ThrowsAsync<NotFoundException>(() => charity.GetProgressAsync(from, to, "mallory"));
    }

    [Fact]
    public async Task ACheckInMovesTheNextDueDate()
    {
        var charity = await RegisteredAsync();
        var today = DateOnly.FromDateTime(fixture.Clock.UtcNow.UtcDateTime);
        var registeredJourney = await charity.GetJourneyAsync(null, "alice");

        var checkIn = await charity.RecordCheckInAsync(new RecordCheckIn(today.AddDays(-1), "a", "b", "c",
            Enum.GetValues<ReadinessQuestion>().ToDictionary(q => q, _ => new ReadinessResponse(ReadinessAnswer.Yes, null)),
            Enum.GetValues<Principle>().ToDictionary(p => p, _ => 5)), "alice");

        Assert.Equal(today.AddDays(90), registeredJourney.NextCheckInDue);
        Assert.Equal(today.AddDays(89), (await charity.GetJourneyAsync(null, "alice")).NextCheckInDue);
        var read = (await charity.GetCheckInAsync(checkIn.Id, "alice")).CheckIn;
        Assert.Equal((checkIn.Id, today.AddDays(-1), 5), (read.Id, read.HeldOn, read.Principles[Principle.Access]));
    }
}
