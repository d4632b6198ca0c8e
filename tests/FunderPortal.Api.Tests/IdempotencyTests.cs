using System.Net;

namespace FunderPortal.Api.Tests;

[Collection(PortalCollection.Name)]
public sealed class IdempotencyTests(PortalFactory portal)
{
    private static HttpRequestMessage Post(string path, string json, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Http.Json(json) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static async Task<int> WorkstreamCountAsync(HttpClient client, string orgId) =>
        (await (await client.GetAsync($"/api/v1/charities/{orgId}/journey")).JsonAsync()).GetProperty("workstreams").GetArrayLength();

    [Fact]
    public async Task ARetryWithTheSameKeyAndBodyGetsTheFirstResponseAndCreatesNothing()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var key = Guid.NewGuid().ToString();
        var path = $"/api/v1/charities/{orgId}/workstreams";

        var first = await alice.SendAsync(Post(path, """{"title":"Peer support"}""", key));
        var retry = await alice.SendAsync(Post(path, """{"title":"Peer support"}""", key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(first.StatusCode, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(1, await WorkstreamCountAsync(alice, orgId));
    }

    [Fact]
    public async Task AKeptProblemIsReplayedInTheLanguageItWasWrittenIn()
    {
        var alice = await portal.ClientForAsync("alice");
        var key = Guid.NewGuid().ToString();
        var path = "/api/v1/charities/no-such-charity/workstreams";
        var first = Post(path, """{"title":"Peer support"}""", key);
        first.Headers.AcceptLanguage.ParseAdd("cy");
        var retry = Post(path, """{"title":"Peer support"}""", key);
        retry.Headers.AcceptLanguage.ParseAdd("en");

        var firstAnswer = await alice.SendAsync(first);
        var retryAnswer = await alice.SendAsync(retry);

        Assert.Equal(HttpStatusCode.NotFound, firstAnswer.StatusCode);
        Assert.Equal(["cy"], firstAnswer.Content.Headers.ContentLanguage);
        Assert.Equal(HttpStatusCode.NotFound, retryAnswer.StatusCode);
        Assert.True(retryAnswer.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(["cy"], retryAnswer.Content.Headers.ContentLanguage);
        Assert.Equal(await firstAnswer.Content.ReadAsStringAsync(), await retryAnswer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheSameKeyWithAnotherBodyIs422()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var key = Guid.NewGuid().ToString();
        var path = $"/api/v1/charities/{orgId}/workstreams";

        await alice.SendAsync(Post(path, """{"title":"Peer support"}""", key));
        var other = await alice.SendAsync(Post(path, """{"title":"Something else"}""", key));

        await other.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, await WorkstreamCountAsync(alice, orgId));
    }

    [Fact]
    public async Task ConcurrentRequestsWithOneKeyCreateOneThing()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var key = Guid.NewGuid().ToString();
        var path = $"/api/v1/charities/{orgId}/workstreams";

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => alice.SendAsync(Post(path, """{"title":"Peer support"}""", key))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        Assert.Equal(1, await WorkstreamCountAsync(alice, orgId));
    }

    [Fact]
    public async Task KeysAreScopedToTheCallerAndTheRoute()
    {
        var alice = await portal.ClientForAsync("alice");
        var bob = await portal.ClientForAsync("bob");
        var key = Guid.NewGuid().ToString();

        var aliceCharity = await alice.SendAsync(Post("/api/v1/charities", $$"""{"orgId":"{{Http.NewOrgId()}}","name":"A"}""", key));
        var bobCharity = await bob.SendAsync(Post("/api/v1/charities", $$"""{"orgId":"{{Http.NewOrgId()}}","name":"B"}""", key));
        var orgId = (await aliceCharity.JsonAsync()).GetProperty("orgId").GetString()!;
        var workstream = await alice.SendAsync(Post($"/api/v1/charities/{orgId}/workstreams", """{"title":"x"}""", key));

        Assert.Equal(HttpStatusCode.Created, aliceCharity.StatusCode);
        Assert.Equal(HttpStatusCode.Created, bobCharity.StatusCode);
        Assert.Equal(HttpStatusCode.Created, workstream.StatusCode);
    }

    [Fact]
    public async Task AFailedFirstAttemptIsReplayedTooAndAKeyIsForgottenAfter24Hours()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var key = Guid.NewGuid().ToString();
        var path = $"/api/v1/charities/{orgId}/workstreams";

        var invalid = await alice.SendAsync(Post(path, """{"title":""}""", key));
        var replayed = await alice.SendAsync(Post(path, """{"title":""}""", key));
        var first = await alice.SendAsync(Post(path, """{"title":"Once"}""", "k-" + key));
        portal.Clock.Advance(TimeSpan.FromHours(25));
        var afterExpiry = await alice.SendAsync(Post(path, """{"title":"Once"}""", "k-" + key));

        await invalid.AssertInvalidAsync("title");
        Assert.Equal(await invalid.Content.ReadAsStringAsync(), await replayed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, afterExpiry.StatusCode);
        Assert.NotEqual(first.Headers.Location, afterExpiry.Headers.Location);
    }

    [Fact]
    public async Task AnUnusableKeyIsRefused()
    {
        var alice = await portal.ClientForAsync("alice");

        var response = await alice.SendAsync(Post("/api/v1/charities", """{"orgId":"GB-CHC-1","name":"x"}""", new string('k', 201)));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}
