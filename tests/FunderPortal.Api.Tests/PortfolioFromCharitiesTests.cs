using System.Net;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

/// <summary>The portfolio as charities feed it: a share puts a charity in, its changes update it, a grant fixes "at first grant".</summary>
[Collection(PortalCollection.Name)]
public sealed class PortfolioFromCharitiesTests(PortalFactory portal)
{
    /// <summary>Pushes are not awaited by the charity: look a few times, briefly.</summary>
    private static async Task<JsonElement?> EntryAsync(HttpClient funder, string funderOrgId, string charityOrgId, Func<JsonElement, bool> ready)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var portfolio = await (await funder.GetAsync($"/api/v1/funders/{funderOrgId}/portfolio")).JsonAsync();
            var entry = portfolio.GetProperty("charities").EnumerateArray()
                .Where(c => c.GetProperty("charityOrgId").GetString() == charityOrgId).Cast<JsonElement?>().FirstOrDefault();
            if (entry is { } found && ready(found))
                return found;
            await Task.Delay(100);
        }
        return null;
    }

    [Fact]
    public async Task AGrantKeepsTheRungsAsTheyWereWhenItBegan()
    {
        var alice = await portal.ClientForAsync("alice");
        var fiona = await portal.ClientForAsync("fiona");
        var funderOrgId = await fiona.RegisterFunderAsync();
        var orgId = await alice.RegisterAsync();
        var ws = await alice.StartWorkstreamAsync(orgId);
        await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{ws}/rungs/CoDesign", Http.Json("""{"current":"Consultation","target":"CoProduction"}"""));
        var share = await alice.PostAsync($"/api/v1/charities/{orgId}/shares", Http.Json($$"""{"funderOrgId":"{{funderOrgId}}","scope":["Journey","Resourcing"]}"""));
        var today = DateOnly.FromDateTime(portal.Clock.UtcNow.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var grant = await fiona.PostAsync($"/api/v1/funders/{funderOrgId}/grants", Http.Json($$"""
            {"charityOrgId":"{{orgId}}","title":"Paid co-design","description":"Paying participants","amountPence":500000,
             "awardDate":"{{today}}","plannedStart":"{{today}}","plannedEnd":"2030-01-31","type":"Development"}
            """));
        await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{ws}/rungs/CoDesign", Http.Json("""{"current":"CoDesign","target":"CoProduction"}"""));

        var entry = await EntryAsync(fiona, funderOrgId, orgId,
            e => e.GetProperty("rungs").EnumerateArray().Any(r => r.GetProperty("current").GetString() == "CoDesign"));

        Assert.Equal(HttpStatusCode.Created, share.StatusCode);
        Assert.Equal(HttpStatusCode.Created, grant.StatusCode);
        Assert.Equal("Hope Street", (await grant.JsonAsync()).GetProperty("charityName").GetString()); // the name it shares
        Assert.NotNull(entry);
        var rung = entry.Value.GetProperty("rungs").EnumerateArray().Single();
        Assert.Equal(("CoDesign", "Consultation"), (rung.GetProperty("current").GetString(), rung.GetProperty("atFirstGrant").GetString()));
        Assert.Equal("Hope Street", entry.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task APortfolioReadIsOneEntryInTheFundersOwnLog()
    {
        var fiona = await portal.ClientForAsync("fiona");
        var funderOrgId = await fiona.RegisterFunderAsync();
        var alice = await portal.ClientForAsync("alice");
        foreach (var _ in Enumerable.Range(0, 3))
        {
            var orgId = await alice.RegisterAsync();
            await alice.PostAsync($"/api/v1/charities/{orgId}/shares", Http.Json($$"""{"funderOrgId":"{{funderOrgId}}","scope":["Journey"]}"""));
        }

        await fiona.GetAsync($"/api/v1/funders/{funderOrgId}/portfolio");
        var log = await (await fiona.GetAsync($"/api/v1/funders/{funderOrgId}/access-log")).JsonAsync();

        var entry = Assert.Single(log.EnumerateArray());
        Assert.Equal(("fiona", "portfolio"), (entry.GetProperty("subject").GetString(), entry.GetProperty("what").GetString()));
        await (await alice.GetAsync($"/api/v1/funders/{funderOrgId}/access-log")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task NothingIsSharedWithAnOrgIdNoFunderHolds()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();

        var response = await alice.PostAsync($"/api/v1/charities/{orgId}/shares", Http.Json("""{"funderOrgId":"GB-CHC-8889999","scope":["Journey"]}"""));

        await response.AssertInvalidAsync("funderOrgId");
        Assert.Equal(0, (await (await alice.GetAsync($"/api/v1/charities/{orgId}/shares")).JsonAsync()).GetArrayLength());
    }
}
