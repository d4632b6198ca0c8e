using System.Diagnostics;
using System.Text.Json;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.Funders;
using FunderPortal.Rounds;
using Microsoft.Extensions.Logging.Abstractions;

namespace FunderPortal.Grains.Tests;

/// <summary>
/// What a round tells others through its outbox arrives once, however often it is sent: the public index of published
/// rounds (kept in its own stream, so it survives a restart) and a charity's inbox when its draft is discarded.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RoundPublicFaceTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Within, $"Not delivered within {Within.TotalSeconds} s.");
            await Task.Delay(100);
        }
    }

    private async Task<(IGrantRoundGrain Round, string RoundId, string FunderOrgId)> RoundAsync()
    {
        var orgId = Keys.NewOrgId();
        await fixture.Grains.GetGrain<IFunderGrain>(orgId).RegisterAsync(new RegisterFunder(orgId, "Hope Trust", FunderType.Trust, null), "fiona");
        var roundId = Guid.NewGuid().ToString("n");
        var round = fixture.Grains.GetGrain<IGrantRoundGrain>(roundId);
        await round.CreateAsync(orgId, RoundGrainTests.Details() with
        {
            Timetable = new Timetable(null, new DateOnly(2099, 12, 1), null, null),
            EligibilityQuestions = [],
        }, "fiona");
        return (round, roundId, orgId);
    }

    /// <summary>The index's events about one round, read back from the store (as a restarted silo would find them).</summary>
    private async Task<IReadOnlyList<PublicRoundsEvent>> StoredAboutAsync(string roundId)
    {
        var stream = new EventSourcedState<PublicRoundsState, PublicRoundsEvent>(StreamIds.PublicRounds(IPublicRoundsGrain.Key),
            PublicRoundsState.SnapshotSchema, fixture.Store, fixture.Clock, NullLogger.Instance);
        await stream.LoadAsync();
        var serializer = new EventSerializer<PublicRoundsEvent>();
        return [.. (await stream.ReadAsync(0, 100_000)).Select(e => serializer.Deserialize(e.Type, e.Data)).OfType<PublicRoundsEvent>()
            .Where(e => e is PublicRoundListed l ? l.Listing.RoundId == roundId : ((PublicRoundUnlisted)e).RoundId == roundId)];
    }

    [Fact]
    public async Task ThePublicIndexHearsOfAPublishedRoundOnceEvenWhenItFailsItsFirstCalls()
    {
        var (round, roundId, funderOrgId) = await RoundAsync();
        var index = fixture.Grains.GetGrain<IPublicRoundsGrain>(IPublicRoundsGrain.Key);
        FaultyCalls.Fail(IPublicRoundsGrain.Key, nameof(IPublicRoundsGrain.ListAsync), times: 3);

        await round.PublishAsync(true, "fiona");
        await Eventually(async () => (await index.GetPageAsync(null, null, 200)).Items.Any(r => r.RoundId == roundId));
        await round.PublishAsync(true, "fiona"); // asked again: nothing new to say

        var listed = Assert.IsType<PublicRoundListed>(Assert.Single(await StoredAboutAsync(roundId)));
        Assert.Equal((funderOrgId, "Hope Trust", RoundPhase.Draft), (listed.Listing.Funder.OrgId, listed.Listing.Funder.Name, listed.Listing.Phase));

        await round.MoveToAsync(RoundPhase.Open, "fiona");
        await round.PublishAsync(false, "fiona");

        Assert.Equal([typeof(PublicRoundListed), typeof(PublicRoundListed), typeof(PublicRoundUnlisted)], (await StoredAboutAsync(roundId)).Select(e => e.GetType()));
        Assert.DoesNotContain((await index.GetPageAsync(null, null, 200)).Items, r => r.RoundId == roundId);
        await Assert.ThrowsAsync<NotFoundException>(() => round.GetPublicAsync());
    }

    [Fact]
    public async Task ACharityWhoseDraftIsDiscardedFindsItInItsInboxOnceEvenWhenItFailsItsFirstCalls()
    {
        var (round, _, _) = await RoundAsync();
        var orgId = Keys.NewOrgId();
        var charity = fixture.Grains.GetGrain<ICharityGrain>(orgId);
        await charity.RegisterAsync(new RegisterCharity(orgId, "Hope Street", SizeBand.Small, [], [], null), "alice");
        await round.MoveToAsync(RoundPhase.Open, "fiona");
        var draft = await round.SubmitApplicationAsync(new SubmitApplication(orgId, null, "Early thoughts", null, false, Draft: true), "alice");
        FaultyCalls.Fail(orgId, nameof(ICharityGrain.ReceiveInboxItemAsync), times: 2);

        await round.MoveToAsync(RoundPhase.Scoring, "fiona");

        await Eventually(async () => (await charity.GetInboxAsync(false, null, 50, "alice")).Items.Count > 0);
        await Task.Delay(TimeSpan.FromSeconds(1)); // a retry still on its way would show now
        var item = Assert.Single((await charity.GetInboxAsync(false, null, 50, "alice")).Items);
        Assert.Equal((InboxItemKind.ApplicationDiscarded, "Hope Trust"), (item.Kind, item.From.Name));
        await Assert.ThrowsAsync<NotFoundException>(() => round.GetApplicationAsync(draft.Id, "alice"));
    }

    [Fact]
    public void ARoundSnapshotFromBeforeDraftsLoadsItsApplicationsAsSubmitted()
    {
        const string before = """
            {"version":3,"roundId":"r1","funderOrgId":"GB-CHC-1","phase":"Open","applications":{"a1":{"id":"a1","number":1,"charityOrgId":"GB-CHC-2",
             "charityName":"Hope Street","amountRequestedPence":200000,"summary":null,"eligibilityAnswers":{},"linkJourney":true,
             "submittedAt":"2026-01-05T09:00:00+00:00","submittedBy":"alice","files":[{"id":"f1","kind":"Recording","fileName":"talk.mp3",
             "contentType":"audio/mpeg","sizeBytes":10,"addedAt":"2026-01-05T09:00:00+00:00"}],"decision":null}}}
            """;

        var state = JsonSerializer.Deserialize<RoundState>(before, EventSerializer<RoundEvent>.Options)!;

        var application = state.Applications["a1"];
        Assert.Equal((ApplicationStatus.Submitted, 200_000L, 1), (application.Status, application.Amount, application.Number));
        Assert.Equal((RecordingMedia.Audio, null), (application.Files[0].Media, application.Files[0].Transcript));
        Assert.Empty(state.Drafts);
        Assert.False(state.Published);
    }
}
