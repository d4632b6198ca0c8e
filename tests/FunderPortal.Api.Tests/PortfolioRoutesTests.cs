using System.Net;
using System.Text.Json;
using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Api.Tests;

[Collection(PortalCollection.Name)]
public sealed class PortfolioRoutesTests(PortalFactory portal)
{
    private PortfolioEntry Entry(string charityOrgId, string name, long version, SizeBand sizeBand, long planGapPence, int dueInDays,
        params BarrierKind[] barriers) => new(
        charityOrgId, name, sizeBand, version, portal.Clock.UtcNow, DateOnly.FromDateTime(portal.Clock.UtcNow.UtcDateTime).AddDays(dueInDays),
        [new PortfolioRung("w1", "Peer support", ActivityKind.CoDesign, LadderRung.CoDesign, LadderRung.Engagement, LadderRung.Informing)],
        barriers, planGapPence, 80, [ShareScope.Journey], null);

    private static string[] Names(JsonElement portfolio) =>
        [.. portfolio.GetProperty("charities").EnumerateArray().Select(c => c.GetProperty("name").GetString()!)];

    private async Task<(HttpClient Client, string OrgId)> FunderWithPortfolioAsync()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();
        await portal.PushAsync(orgId, Entry("GB-CHC-9100001", "Cedar Trust", 4, SizeBand.Medium, 250_000, 40, BarrierKind.Accessibility));
        await portal.PushAsync(orgId, Entry("GB-CHC-9100002", "Anchor House", 7, SizeBand.Small, 900_000, 10, BarrierKind.Accessibility, BarrierKind.PowerImbalance));
        await portal.PushAsync(orgId, Entry("GB-CHC-9100003", "Bridge Project", 2, SizeBand.Small, 0, 90));
        await portal.PushAsync(orgId, Entry("GB-CHC-9100003", "Bridge Project (old)", 1, SizeBand.Small, 0, 90));
        return (alice, orgId);
    }

    [Fact]
    public async Task ThePortfolioIsAnsweredFromPushedSummariesWithFiltersAndSorts()
    {
        var (alice, orgId) = await FunderWithPortfolioAsync();

        var all = await (await alice.GetAsync($"/api/v1/funders/{orgId}/portfolio")).JsonAsync();
        var byGap = await (await alice.GetAsync($"/api/v1/funders/{orgId}/portfolio?sort=planGap")).JsonAsync();
        var byDue = await (await alice.GetAsync($"/api/v1/funders/{orgId}/portfolio?sort=checkInDue")).JsonAsync();
        var accessibility = await (await alice.GetAsync($"/api/v1/funders/{orgId}/portfolio?barrier=Accessibility&sort=name")).JsonAsync();
        var small = await (await alice.GetAsync($"/api/v1/funders/{orgId}/portfolio?sizeBand=Small&barrier=Accessibility")).JsonAsync();

        Assert.Equal(["Anchor House", "Bridge Project", "Cedar Trust"], Names(all));
        Assert.Equal(3, all.GetProperty("count").GetInt32());
        Assert.Equal(["Anchor House", "Cedar Trust", "Bridge Project"], Names(byGap));
        Assert.Equal(["Anchor House", "Cedar Trust", "Bridge Project"], Names(byDue));
        Assert.Equal(["Anchor House", "Cedar Trust"], Names(accessibility));
        Assert.Equal(["Anchor House"], Names(small));
        var anchor = all.GetProperty("charities")[0];
        Assert.Equal((7L, 900_000L, "Journey"), (anchor.GetProperty("version").GetInt64(), anchor.GetProperty("planGapPence").GetInt64(), anchor.GetProperty("shareScope")[0].GetString()));
        var rung = anchor.GetProperty("rungs")[0];
        Assert.Equal(("CoDesign", "CoDesign", "Engagement", "Informing"),
            (rung.GetProperty("activityKind").GetString(), rung.GetProperty("current").GetString(), rung.GetProperty("evidenced").GetString(), rung.GetProperty("atFirstGrant").GetString()));
    }

    [Fact]
    public async Task ConnectListsCharitiesFacingTheSameBarrier()
    {
        var (alice, orgId) = await FunderWithPortfolioAsync();

        var connect = await (await alice.GetAsync($"/api/v1/funders/{orgId}/connect?barrier=PowerImbalance")).JsonAsync();
        var missing = await alice.GetAsync($"/api/v1/funders/{orgId}/connect");
        var unknown = await alice.GetAsync($"/api/v1/funders/{orgId}/connect?barrier=Weather");

        Assert.Equal("PowerImbalance", connect.GetProperty("barrier").GetString());
        Assert.Equal(["Anchor House"], Names(connect));
        await missing.AssertInvalidAsync("barrier");
        await unknown.AssertInvalidAsync("barrier");
    }

    [Theory]
    [InlineData("sort=size", "sort")]
    [InlineData("sort=1", "sort")]
    [InlineData("barrier=Weather", "barrier")]
    [InlineData("barrier=42", "barrier")]
    [InlineData("sizeBand=Huge", "sizeBand")]
    public async Task UnknownFiltersAndSortsAreInvalid(string query, string field)
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();

        await (await alice.GetAsync($"/api/v1/funders/{orgId}/portfolio?{query}")).AssertInvalidAsync(field);
    }

    [Fact]
    public async Task ThePortfolioPagesAsOtherListsDoAndCountsEveryMatch()
    {
        var (alice, orgId) = await FunderWithPortfolioAsync();

        var first = await (await alice.GetAsync($"/api/v1/funders/{orgId}/portfolio?limit=2")).JsonAsync();
        var second = await (await alice.GetAsync($"/api/v1/funders/{orgId}/portfolio?limit=2&after={first.GetProperty("next").GetInt64()}")).JsonAsync();
        var whole = await (await alice.GetAsync($"/api/v1/funders/{orgId}/portfolio?sort=planGap")).JsonAsync();

        Assert.Equal(["Anchor House", "Bridge Project"], Names(first));
        Assert.Equal((3, 2L), (first.GetProperty("count").GetInt32(), first.GetProperty("next").GetInt64()));
        Assert.Equal(["Cedar Trust"], Names(second));
        Assert.Equal((3, JsonValueKind.Null), (second.GetProperty("count").GetInt32(), second.GetProperty("next").ValueKind));
        // Without a limit, everything as before, and no next page.
        Assert.Equal(["Anchor House", "Cedar Trust", "Bridge Project"], Names(whole));
        Assert.Equal(JsonValueKind.Null, whole.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task ThePortfolioSearchesByNameOrOrgIdInAnyCaseAndPagesTheMatches()
    {
        var (alice, orgId) = await FunderWithPortfolioAsync();

        var byName = await (await alice.GetAsync($"/api/v1/funders/{orgId}/portfolio?search=HOUSE")).JsonAsync();
        var byOrgId = await (await alice.GetAsync($"/api/v1/funders/{orgId}/portfolio?search=gb-chc-910000&sort=planGap&limit=1")).JsonAsync();
        var none = await (await alice.GetAsync($"/api/v1/funders/{orgId}/portfolio?search=Zebra")).JsonAsync();
        var withFilter = await (await alice.GetAsync($"/api/v1/funders/{orgId}/portfolio?search=r&barrier=Accessibility")).JsonAsync();

        Assert.Equal(["Anchor House"], Names(byName));
        Assert.Equal(["Anchor House"], Names(byOrgId));
        Assert.Equal((3, 1L), (byOrgId.GetProperty("count").GetInt32(), byOrgId.GetProperty("next").GetInt64()));
        Assert.Equal(0, none.GetProperty("count").GetInt32());
        Assert.Equal(["Anchor House", "Cedar Trust"], Names(withFilter));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("after=-1", "after")]
    [InlineData("after=-1&limit=5", "after")]
    [InlineData("limit=ten", "limit")]
    public async Task BadPagesAreInvalid(string query, string field)
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();

        await (await alice.GetAsync($"/api/v1/funders/{orgId}/portfolio?{query}")).AssertInvalidAsync(field);
    }

    [Fact]
    public async Task ASearchLongerThanANameIsInvalid()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();

        await (await alice.GetAsync($"/api/v1/funders/{orgId}/portfolio?search={new string('a', Limits.Name + 1)}")).AssertInvalidAsync("search");
        await (await alice.GetAsync($"/api/v1/funders/{orgId}/portfolio/export?format=csv&search={new string('a', Limits.Name + 1)}")).AssertInvalidAsync("search");
    }
}
