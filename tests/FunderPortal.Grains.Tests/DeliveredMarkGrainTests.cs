using System.Diagnostics;
using System.Text.Json;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.Funders;
using FunderPortal.People;
using Orleans.Core.Internal;

namespace FunderPortal.Grains.Tests;

/// <summary>
/// An organisation that wakes up posts again only what its changes after the delivered mark owe: a funder whose grant
/// notes were all delivered calls no charity, one whose note was never confirmed still delivers it, and a removed member's
/// place leaves their index even when the first calls failed and the organisation went to sleep meanwhile.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DeliveredMarkGrainTests(ClusterFixture fixture)
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

    private RecordGrant GrantTo(ICharityGrain charity) => new(charity.GetPrimaryKeyString(), "Hope Street", "Paid co-design",
        "Paying participants for their time", 500_000, Today, Today, Today.AddYears(1), GrantType.Development, null, [], []);

    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Within, $"{what}: not within {Within.TotalSeconds} s.");
            await Task.Delay(100);
        }
    }

    /// <summary>The mark recorded for the owner with history <paramref name="ownerStream"/> covers its whole history.</summary>
    private async Task<bool> MarkCoversAsync(string ownerStream)
    {
        var history = await fixture.Store.ReadAsync(ownerStream, 0, 10_000);
        var marks = await fixture.Store.ReadAsync(StreamIds.Outbox(ownerStream), 0, 10_000);
        return marks.Count > 0 && JsonDocument.Parse(marks[^1].Data).RootElement.GetProperty("through").GetInt64() >= history.Count;
    }

    /// <summary>Deactivates the grain and waits until it is gone, so the next call activates it afresh.</summary>
    private async Task SleepAsync(IAddressable grain)
    {
        await grain.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        await Eventually(async () => await management.GetActivationAddress(grain) is null, "deactivated");
    }

    private async Task<bool> NotedAsync(ICharityGrain charity) =>
        (await charity.GetHistoryAsync(0, 100, "alice")).Events.Any(e => e.Type == nameof(FunderGrantNoted));

    [Fact]
    public async Task AFunderWhoseGrantNotesWereDeliveredCallsNoCharityWhenItWakesUp()
    {
        var funder = await FunderAsync();
        var charity = await CharityAsync();
        await funder.RecordGrantAsync(GrantTo(charity), "fiona");
        await funder.RecordGrantAsync(GrantTo(charity) with { Title = "Second" }, "fiona");
        await Eventually(() => NotedAsync(charity), "noted");
        await Eventually(() => MarkCoversAsync(StreamIds.Funder(funder.GetPrimaryKeyString())), "mark recorded");
        var calls = FaultyCalls.Calls(charity.GetPrimaryKeyString(), nameof(ICharityGrain.NoteFunderGrantAsync));

        await SleepAsync(funder);
        Assert.Equal(2, (await funder.GetGrantsAsync("fiona")).Count);
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // three retry periods: any note posted at activation would have gone

        Assert.Equal(calls, FaultyCalls.Calls(charity.GetPrimaryKeyString(), nameof(ICharityGrain.NoteFunderGrantAsync)));
    }

    [Fact]
    public async Task AFunderWhoseGrantNoteWasNeverConfirmedStillDeliversItAfterSleeping()
    {
        var funder = await FunderAsync();
        var charity = await CharityAsync();
        FaultyCalls.Fail(charity.GetPrimaryKeyString(), nameof(ICharityGrain.NoteFunderGrantAsync), times: int.MaxValue);
        await funder.RecordGrantAsync(GrantTo(charity), "fiona");

        await SleepAsync(funder); // the note pending in memory is gone with the activation
        FaultyCalls.Fail(charity.GetPrimaryKeyString(), nameof(ICharityGrain.NoteFunderGrantAsync), times: 0);
        await funder.GetGrantsAsync("fiona");

        await Eventually(() => NotedAsync(charity), "noted");
        Assert.Single((await charity.GetHistoryAsync(0, 100, "alice")).Events, e => e.Type == nameof(FunderGrantNoted));
    }

    [Fact]
    public async Task ACharityWhosePortfolioPushesWereDeliveredCallsNoFunderWhenItWakesUp()
    {
        var funder = await FunderAsync();
        var charity = await CharityAsync();
        await charity.ShareAsync(funder.GetPrimaryKeyString(), [ShareScope.Journey], null, "alice");
        await Eventually(async () => (await funder.GetPortfolioAsync(new PortfolioQuery(), "fiona")).Count == 1, "in the portfolio");
        await Eventually(() => MarkCoversAsync(StreamIds.Charity(charity.GetPrimaryKeyString())), "mark recorded");
        var calls = FaultyCalls.Calls(funder.GetPrimaryKeyString(), nameof(IFunderGrain.UpsertPortfolioEntryAsync));

        await SleepAsync(charity);
        await charity.GetSharesAsync("alice");
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(calls, FaultyCalls.Calls(funder.GetPrimaryKeyString(), nameof(IFunderGrain.UpsertPortfolioEntryAsync)));
    }

    [Fact]
    public async Task ARemovedMembersPlaceLeavesTheirIndexThoughTheFirstCallsFailedAndTheCharitySlept()
    {
        var charity = await CharityAsync();
        var bob = $"bob-{Guid.NewGuid():n}";
        var person = fixture.Grains.GetGrain<IPersonGrain>(bob);
        await charity.SetMemberAsync(bob, MemberRole.Viewer, "alice");
        await Eventually(async () => (await person.GetPlacesAsync()).Any(p => p.Id == charity.GetPrimaryKeyString()), "joined");
        FaultyCalls.Fail(bob, nameof(IPersonGrain.LeftAsync), times: int.MaxValue);

        await charity.RemoveMemberAsync(bob, "alice");
        await Eventually(() => Task.FromResult(FaultyCalls.Calls(bob, nameof(IPersonGrain.LeftAsync)) > 0), "first call made");
        await SleepAsync(charity); // the leaving pending in memory is gone with the activation
        FaultyCalls.Fail(bob, nameof(IPersonGrain.LeftAsync), times: 0);
        await charity.GetMembersAsync("alice");

        await Eventually(async () => !(await person.GetPlacesAsync()).Any(p => p.Id == charity.GetPrimaryKeyString()), "left");
    }
}
