using System.Net;
using System.Text;

namespace FunderPortal.Api.Tests;

/// <summary>Bad input gets 400 problem+json naming the field, and nothing is stored.</summary>
[Collection(PortalCollection.Name)]
public sealed class BadInputTests(PortalFactory portal)
{
    [Theory]
    [InlineData("""{"orgId":"not-an-org-id","name":"Hope"}""", "orgId")]
    [InlineData("""{"orgId":"GB-CHC-999","name":""}""", "name")]
    [InlineData("""{"orgId":"GB-CHC-998","name":"   "}""", "name")]
    [InlineData("""{"orgId":"GB-CHC-997"}""", "name")]
    [InlineData("""{"orgId":"GB-CHC-996","name":"Hope","sizeBand":"Enormous"}""", "sizeBand")]
    [InlineData("""{"orgId":"GB-CHC-995","name":"Hope","sizeBand":3}""", "sizeBand")]
    [InlineData("""{"orgId":"GB-CHC-994","name":42}""", "name")]
    [InlineData("""{"orgId":"GB-CHC-993","name":"Hope","areas":"Leeds"}""", "areas")]
    [InlineData("""{"orgId":"GB-CHC-992","name":"Hope""", "name")]
    [InlineData("""[1,2,3]""", "body")]
    [InlineData("""not json""", "body")]
    public async Task InvalidRegistrationsNameTheFieldAndStoreNothing(string json, string field)
    {
        var alice = await portal.ClientForAsync("alice");

        var response = await alice.PostAsync("/api/v1/charities", Http.Json(json));

        await response.AssertInvalidAsync(field);
        var orgId = System.Text.RegularExpressions.Regex.Match(json, "GB-CHC-\\d+").Value;
        if (orgId.Length > 0)
            await (await alice.GetAsync($"/api/v1/charities/{orgId}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OverLongTextIsRefusedAndNothingChanges()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();

        var name = await alice.PatchAsync($"/api/v1/charities/{orgId}", Http.Json($$"""{"name":"{{new string('a', 201)}}"}"""));
        var title = await alice.PostAsync($"/api/v1/charities/{orgId}/workstreams", Http.Json($$"""{"title":"{{new string('a', 201)}}"}"""));
        var emptyTitle = await alice.PostAsync($"/api/v1/charities/{orgId}/workstreams", Http.Json("""{"title":""}"""));

        await name.AssertInvalidAsync("name");
        await title.AssertInvalidAsync("title");
        await emptyTitle.AssertInvalidAsync("title");
        var history = await (await alice.GetAsync($"/api/v1/charities/{orgId}/history")).JsonAsync();
        Assert.Equal(2, history.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task UnknownEnumNamesInRoutesAndBodiesAreInvalid()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var id = await alice.StartWorkstreamAsync(orgId);

        await (await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{id}/rungs/CoDreaming", Http.Json("""{"current":"Informing"}""")))
            .AssertInvalidAsync("activityKind");
        await (await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{id}/rungs/CoDesign", Http.Json("""{"current":"Top"}""")))
            .AssertInvalidAsync("current");
        await (await alice.PutAsync($"/api/v1/charities/{orgId}/members/bob", Http.Json("""{"role":"Owner"}""")))
            .AssertInvalidAsync("role");
        await (await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/nope/rungs/CoDesign", Http.Json("""{"current":"Informing"}""")))
            .AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AWrongContentTypeIs415AndAMissingBodyIs400()
    {
        var alice = await portal.ClientForAsync("alice");

        var text = await alice.PostAsync("/api/v1/charities", new StringContent("""{"orgId":"GB-CHC-1","name":"x"}""", Encoding.UTF8, "text/plain"));
        var empty = await alice.PostAsync("/api/v1/charities", new StringContent("", Encoding.UTF8, "application/json"));

        await text.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await empty.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task DeeplyNestedJsonIsRefused()
    {
        var alice = await portal.ClientForAsync("alice");
        var deep = new string('[', 200) + new string(']', 200);

        var response = await alice.PostAsync("/api/v1/charities", Http.Json($$"""{"orgId":"GB-CHC-1","name":"x","areas":{{deep}}}"""));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ADevTokenNeedsASubject()
    {
        var client = portal.CreateClient();

        await (await client.PostAsync("/dev/token", Http.Json("""{"subject":""}"""))).AssertInvalidAsync("subject");
        await (await client.PostAsync("/dev/token", Http.Json("""{}"""))).AssertInvalidAsync("subject");
    }
}
