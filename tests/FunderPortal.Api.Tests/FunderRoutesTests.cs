using System.Net;

namespace FunderPortal.Api.Tests;

[Collection(PortalCollection.Name)]
public sealed class FunderRoutesTests(PortalFactory portal)
{
    [Fact]
    public async Task RegisteringAnswersCreatedWithLocationAndETagAndTheRegistrantIsEditor()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = Http.NewOrgId();

        var response = await alice.PostAsync("/api/v1/funders", Http.Json($$"""
            {"orgId":"{{orgId}}","name":"Hope Trust","funderType":"LocalAuthority","grantIdPrefix":"360G-hopetrust"}
            """));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/funders/{orgId}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var body = await response.JsonAsync();
        Assert.Equal(("LocalAuthority", "360G-hopetrust", "Editor"),
            (body.GetProperty("funderType").GetString(), body.GetProperty("grantIdPrefix").GetString(), body.GetProperty("yourRole").GetString()));
        var members = await (await alice.GetAsync($"/api/v1/funders/{orgId}/members")).JsonAsync();
        Assert.Equal(["alice:Editor"], members.EnumerateArray().Select(m => $"{m.GetProperty("subject")}:{m.GetProperty("role")}"));
    }

    [Fact]
    public async Task RegisteringTheSameOrgIdTwiceIsAConflict()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();
        var bob = await portal.ClientForAsync("bob");

        var response = await bob.PostAsync("/api/v1/funders", Http.Json($$"""{"orgId":"{{orgId}}","name":"Mine now"}"""));

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Hope Trust", (await (await alice.GetAsync($"/api/v1/funders/{orgId}")).JsonAsync()).GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("""{"orgId":"not-an-org-id","name":"Hope"}""", "orgId")]
    [InlineData("""{"orgId":"GB-CHC-3999","name":""}""", "name")]
    [InlineData("""{"orgId":"GB-CHC-3998","name":"Hope","funderType":"Philanthropist"}""", "funderType")]
    [InlineData("""{"orgId":"GB-CHC-3997","name":"Hope","grantIdPrefix":"GB-hope"}""", "grantIdPrefix")]
    public async Task InvalidRegistrationsNameTheFieldAndStoreNothing(string json, string field)
    {
        var alice = await portal.ClientForAsync("alice");

        await (await alice.PostAsync("/api/v1/funders", Http.Json(json))).AssertInvalidAsync(field);

        var orgId = System.Text.RegularExpressions.Regex.Match(json, "GB-CHC-\\d+").Value;
        if (orgId.Length > 0)
            await (await alice.GetAsync($"/api/v1/funders/{orgId}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheProfileCarriesItsVersionAsETagAndAStaleIfMatchIsRefused()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();
        var etag = (await alice.GetAsync($"/api/v1/funders/{orgId}")).Headers.ETag!;

        var first = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/funders/{orgId}") { Content = Http.Json("""{"name":"Hope Foundation","funderType":"Foundation"}""") };
        first.Headers.IfMatch.Add(etag);
        var changed = await alice.SendAsync(first);
        var second = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/funders/{orgId}") { Content = Http.Json("""{"name":"Lost update"}""") };
        second.Headers.IfMatch.Add(etag);
        var stale = await alice.SendAsync(second);
        var cleared = await alice.PatchAsync($"/api/v1/funders/{orgId}", Http.Json("""{"grantIdPrefix":""}"""));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"3\"", changed.Headers.ETag?.Tag);
        Assert.Equal(3, (await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed)).GetProperty("currentVersion").GetInt64());
        var profile = await cleared.JsonAsync();
        Assert.Equal(("Hope Foundation", "Foundation"), (profile.GetProperty("name").GetString(), profile.GetProperty("funderType").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, profile.GetProperty("grantIdPrefix").ValueKind);
    }

    [Fact]
    public async Task ANonMemberIsToldTheFunderDoesNotExist()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();
        var mallory = await portal.ClientForAsync("mallory");

        foreach (var path in new[] { "", "/members", "/grants", "/grants/1", "/feedback", "/programmes", "/portfolio", "/connect?barrier=Accessibility", "/360giving" })
            await (await mallory.GetAsync($"/api/v1/funders/{orgId}{path}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await mallory.PostAsync($"/api/v1/funders/{orgId}/grants", Http.Json(FunderHttp.GrantJson))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await mallory.GetAsync("/api/v1/funders/not-an-org-id")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AViewerReadsButAWriteIsForbidden()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();
        await alice.AddMemberAsync(orgId, "victor", "Viewer");
        var victor = await portal.ClientForAsync("victor");

        Assert.Equal(HttpStatusCode.OK, (await victor.GetAsync($"/api/v1/funders/{orgId}/grants")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await victor.GetAsync($"/api/v1/funders/{orgId}/portfolio")).StatusCode);
        await (await victor.PostAsync($"/api/v1/funders/{orgId}/grants", Http.Json(FunderHttp.GrantJson))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await victor.PostAsync($"/api/v1/funders/{orgId}/feedback", Http.Json("""{"charityOrgId":"GB-CHC-1","kind":"Feedback","text":"x"}""")))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await victor.PatchAsync($"/api/v1/funders/{orgId}", Http.Json("""{"name":"x"}"""))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await victor.PutAsync($"/api/v1/funders/{orgId}/members/victor", Http.Json("""{"role":"Editor"}"""))).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TheLastEditorIsProtectedAndMembersCanBeRemoved()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();

        await (await alice.DeleteAsync($"/api/v1/funders/{orgId}/members/alice")).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await alice.PutAsync($"/api/v1/funders/{orgId}/members/alice", Http.Json("""{"role":"Viewer"}"""))).AssertProblemAsync(HttpStatusCode.Conflict);
        await alice.AddMemberAsync(orgId, "bob", "Editor");
        var bob = await portal.ClientForAsync("bob");
        Assert.Equal(HttpStatusCode.NoContent, (await bob.DeleteAsync($"/api/v1/funders/{orgId}/members/alice")).StatusCode);
        await (await alice.GetAsync($"/api/v1/funders/{orgId}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ProgrammesAreAddedChangedAndShownOnTheProfile()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();

        var added = await alice.PostAsync($"/api/v1/funders/{orgId}/programmes", Http.Json("""{"title":"Growing Voices"}"""));
        var id = (await added.JsonAsync()).GetProperty("id").GetString();
        var changed = await alice.PutAsync($"/api/v1/funders/{orgId}/programmes/{id}", Http.Json("""{"title":"Growing Voices","description":"Funding the journey"}"""));
        var missing = await alice.PutAsync($"/api/v1/funders/{orgId}/programmes/nope", Http.Json("""{"title":"x"}"""));
        var profile = await (await alice.GetAsync($"/api/v1/funders/{orgId}")).JsonAsync();

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal($"/api/v1/funders/{orgId}/programmes/{id}", added.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        await missing.AssertProblemAsync(HttpStatusCode.NotFound);
        var programme = Assert.Single(profile.GetProperty("programmes").EnumerateArray());
        Assert.Equal("Funding the journey", programme.GetProperty("description").GetString());
        Assert.Single((await (await alice.GetAsync($"/api/v1/funders/{orgId}/programmes")).JsonAsync()).EnumerateArray());
    }
}
