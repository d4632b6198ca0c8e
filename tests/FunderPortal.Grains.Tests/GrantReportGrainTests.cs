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
}
