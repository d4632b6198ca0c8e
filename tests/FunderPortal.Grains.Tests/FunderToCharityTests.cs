using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;
using FunderPortal.Rounds;

namespace FunderPortal.Grains.Tests;

/// <summary>
/// What a funder grain decides and then asks of a charity grain: a grant takes the name the charity shares and is noted
/// with the charity; a pledge is the funder editors' to make and the charity's to accept against a plan it shares.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FunderToCharityTests(ClusterFixture fixture)
{
    private DateOnly Today => DateOnly.FromDateTime(fixture.Clock.UtcNow.UtcDateTime);

    private async Task<IFunderGrain> FunderAsync(string editor = "fiona")
    {
        var orgId = Keys.NewOrgId();
        var funder = fixture.Grains.GetGrain<IFunderGrain>(orgId);
        await funder.RegisterAsync(new RegisterFunder(orgId, "Hope Trust", FunderType.Trust, null), editor);
        return funder;
    }

    private async Task<ICharityGrain> CharityAsync(string name = "Hope Street")
    {
        var orgId = Keys.NewOrgId();
        var charity = fixture.Grains.GetGrain<ICharityGrain>(orgId);
        await charity.RegisterAsync(new RegisterCharity(orgId, name, SizeBand.Small, [], [], null), "alice");
        return charity;
    }

    private RecordGrant Grant(string charityOrgId, string? charityName = null) => new(
        charityOrgId, charityName, "Paid co-design", "Paying participants for their time", 500_000, Today,
        Today, Today.AddYears(1), GrantType.Development, null, [], []);

    private static async Task<IReadOnlyList<HistoryEntry>> NotedGrantsAsync(ICharityGrain charity) =>
        [.. (await charity.GetHistoryAsync(0, 100, "alice")).Events.Where(e => e.Type == nameof(FunderGrantNoted))];

    [Fact]
    public async Task YourAccessIsTheRoleOfAMemberAndWhatTheirFundersSharesCoverAndIsNotLogged()
    {
        var funder = await FunderAsync();
        var other = await FunderAsync("otto");
        var charity = await CharityAsync();
        await charity.SetMemberAsync("vic", MemberRole.Viewer, "alice");
        await funder.SetMemberAsync("fred", MemberRole.Viewer, "fiona");
        await other.SetMemberAsync("fred", MemberRole.Viewer, "otto");
        var journey = await charity.ShareAsync(funder.GetPrimaryKeyString(), [ShareScope.Journey, ShareScope.Evidence], null, "alice");
        await charity.ShareAsync(other.GetPrimaryKeyString(), [ShareScope.Resourcing], null, "alice");

        Assert.True((await charity.GetYourAccessAsync("alice")).IsEditor);
        Assert.Equal(MemberRole.Viewer, (await charity.GetYourAccessAsync("vic")).Role);
        Assert.Equal([CharityPart.JourneyMap, CharityPart.Progress, CharityPart.CheckIns, CharityPart.Participants, CharityPart.Leadership, CharityPart.Evidence],
            CharityParts.For(await charity.GetYourAccessAsync("fiona")));
        Assert.Equal([CharityPart.Plan], CharityParts.For(await charity.GetYourAccessAsync("otto")));
        // A member of both funders may read through either share, so both count.
        Assert.Equal([CharityPart.JourneyMap, CharityPart.Progress, CharityPart.CheckIns, CharityPart.Participants, CharityPart.Leadership, CharityPart.Plan, CharityPart.Evidence],
            CharityParts.For(await charity.GetYourAccessAsync("fred")));
        await Assert.ThrowsAsync<NotFoundException>(() => charity.GetYourAccessAsync("stranger"));
        Assert.Empty(await charity.GetAccessLogAsync(journey.Id, "alice"));

        await charity.RevokeShareAsync(journey.Id, "alice");
        Assert.Equal([CharityPart.Plan], CharityParts.For(await charity.GetYourAccessAsync("fred")));
        await Assert.ThrowsAsync<NotFoundException>(() => charity.GetYourAccessAsync("fiona"));
    }

    [Fact]
    public async Task AGrantTakesTheNameTheCharitySharesAndIsNotedWithTheCharity()
    {
        var funder = await FunderAsync();
        var charity = await CharityAsync("Hope Street (Leeds)");
        await charity.ShareAsync(funder.GetPrimaryKeyString(), [ShareScope.Journey], null, "alice");

        var grant = await funder.RecordGrantAsync(Grant(charity.GetPrimaryKeyString()), "fiona");

        Assert.Equal("Hope Street (Leeds)", grant.CharityName);
        var noted = Assert.Single(await NotedGrantsAsync(charity));
        Assert.Equal($"funder:{funder.GetPrimaryKeyString()}", noted.Actor);
        Assert.Contains($"\"grantId\":\"{grant.Id}\"", noted.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAShareTheOrgIdStandsInForTheNameAndANameGivenIsKept()
    {
        var funder = await FunderAsync();
        var charity = await CharityAsync();
        var orgId = charity.GetPrimaryKeyString();

        var unnamed = await funder.RecordGrantAsync(Grant(orgId), "fiona");
        var named = await funder.RecordGrantAsync(Grant(orgId, "Hope Street CIO"), "fiona");
        var elsewhere = await funder.RecordGrantAsync(Grant(Keys.NewOrgId()), "fiona"); // a charity not on the portal

        Assert.Equal((orgId, "Hope Street CIO"), (unnamed.CharityName, named.CharityName));
        Assert.Equal(elsewhere.CharityOrgId, elsewhere.CharityName);
        Assert.Single(await NotedGrantsAsync(charity)); // one first grant per funder: the second changes nothing
    }

    [Fact]
    public async Task OnlyTheFundersEditorsRecordGrantsAndTheCharityHearsNothingOfARefusal()
    {
        var funder = await FunderAsync();
        await funder.SetMemberAsync("victor", MemberRole.Viewer, "fiona");
        var charity = await CharityAsync();
        await charity.ShareAsync(funder.GetPrimaryKeyString(), [ShareScope.Journey], null, "alice");

        await Assert.ThrowsAsync<ForbiddenException>(() => funder.RecordGrantAsync(Grant(charity.GetPrimaryKeyString()), "victor"));
        await Assert.ThrowsAsync<NotFoundException>(() => funder.RecordGrantAsync(Grant(charity.GetPrimaryKeyString()), "mallory"));

        Assert.Empty(await NotedGrantsAsync(charity));
        Assert.Empty(await charity.GetAccessLogAsync((await charity.GetSharesAsync("alice")).Single().Id, "alice"));
    }

    [Fact]
    public async Task ARoundsGrantsAreNotedWithTheirCharitiesByTheFunder()
    {
        var funder = await FunderAsync();
        var charity = await CharityAsync();
        RoundGrant[] grants = [new("a1", charity.GetPrimaryKeyString(), "Hope Street", "Lived experience fund", "Peer mentors", 400_000, Today, null)];

        await funder.RecordRoundGrantsAsync("r1", grants);
        await funder.RecordRoundGrantsAsync("r1", grants); // a retry: still one grant, still one note

        var noted = Assert.Single(await NotedGrantsAsync(charity));
        Assert.Equal($"funder:{funder.GetPrimaryKeyString()}", noted.Actor);
    }

    [Fact]
    public async Task APledgeIsTheFunderEditorsToOfferAgainstAPlanSharedWithTheFunder()
    {
        var funder = await FunderAsync();
        var funderOrgId = funder.GetPrimaryKeyString();
        await funder.SetMemberAsync("victor", MemberRole.Viewer, "fiona");
        var charity = await CharityAsync();
        var orgId = charity.GetPrimaryKeyString();
        var line = await charity.PlanResourcingLineAsync(new ResourcingLineDetails(ResourcingCategory.StaffTime, "Coordinator time",
            4, "days", 30_000, Today, Today.AddMonths(6)), "alice");

        var viewer = await Assert.ThrowsAsync<ForbiddenException>(() => funder.OfferPledgeAsync(orgId, line.Id, 60_000, null, "victor"));
        await Assert.ThrowsAsync<NotFoundException>(() => funder.OfferPledgeAsync(orgId, line.Id, 60_000, null, "mallory"));
        await Assert.ThrowsAsync<NotFoundException>(() => funder.OfferPledgeAsync(orgId, line.Id, 60_000, null, "fiona")); // not shared yet
        var invalid = await Assert.ThrowsAsync<DomainValidationException>(() => funder.OfferPledgeAsync("not an org-id", " ", null, null, "fiona"));
        await charity.ShareAsync(funderOrgId, [ShareScope.Resourcing], null, "alice");
        var pledge = await funder.OfferPledgeAsync(orgId, line.Id, 60_000, "Towards the first sessions", "fiona");

        Assert.Equal("Only the funder's editors can pledge; you are a viewer.", viewer.Message);
        Assert.Equal(["amountPence", "charityOrgId", "lineId"], invalid.Errors.Keys.Order(StringComparer.Ordinal));
        var offered = Assert.Single((await charity.GetResourcingLineAsync(line.Id, "alice")).Pledges);
        Assert.Equal((pledge.Id, funderOrgId, 60_000L, "fiona", PledgeStatus.Offered),
            (offered.Id, offered.FunderOrgId, offered.AmountPence, offered.OfferedBy, offered.Status));
    }
}
