using System.Diagnostics;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Grains.Tests;

/// <summary>
/// The grant report crosses two grains both ways: the funder's read asks the charity (which asks the funder whether the
/// reader is its member), the charity's read asks the funder for the grant. Neither may wait on the other.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class GrantReportGrainTests(ClusterFixture fixture)
{
    private DateOnly Today => DateOnly.FromDateTime(fixture.Clock.UtcNow.UtcDateTime);

    [Fact]
    public async Task TheFundersAndTheCharitysReadsOfOneReportAtOnceNeverWaitOnEachOther()
    {
        var funderOrgId = Keys.NewOrgId();
        var funder = fixture.Grains.GetGrain<IFunderGrain>(funderOrgId);
        await funder.RegisterAsync(new RegisterFunder(funderOrgId, "Hope Trust", FunderType.Trust, null), "fiona");
        var charityOrgId = Keys.NewOrgId();
        var charity = fixture.Grains.GetGrain<ICharityGrain>(charityOrgId);
        await charity.RegisterAsync(new RegisterCharity(charityOrgId, "Hope Street", SizeBand.Small, [], [], null), "alice");
        await charity.ShareAsync(funderOrgId, [ShareScope.Journey, ShareScope.Resourcing, ShareScope.Evidence], null, "alice");
        var grant = await funder.RecordGrantAsync(new RecordGrant(charityOrgId, null, "Paid co-design", "Paying participants", 500_000,
            Today, Today, Today.AddYears(1), GrantType.Development, null, [], []), "fiona");
        await funder.AcknowledgeGrantReportAsync(grant.Id, "Read, thank you.", "fiona");

        var reads = Enumerable.Range(0, 40).Select(i => i % 2 == 0
            ? funder.GetGrantReportAsync(grant.Id, null, null, "fiona")
            : charity.GetGrantReportAsync(funderOrgId, grant.Id, null, null, "alice"));
        var reports = await Task.WhenAll(reads).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.All(reports, r => Assert.Equal(("Hope Street", "Read, thank you."), (r.Sections.CharityName, Assert.Single(r.Acknowledgements).Note)));
        Assert.All(reports, r => Assert.Equal([ShareScope.Journey, ShareScope.Resourcing, ShareScope.Evidence], r.Sections.SharedScopes));
    }

    [Fact]
    public async Task OnlyTheFundersMembersReadItsReportAndOnlyTheCharitysMembersTheirs()
    {
        var funderOrgId = Keys.NewOrgId();
        var funder = fixture.Grains.GetGrain<IFunderGrain>(funderOrgId);
        await funder.RegisterAsync(new RegisterFunder(funderOrgId, "Hope Trust", FunderType.Trust, null), "fiona");
        var charityOrgId = Keys.NewOrgId();
        var charity = fixture.Grains.GetGrain<ICharityGrain>(charityOrgId);
        await charity.RegisterAsync(new RegisterCharity(charityOrgId, "Hope Street", SizeBand.Small, [], [], null), "alice");
        await charity.ShareAsync(funderOrgId, [ShareScope.Journey], null, "alice");
        var grant = await funder.RecordGrantAsync(new RecordGrant(charityOrgId, null, "Paid co-design", "Paying participants", 500_000,
            Today, Today, Today.AddYears(1), GrantType.Development, null, [], []), "fiona");
        var reported = await funder.GetReportedGrantAsync(grant.Id, charityOrgId);

        await Assert.ThrowsAsync<NotFoundException>(() => funder.GetGrantReportAsync(grant.Id, null, null, "alice"));
        await Assert.ThrowsAsync<NotFoundException>(() => charity.GetGrantReportAsync(funderOrgId, grant.Id, null, null, "fiona"));
        // The charity answers for its data whoever asks: someone who is not the funder's member is not let through.
        await Assert.ThrowsAsync<NotFoundException>(() => charity.GetGrantReportSectionsAsync(reported, new ReportPeriod(Today, Today), "mallory"));
        await Assert.ThrowsAsync<NotFoundException>(() => funder.GetReportedGrantAsync(grant.Id, Keys.NewOrgId()));
        Assert.Equal("Hope Street", (await charity.GetGrantReportSectionsAsync(reported, new ReportPeriod(Today, Today), "fiona")).CharityName);
    }

    [Fact]
    public async Task AnAcknowledgementReachesTheCharitysInboxOnceEvenWhenItsFirstCallsFail()
    {
        var funderOrgId = Keys.NewOrgId();
        var funder = fixture.Grains.GetGrain<IFunderGrain>(funderOrgId);
        await funder.RegisterAsync(new RegisterFunder(funderOrgId, "Northern Lights Community Trust", FunderType.Trust, null), "fiona");
        var charityOrgId = Keys.NewOrgId();
        var charity = fixture.Grains.GetGrain<ICharityGrain>(charityOrgId);
        await charity.RegisterAsync(new RegisterCharity(charityOrgId, "Hope Street", SizeBand.Small, [], [], null), "alice");
        await charity.ShareAsync(funderOrgId, [ShareScope.Journey], null, "alice");
        var grant = await funder.RecordGrantAsync(new RecordGrant(charityOrgId, null, "Paid co-design", "Paying participants", 500_000,
            Today, Today, Today.AddYears(1), GrantType.Development, null, [], []), "fiona");
        FaultyCalls.Fail(charityOrgId, nameof(ICharityGrain.ReceiveInboxItemAsync), times: 2);

        var acknowledgement = await funder.AcknowledgeGrantReportAsync(grant.Id, "Read, thank you: the map says it all.", "fiona");

        IReadOnlyList<InboxItemView> acknowledged = [];
        for (var waited = Stopwatch.StartNew(); acknowledged.Count == 0; await Task.Delay(100))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "The acknowledgement never reached the inbox.");
            acknowledged = [.. (await charity.GetInboxAsync(false, null, Paging.MaxLimit, "alice")).Items.Where(i => i.Kind == InboxItemKind.ReportAcknowledged)];
        }
        Assert.Equal(0, FaultyCalls.Remaining(charityOrgId, nameof(ICharityGrain.ReceiveInboxItemAsync)));
        var item = Assert.Single(acknowledged);
        Assert.Equal(("Northern Lights Community Trust", $"/charities/{charityOrgId}/grants/{funderOrgId}/{grant.Id}/report"), (item.From.Name, item.Link));
        Assert.Contains("Read, thank you", item.Title, StringComparison.Ordinal);
        // Told again (as at the funder's next activation): still one item.
        await charity.ReceiveInboxItemAsync(FunderNotices.AcknowledgementItem(new FunderRef(funderOrgId, "Northern Lights Community Trust"), grant, acknowledgement));
        Assert.Single((await charity.GetInboxAsync(false, null, Paging.MaxLimit, "alice")).Items, i => i.Kind == InboxItemKind.ReportAcknowledged);
    }
}
