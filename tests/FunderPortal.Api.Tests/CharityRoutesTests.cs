using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

[Collection(PortalCollection.Name)]
public sealed class CharityRoutesTests(PortalFactory portal)
{
    [Fact]
    public async Task RegisteringAnswersCreatedWithLocationAndETag()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = Http.NewOrgId();

        var response = await alice.PostAsync("/api/v1/charities", Http.Json($$"""
            {"orgId":"{{orgId}}","name":"Hope Street","sizeBand":"Small","areas":["Leeds"],"causes":["Homelessness"],
             "coProductionMeaning":"Nothing about us without us."}
            """));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/charities/{orgId}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var body = await response.JsonAsync();
        Assert.Equal(orgId, body.GetProperty("orgId").GetString());
        Assert.Equal("Small", body.GetProperty("sizeBand").GetString());
        Assert.Equal("Editor", body.GetProperty("yourRole").GetString());
    }

    [Fact]
    public async Task RegisteringTheSameOrgIdTwiceIsAConflict()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var bob = await portal.ClientForAsync("bob");

        var response = await bob.PostAsync("/api/v1/charities", Http.Json($$"""{"orgId":"{{orgId}}","name":"Mine now"}"""));

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Hope Street", (await (await alice.GetAsync($"/api/v1/charities/{orgId}")).JsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task TheProfileCarriesItsVersionAsETagAndAStaleIfMatchIsRefused()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var get = await alice.GetAsync($"/api/v1/charities/{orgId}");
        var etag = get.Headers.ETag!;

        var first = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/charities/{orgId}") { Content = Http.Json("""{"name":"Hope Street Trust"}""") };
        first.Headers.IfMatch.Add(etag);
        var changed = await alice.SendAsync(first);
        var second = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/charities/{orgId}") { Content = Http.Json("""{"name":"Lost update"}""") };
        second.Headers.IfMatch.Add(etag);
        var stale = await alice.SendAsync(second);
        var unconditional = await alice.PatchAsync($"/api/v1/charities/{orgId}", Http.Json("""{"sizeBand":"Medium"}"""));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"3\"", changed.Headers.ETag?.Tag);
        var problem = await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(3, problem.GetProperty("currentVersion").GetInt64());
        Assert.Equal(HttpStatusCode.OK, unconditional.StatusCode);
        var profile = await unconditional.JsonAsync();
        Assert.Equal("Hope Street Trust", profile.GetProperty("name").GetString());
        Assert.Equal("Medium", profile.GetProperty("sizeBand").GetString());
    }

    [Fact]
    public async Task WithoutATokenEveryRouteAnswers401ProblemJson()
    {
        var anonymous = portal.CreateClient();

        await (await anonymous.GetAsync($"/api/v1/charities/{Http.NewOrgId()}")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsync("/api/v1/charities", Http.Json("{}"))).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ANonMemberIsToldTheCharityDoesNotExist()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var mallory = await portal.ClientForAsync("mallory");

        await (await mallory.GetAsync($"/api/v1/charities/{orgId}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await mallory.GetAsync($"/api/v1/charities/{orgId}/journey")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await mallory.GetAsync($"/api/v1/charities/{orgId}/history")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await mallory.PostAsync($"/api/v1/charities/{orgId}/workstreams", Http.Json("""{"title":"x"}"""))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AViewerReadsButAWriteIsForbidden()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var added = await alice.PutAsync($"/api/v1/charities/{orgId}/members/victor", Http.Json("""{"role":"Viewer"}"""));
        var victor = await portal.ClientForAsync("victor");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await victor.GetAsync($"/api/v1/charities/{orgId}/journey")).StatusCode);
        await (await victor.PostAsync($"/api/v1/charities/{orgId}/workstreams", Http.Json("""{"title":"x"}"""))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await victor.PatchAsync($"/api/v1/charities/{orgId}", Http.Json("""{"name":"x"}"""))).AssertProblemAsync(HttpStatusCode.Forbidden);
        var members = await (await alice.GetAsync($"/api/v1/charities/{orgId}/members")).JsonAsync();
        Assert.Equal(["alice:Editor", "victor:Viewer"], members.EnumerateArray().Select(m => $"{m.GetProperty("subject")}:{m.GetProperty("role")}"));
    }

    [Fact]
    public async Task WorkstreamsHoldAllFourActivityKindsAndRungsCanBeSet()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var id = await alice.StartWorkstreamAsync(orgId);

        var put = await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{id}/rungs/CoDecision", Http.Json("""{"current":"Consultation","target":"CoProduction"}"""));
        var patch = await alice.PatchAsync($"/api/v1/charities/{orgId}/workstreams/{id}", Http.Json("""{"purpose":"Shape the service with the people who use it"}"""));
        var journey = await (await alice.GetAsync($"/api/v1/charities/{orgId}/journey")).JsonAsync();

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        var workstream = journey.GetProperty("workstreams").EnumerateArray().Single();
        Assert.Equal(id, workstream.GetProperty("id").GetString());
        Assert.Equal("Peer support", workstream.GetProperty("title").GetString());
        Assert.Equal("Shape the service with the people who use it", workstream.GetProperty("purpose").GetString());
        var rungs = workstream.GetProperty("rungs");
        Assert.Equal(["CoDecision", "CoDelivery", "CoDesign", "CoEvaluation"], rungs.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("Consultation", rungs.GetProperty("CoDecision").GetProperty("current").GetString());
        Assert.Equal("CoProduction", rungs.GetProperty("CoDecision").GetProperty("target").GetString());
        Assert.Equal(JsonValueKind.Null, rungs.GetProperty("CoDesign").GetProperty("current").ValueKind);
    }

    [Fact]
    public async Task TheJourneyIsShownAsItWasAtAPastInstant()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var id = await alice.StartWorkstreamAsync(orgId);
        await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{id}/rungs/CoDesign", Http.Json("""{"current":"Informing","target":"CoDesign"}"""));
        var before = portal.Clock.UtcNow;
        portal.Clock.Advance(TimeSpan.FromDays(30));
        await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{id}/rungs/CoDesign", Http.Json("""{"current":"Engagement","target":"CoDesign"}"""));

        var then = await (await alice.GetAsync($"/api/v1/charities/{orgId}/journey?asOf={Uri.EscapeDataString(before.ToString("O"))}")).JsonAsync();
        var now = await (await alice.GetAsync($"/api/v1/charities/{orgId}/journey")).JsonAsync();
        var tooEarly = await alice.GetAsync($"/api/v1/charities/{orgId}/journey?asOf=2001-01-01T00:00:00Z");

        static string Current(JsonElement j) => j.GetProperty("workstreams")[0].GetProperty("rungs").GetProperty("CoDesign").GetProperty("current").GetString()!;
        Assert.Equal("Informing", Current(then));
        Assert.Equal("Engagement", Current(now));
        await tooEarly.AssertProblemAsync(HttpStatusCode.NotFound);
        await (await alice.GetAsync($"/api/v1/charities/{orgId}/journey?asOf=yesterday")).AssertInvalidAsync("asOf");
    }

    [Fact]
    public async Task HistoryIsPagedOldestFirstAndItsLimitsAreChecked()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        await alice.StartWorkstreamAsync(orgId);

        var page = await (await alice.GetAsync($"/api/v1/charities/{orgId}/history?limit=2")).JsonAsync();
        var rest = await (await alice.GetAsync($"/api/v1/charities/{orgId}/history?after={page.GetProperty("next").GetInt64()}")).JsonAsync();

        var first = page.GetProperty("events")[0];
        Assert.Equal(1, first.GetProperty("version").GetInt64());
        Assert.Equal("CharityRegistered", first.GetProperty("type").GetString());
        Assert.Equal("alice", first.GetProperty("actor").GetString());
        Assert.Equal(orgId, first.GetProperty("data").GetProperty("orgId").GetString());
        Assert.True(first.TryGetProperty("recordedAt", out _));
        Assert.Equal([3L], rest.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("version").GetInt64()));
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("next").ValueKind);
        await (await alice.GetAsync($"/api/v1/charities/{orgId}/history?limit=0")).AssertInvalidAsync("limit");
        await (await alice.GetAsync($"/api/v1/charities/{orgId}/history?limit=1001")).AssertInvalidAsync("limit");
        await (await alice.GetAsync($"/api/v1/charities/{orgId}/history?after=-1")).AssertInvalidAsync("after");
    }

    [Fact]
    public async Task TwentyConcurrentWritersThroughHttpLoseNothing()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();

        var writes = Enumerable.Range(0, 20).Select(i => alice.PostAsync($"/api/v1/charities/{orgId}/workstreams", Http.Json($$"""{"title":"writer {{i}}"}""")));
        var responses = await Task.WhenAll(writes);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var history = await (await alice.GetAsync($"/api/v1/charities/{orgId}/history?limit=1000")).JsonAsync();
        Assert.Equal(Enumerable.Range(1, 22).Select(v => (long)v), history.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("version").GetInt64()));
        var journey = await (await alice.GetAsync($"/api/v1/charities/{orgId}/journey")).JsonAsync();
        Assert.Equal(20, journey.GetProperty("workstreams").GetArrayLength());
    }

    [Fact]
    public async Task TheStatusRoutesAnswer()
    {
        var client = portal.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
        var swagger = await client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("text/html").MediaType, swagger.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AOneTimeLinkMakesSomeoneAMemberOnce()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var bob = await portal.ClientForAsync("bob");
        var carol = await portal.ClientForAsync("carol");

        var invited = await alice.PostAsync($"/api/v1/charities/{orgId}/invitations", Http.Json("""{"role":"Viewer"}"""));
        var url = (await invited.JsonAsync()).GetProperty("links")[0].GetProperty("url").GetString()!;
        var token = url.Split("/join/")[1];
        var joined = await bob.PostAsync($"/api/v1/invitations/{token}/accept", null);
        var again = await carol.PostAsync($"/api/v1/invitations/{token}/accept", null);

        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        Assert.Equal("Viewer", (await joined.JsonAsync()).GetProperty("role").GetString());
        await again.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync($"/api/v1/charities/{orgId}/journey")).StatusCode);
        await (await carol.GetAsync($"/api/v1/charities/{orgId}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await bob.PostAsync($"/api/v1/charities/{orgId}/invitations", Http.Json("""{"role":"Editor"}"""))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await bob.PostAsync("/api/v1/invitations/GB-CHC-1.nonsense/accept", null)).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
