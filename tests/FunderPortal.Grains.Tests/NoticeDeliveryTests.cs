using System.Diagnostics;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.EventStore;
using FunderPortal.Funders;
using FunderPortal.People;
using FunderPortal.Rounds;

namespace FunderPortal.Grains.Tests;

/// <summary>
/// Notices between grains are durable: a receiver that fails its first calls still hears, within the test silo's
/// retry period (0.5 s here, 5 s in the product), and nothing waits on it meanwhile.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NoticeDeliveryTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);

    private DateOnly Today => DateOnly.FromDateTime(fixture.Clock.UtcNow.UtcDateTime);

    private async Task<IFunderGrain> FunderAsync()
    {
        var orgId = Keys.NewOrgId();
        var funder = fixture.Grains.GetGrain<IFunderGrain>(orgId);
        await funder.RegisterAsync(new RegisterFunder(orgId, "Hope Trust", FunderType.Trust, null), "fiona");
        return funder;
    }

    private async Task<ICharityGrain> CharityAsync()
    {
        var orgId = Keys.NewOrgId();
        var charity = fixture.Grains.GetGrain<ICharityGrain>(orgId);
        await charity.RegisterAsync(new RegisterCharity(orgId, "Hope Street", SizeBand.Small, [], [], null), "alice");
        return charity;
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Within, $"Not delivered within {Within.TotalSeconds} s.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task AfterARevocationThePortfolioDropsTheCharityEvenWhenTheFunderFailsItsFirstCalls()
    {
        var funder = await FunderAsync();
        var charity = await CharityAsync();
        var share = await charity.ShareAsync(funder.GetPrimaryKeyString(), [ShareScope.Journey], null, "alice");
        await Eventually(async () => (await funder.GetPortfolioAsync(new PortfolioQuery(), "fiona")).Count == 1);
        FaultyCalls.Fail(funder.GetPrimaryKeyString(), nameof(IFunderGrain.RemovePortfolioEntryAsync), times: 3);

        await charity.RevokeShareAsync(share.Id, "alice");

        await Eventually(async () => (await funder.GetPortfolioAsync(new PortfolioQuery(), "fiona")).Count == 0);
        Assert.Equal(0, FaultyCalls.Remaining(funder.GetPrimaryKeyString(), nameof(IFunderGrain.RemovePortfolioEntryAsync)));
    }

    [Fact]
    public async Task WhileAFunderKeepsFailingTheCharityHoldsAReminderAsBackstopAndDropsItOnceDelivered()
    {
        var funder = await FunderAsync();
        var charity = await CharityAsync();
        var share = await charity.ShareAsync(funder.GetPrimaryKeyString(), [ShareScope.Journey], null, "alice");
        await Eventually(async () => (await funder.GetPortfolioAsync(new PortfolioQuery(), "fiona")).Count == 1);
        var reminders = new SqliteReminderTable(ClusterFixture.DatabasePath);
        FaultyCalls.Fail(funder.GetPrimaryKeyString(), nameof(IFunderGrain.RemovePortfolioEntryAsync), times: int.MaxValue);

        await charity.RevokeShareAsync(share.Id, "alice");

        await Eventually(async () => await reminders.ReadRow(charity.GetGrainId(), Outbox.ReminderName) is not null);
        FaultyCalls.Fail(funder.GetPrimaryKeyString(), nameof(IFunderGrain.RemovePortfolioEntryAsync), times: 0);
        await Eventually(async () => (await funder.GetPortfolioAsync(new PortfolioQuery(), "fiona")).Count == 0);
        await Eventually(async () => await reminders.ReadRow(charity.GetGrainId(), Outbox.ReminderName) is null);
    }

    [Fact]
    public async Task AGrantIsRecordedWhileTheCharityFailsItsNoteAndTheNoteArrivesLater()
    {
        var funder = await FunderAsync();
        var charity = await CharityAsync();
        FaultyCalls.Fail(charity.GetPrimaryKeyString(), nameof(ICharityGrain.NoteFunderGrantAsync), times: 2);

        var grant = await funder.RecordGrantAsync(new RecordGrant(charity.GetPrimaryKeyString(), "Hope Street", "Paid co-design",
            "Paying participants for their time", 500_000, Today, Today, Today.AddYears(1), GrantType.Development, null, [], []), "fiona");

        Assert.Equal(grant.Id, (await funder.GetGrantAsync(grant.Id, "fiona")).Id);
        await Eventually(async () => (await charity.GetHistoryAsync(0, 100, "alice")).Events.Any(e => e.Type == nameof(FunderGrantNoted)));
        Assert.Single((await charity.GetHistoryAsync(0, 100, "alice")).Events, e => e.Type == nameof(FunderGrantNoted));
        Assert.Equal(0, FaultyCalls.Remaining(charity.GetPrimaryKeyString(), nameof(ICharityGrain.NoteFunderGrantAsync)));
    }

    [Fact]
    public async Task AMemberWhoseIndexFailsItsFirstCallsStillFindsThePlace()
    {
        var charity = await CharityAsync();
        var subject = $"bob-{Guid.NewGuid():n}";
        FaultyCalls.Fail(subject, nameof(IPersonGrain.JoinedAsync), times: 2);

        await charity.SetMemberAsync(subject, MemberRole.Viewer, "alice");

        var person = fixture.Grains.GetGrain<IPersonGrain>(subject);
        await Eventually(async () => (await person.GetPlacesAsync()).Any(p => p.Id == charity.GetPrimaryKeyString()));
        Assert.Equal(0, FaultyCalls.Remaining(subject, nameof(IPersonGrain.JoinedAsync)));
    }
}

