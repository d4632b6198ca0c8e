using System.Net;

namespace FunderPortal.Api.Tests;

[Collection(PortalCollection.Name)]
public sealed class FunderGrantRoutesTests(PortalFactory portal)
{
    private static HttpRequestMessage Post(string path, string json, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Http.Json(json) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Fact]
    public async Task AGrantIsCreatedWithAnIdAndCanBeReadBack()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();

        var response = await alice.PostAsync($"/api/v1/funders/{orgId}/grants", Http.Json(FunderHttp.GrantJson));
        var grant = await response.JsonAsync();
        var read = await (await alice.GetAsync($"/api/v1/funders/{orgId}/grants/1")).JsonAsync();
        var list = await (await alice.GetAsync($"/api/v1/funders/{orgId}/grants")).JsonAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("1", grant.GetProperty("id").GetString());
        Assert.Equal($"/api/v1/funders/{orgId}/grants/1", response.Headers.Location?.OriginalString);
        Assert.Equal((123456L, "Development", "2028-01-31", "Hope Street"),
            (read.GetProperty("amountPence").GetInt64(), read.GetProperty("type").GetString(), read.GetProperty("plannedEnd").GetString(),
             read.GetProperty("charityName").GetString()));
        Assert.Equal(["w1"], read.GetProperty("workstreamIds").EnumerateArray().Select(w => w.GetString()));
        Assert.Single(list.EnumerateArray());
        await (await alice.GetAsync($"/api/v1/funders/{orgId}/grants/2")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WithoutACharityNameTheOrgIdStandsIn()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();

        var grant = await alice.RecordGrantAsync(orgId, FunderHttp.GrantJson.Replace("\"charityName\":\"Hope Street\",", "", StringComparison.Ordinal));

        Assert.Equal("GB-CHC-1234567", grant.GetProperty("charityName").GetString());
    }

    [Theory]
    [InlineData("\"amountPence\":123456", "\"amountPence\":-5", "amountPence")]
    [InlineData("\"amountPence\":123456", "\"amountPence\":0", "amountPence")]
    [InlineData("\"amountPence\":123456", "\"amountPence\":10000000001", "amountPence")]
    [InlineData("\"amountPence\":123456", "\"amountPence\":99999999999999999999999", "amountPence")]
    [InlineData("\"amountPence\":123456", "\"amountPence\":12.5", "amountPence")]
    [InlineData("\"amountPence\":123456,", "", "amountPence")]
    [InlineData("\"plannedEnd\":\"2028-01-31\"", "\"plannedEnd\":\"2026-01-31\"", "plannedEnd")]
    [InlineData("\"plannedStart\":\"2026-02-01\"", "\"plannedStart\":\"01/02/2026\"", "plannedStart")]
    [InlineData("\"type\":\"Development\"", "\"type\":\"Endowment\"", "type")]
    [InlineData("\"type\":\"Development\"", "\"type\":2", "type")]
    [InlineData("\"awardDate\":\"2025-12-01\"", "\"awardDate\":\"2027-01-01\"", "awardDate")]
    [InlineData("\"charityOrgId\":\"GB-CHC-1234567\"", "\"charityOrgId\":\"Hope Street\"", "charityOrgId")]
    [InlineData("\"title\":\"Paid co-design\"", "\"title\":\"\"", "title")]
    [InlineData("\"workstreamIds\":[\"w1\"]", "\"workstreamIds\":[\"w1\"],\"programmeId\":\"nope\"", "programmeId")]
    public async Task BadGrantsNameTheFieldAndRecordNothing(string find, string replace, string field)
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();

        var response = await alice.PostAsync($"/api/v1/funders/{orgId}/grants", Http.Json(FunderHttp.GrantJson.Replace(find, replace, StringComparison.Ordinal)));

        await response.AssertInvalidAsync(field);
        Assert.Empty((await (await alice.GetAsync($"/api/v1/funders/{orgId}/grants")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task ARetriedGrantWithTheSameKeyIsRecordedOnce()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();
        var key = Guid.NewGuid().ToString();
        var path = $"/api/v1/funders/{orgId}/grants";

        var first = await alice.SendAsync(Post(path, FunderHttp.GrantJson, key));
        var retry = await alice.SendAsync(Post(path, FunderHttp.GrantJson, key));
        var other = await alice.SendAsync(Post(path, FunderHttp.GrantJson.Replace("123456", "654321", StringComparison.Ordinal), key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        await other.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Single((await (await alice.GetAsync(path)).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task FeedbackAndSupportOffersAreKeptNewestFirst()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterFunderAsync();

        var feedback = await alice.PostAsync($"/api/v1/funders/{orgId}/feedback",
            Http.Json("""{"charityOrgId":"GB-CHC-1234567","kind":"Feedback","text":"Your journey map told us more than any report."}"""));
        var offer = await alice.PostAsync($"/api/v1/funders/{orgId}/feedback",
            Http.Json("""{"charityOrgId":"GB-CHC-1234567","kind":"SupportOffer","text":"Our accessible meeting room, free on Saturdays."}"""));
        var bad = await alice.PostAsync($"/api/v1/funders/{orgId}/feedback", Http.Json("""{"charityOrgId":"GB-CHC-1234567","kind":"Praise","text":"x"}"""));
        var empty = await alice.PostAsync($"/api/v1/funders/{orgId}/feedback", Http.Json("""{"charityOrgId":"GB-CHC-1234567","kind":"Feedback","text":" "}"""));
        var list = await (await alice.GetAsync($"/api/v1/funders/{orgId}/feedback")).JsonAsync();

        Assert.Equal(HttpStatusCode.Created, feedback.StatusCode);
        Assert.Equal(HttpStatusCode.Created, offer.StatusCode);
        await bad.AssertInvalidAsync("kind");
        await empty.AssertInvalidAsync("text");
        Assert.Equal(["SupportOffer", "Feedback"], list.EnumerateArray().Select(f => f.GetProperty("kind").GetString()));
        Assert.Equal("alice", list[0].GetProperty("givenBy").GetString());
        var one = await alice.GetAsync(offer.Headers.Location!);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
    }
}
