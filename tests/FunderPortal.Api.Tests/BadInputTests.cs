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

    [Fact]
    public async Task ABodyOverTheLimitIs413AndNothingIsStored()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = Http.NewOrgId();
        var huge = new string('a', 1_100_000);

        var response = await alice.PostAsync("/api/v1/charities", Http.Json($$"""{"orgId":"{{orgId}}","name":"x","coProductionMeaning":"{{huge}}"}"""));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await alice.GetAsync($"/api/v1/charities/{orgId}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AHugeFieldWithinTheLimitIsInvalidNotAFailure()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();

        var response = await alice.PostAsync($"/api/v1/charities/{orgId}/check-ins",
            Http.Json(JourneyRoutesTests.FullCheckIn.Replace("Paying people for their time", new string('x', 900_000), StringComparison.Ordinal)));

        await response.AssertInvalidAsync("whatWorked");
        Assert.Equal(0, (await (await alice.GetAsync($"/api/v1/charities/{orgId}/journey")).JsonAsync()).GetProperty("checkInCount").GetInt32());
    }

    [Theory]
    [InlineData("\"Equality\":3", "\"Equality\":0", "principles.Equality")]
    [InlineData("\"Equality\":3", "\"Equality\":6", "principles.Equality")]
    [InlineData("\"Equality\":3,", "", "principles.Equality")]
    [InlineData("\"Equality\":3", "\"Equality\":\"high\"", "principles.Equality")]
    [InlineData("\"BoardBuyIn\":{\"answer\":\"Partly\",\"words\":\"Two trustees\"}", "\"BoardBuyIn\":{\"answer\":\"Maybe\"}", "readiness.BoardBuyIn.answer")]
    [InlineData("\"BoardBuyIn\":{\"answer\":\"Partly\",\"words\":\"Two trustees\"}", "\"BoardBuyIn\":{\"words\":\"?\"}", "readiness.BoardBuyIn.answer")]
    [InlineData("{\"whatWorked\"", "{\"heldOn\":\"2999-01-01\",\"whatWorked\"", "heldOn")]
    [InlineData("{\"whatWorked\"", "{\"heldOn\":\"01/02/2026\",\"whatWorked\"", "heldOn")]
    public async Task BadCheckInsNameTheFieldAndStoreNothing(string find, string replace, string field)
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();

        var response = await alice.PostAsync($"/api/v1/charities/{orgId}/check-ins",
            Http.Json(JourneyRoutesTests.FullCheckIn.Replace(find, replace, StringComparison.Ordinal)));

        await response.AssertInvalidAsync(field);
        var history = await (await alice.GetAsync($"/api/v1/charities/{orgId}/history")).JsonAsync();
        Assert.Equal(2, history.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task MilestoneDatesAreChecked()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var ws = await alice.StartWorkstreamAsync(orgId);
        var path = $"/api/v1/charities/{orgId}/workstreams/{ws}/milestones";

        await (await alice.PostAsync(path, Http.Json("""{"title":"x","plannedDate":"2026-02-01","doneDate":"2999-01-01"}"""))).AssertInvalidAsync("doneDate");
        await (await alice.PostAsync(path, Http.Json("""{"title":"x"}"""))).AssertInvalidAsync("plannedDate");
        await (await alice.PostAsync(path, Http.Json("""{"title":"x","plannedDate":"2026-02-30"}"""))).AssertInvalidAsync("plannedDate");
        await (await alice.PostAsync(path, Http.Json("""{"title":"x","plannedDate":"1900-01-01"}"""))).AssertInvalidAsync("plannedDate");
    }

    [Fact]
    public async Task UnknownIdsAreNotFound()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var ws = await alice.StartWorkstreamAsync(orgId);

        await (await alice.GetAsync($"/api/v1/charities/{orgId}/workstreams/nope")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await alice.PostAsync($"/api/v1/charities/{orgId}/workstreams/nope/milestones", Http.Json("""{"title":"x","plannedDate":"2026-02-01"}""")))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        await (await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{ws}/milestones/nope", Http.Json("""{"title":"x","plannedDate":"2026-02-01"}""")))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        await (await alice.PutAsync($"/api/v1/charities/{orgId}/workstreams/{ws}/barriers/nope", Http.Json("""{"kind":"Accessibility","description":"x"}""")))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        await (await alice.GetAsync($"/api/v1/charities/{Http.NewOrgId()}/journey")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