/// <summary>Which failures end a notice: only a receiver's final answer, never its storage being down or a conflict.</summary>
public sealed class NoticeRefusalTests
{
    public static TheoryData<Exception, bool> Failures() => new()
    {
        { new NotFoundException("not on the portal"), true },
        { new ForbiddenException("no"), true },
        { DomainValidationException.For("version", "A charity version: 1 or more."), true },
        { new StorageUnavailableException("down"), false },
        { new ConflictException("written at the same moment"), false },
        { new TimeoutException(), false },
        { new InvalidOperationException(), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void OnlyAFinalAnswerEndsANotice(Exception failure, bool refusal) =>
        Assert.Equal(refusal, Outbox.IsRefusal(failure));
}

/// <summary>A round's grants go through the same outbox: a funder failing its first calls still records them.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RoundNoticeDeliveryTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ADecidedRoundIsAnsweredAndTheFunderRecordsItsGrantsOnceItStopsFailing()
    {
        var orgId = Keys.NewOrgId();
        var funder = fixture.Grains.GetGrain<IFunderGrain>(orgId);
        await funder.RegisterAsync(new RegisterFunder(orgId, "Hope Trust", FunderType.Trust, null), "alice");
        var roundId = Guid.NewGuid().ToString("n");
        var round = fixture.Grains.GetGrain<IGrantRoundGrain>(roundId);
        await round.CreateAsync(orgId, RoundGrainTests.Details(), "alice");
        foreach (var phase in new[] { RoundPhase.Open, RoundPhase.Scoring, RoundPhase.Deliberation })
            await round.MoveToAsync(phase, "alice");
        FaultyCalls.Fail(orgId, nameof(IFunderGrain.RecordRoundGrantsAsync), times: 2);

        Assert.Equal(RoundPhase.Decided, (await round.MoveToAsync(RoundPhase.Decided, "alice")).Phase);

        var clock = Stopwatch.StartNew();
        while (!(await fixture.Store.ReadAsync(StreamIds.Round(roundId), 0, 100)).Any(e => e.Type == nameof(RoundGrantsRecorded)))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "The round's grants were not recorded within 60 s.");
            await Task.Delay(100);
        }
        Assert.Equal(0, FaultyCalls.Remaining(orgId, nameof(IFunderGrain.RecordRoundGrantsAsync)));
    }
}
