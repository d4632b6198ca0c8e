using System.Net;
using System.Net.Http.Headers;

namespace FunderPortal.Api.Tests;

/// <summary>
/// Conditional reads (issue 23): a GET of a versioned thing answers with an ETag, and 304 with no body while the copy the
/// client holds is current; the journey's tag is its version, the same the profile gives and a write's If-Match takes; a
/// funder's 304 is still a read in the charity's access log.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ConditionalReadTests(PortalFactory portal)
{
    [Fact]
    public async Task TheJourneyIsTaggedWithItsVersionAndAnswers304WhileItIsCurrent()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var journey = $"/api/v1/charities/{orgId}/journey";

        var first = await alice.GetAsync(journey);
        var etag = first.Headers.ETag;
        var profileTag = (await alice.GetAsync($"/api/v1/charities/{orgId}")).Headers.ETag;
        var unchanged = await GetIfNoneMatchAsync(alice, journey, etag!);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal($"\"{(await first.JsonAsync()).GetProperty("version").GetInt64()}\"", etag!.Tag);
        Assert.Equal(profileTag, etag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, unchanged.Headers.ETag);
        Assert.Equal(first.Content.Headers.ContentLength, (await alice.GetAsync(journey)).Content.Headers.ContentLength);

        await alice.StartWorkstreamAsync(orgId);
        var changed = await GetIfNoneMatchAsync(alice, journey, etag);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Equal(1, (await changed.JsonAsync()).GetProperty("workstreams").GetArrayLength());
    }

    [Fact]
    public async Task TheSameVersionIsTheSameBytesForEveryReader()
    {
        var alice = await portal.ClientForAsync("alice");
        var c = await alice.CharityWithEverythingAsync();
        var fiona = await portal.ClientForAsync("fiona");
        var funder = await fiona.RegisterFunderAsync();
        await alice.ShareAsync(c.OrgId, funder, """["Journey"]""");

        var member = await alice.GetAsync(c.Path("/journey"));
        var reader = await fiona.GetAsync(c.Path("/journey"));

        Assert.Equal(member.Headers.ETag, reader.Headers.ETag);
        Assert.Equal(await member.Content.ReadAsByteArrayAsync(), await reader.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AFundersNotModifiedReadIsInTheAccessLog()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var fiona = await portal.ClientForAsync("fiona");
        var funder = await fiona.RegisterFunderAsync();
        var shareId = (await alice.ShareAsync(orgId, funder, """["Journey"]""")).GetProperty("id").GetString()!;
        var journey = $"/api/v1/charities/{orgId}/journey";
        var etag = (await fiona.GetAsync(journey)).Headers.ETag!;

        var notModified = await GetIfNoneMatchAsync(fiona, journey, etag);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        var log = await (await alice.GetAsync($"/api/v1/charities/{orgId}/shares/{shareId}/access-log")).JsonAsync();
        Assert.Equal(["fiona journey", "fiona journey"],
            log.EnumerateArray().Select(e => $"{e.GetProperty("subject").GetString()} {e.GetProperty("what").GetString()}"));
    }

    [Fact]
    public async Task AMembersReadFollowsTheMembershipAtOnce()
    {
        // Members' reads of the journey now are answered from what the grain published (LocalReads): a change to who
        // is a member is published before it is acknowledged.
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var journey = $"/api/v1/charities/{orgId}/journey";
        var victor = await portal.ClientForAsync("victor");
        await (await victor.GetAsync(journey)).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.OK, (await alice.PutAsync($"/api/v1/charities/{orgId}/members/victor", Http.Json("""{"role":"Viewer"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await victor.GetAsync(journey)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await alice.DeleteAsync($"/api/v1/charities/{orgId}/members/victor")).StatusCode);

        await (await victor.GetAsync(journey)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AReaderOfNothingGetsNoTagAndNo304()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var journey = $"/api/v1/charities/{orgId}/journey";
        var etag = (await alice.GetAsync(journey)).Headers.ETag!;
        var mallory = await portal.ClientForAsync("mallory");

        var refused = await GetIfNoneMatchAsync(mallory, journey, etag);

        await refused.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Null(refused.Headers.ETag);
    }

    [Fact]
    public async Task ThePlanPortfolioAndProfileAnswer304WhileUnchanged()
    {
        var alice = await portal.ClientForAsync("alice");
        var c = await alice.CharityWithEverythingAsync();
        var fiona = await portal.ClientForAsync("fiona");
        var funder = await fiona.RegisterFunderAsync();
        await alice.ShareAsync(c.OrgId, funder, """["Journey","Resourcing"]""");
        await fiona.PortfolioWhenAsync(funder, p => SharingHttp.EntryFor(p, c.OrgId) is not null);

        foreach (var (client, path) in new[]
        {
            (alice, c.Path("/resourcing/lines")), (alice, c.Path("/resourcing/summary")), (alice, c.Path($"/resourcing/lines/{c.Line}")),
            (fiona, c.Path("/resourcing/lines")), (fiona, $"/api/v1/funders/{funder}/portfolio"), (fiona, $"/api/v1/funders/{funder}/portfolio/insights"),
            (alice, c.Path()), (fiona, $"/api/v1/funders/{funder}"),
        })
        {
            var first = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.NotNull(first.Headers.ETag);
            var again = await GetIfNoneMatchAsync(client, path, first.Headers.ETag!);
            Assert.True(again.StatusCode == HttpStatusCode.NotModified, $"{path}: {(int)again.StatusCode}");
            Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task AProfileTagStillGuardsAWriteAfterA304()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var profile = $"/api/v1/charities/{orgId}";
        var etag = (await alice.GetAsync(profile)).Headers.ETag!;
        Assert.Equal(HttpStatusCode.NotModified, (await GetIfNoneMatchAsync(alice, profile, etag)).StatusCode);

        using var change = new HttpRequestMessage(HttpMethod.Patch, profile) { Content = Http.Json("""{"name":"Renamed"}""") };
        change.Headers.IfMatch.Add(etag);
        var changed = await alice.SendAsync(change);
        using var stale = new HttpRequestMessage(HttpMethod.Patch, profile) { Content = Http.Json("""{"name":"Again"}""") };
        stale.Headers.IfMatch.Add(etag);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        await (await alice.SendAsync(stale)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, (await GetIfNoneMatchAsync(alice, profile, etag)).StatusCode);
    }

    private static async Task<HttpResponseMessage> GetIfNoneMatchAsync(HttpClient client, string path, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        return await client.SendAsync(request);
    }
}
