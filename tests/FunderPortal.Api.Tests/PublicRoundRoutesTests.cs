using System.Net;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

/// <summary>A round's public face over HTTP: published by its funder's editors, found and read by anyone without a token.</summary>
[Collection(PortalCollection.Name)]
public sealed class PublicRoundRoutesTests(PortalFactory portal)
{
    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    private static string RoundClosing(string closes) => RoundHttp.RoundJson.Replace("\"closes\":\"2026-01-31\"", $"\"closes\":\"{closes}\"", StringComparison.Ordinal)
        .Replace("\"scoringEnds\":\"2026-02-28\",\"decisionsBy\":\"2026-03-15\"", "\"scoringEnds\":\"2100-12-30\",\"decisionsBy\":\"2100-12-31\"", StringComparison.Ordinal);

    private static Task<HttpResponseMessage> PublishAsync(HttpClient funder, string roundId, bool published) =>
        funder.PutAsync($"/api/v1/rounds/{roundId}/publication", Http.Json($$"""{"published":{{(published ? "true" : "false")}}}"""));

    [Fact]
    public async Task OnlyThePublishedRoundIsReadWithoutATokenAndOnlyItsFundersEditorsPublishIt()
    {
        var cast = await portal.CastAsync();
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        var anyone = portal.CreateClient();

        Assert.False((await OkAsync(cast.Funder.GetAsync($"/api/v1/rounds/{roundId}"))).GetProperty("published").GetBoolean());
        await (await anyone.GetAsync($"/api/v1/public/rounds/{roundId}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await anyone.GetAsync("/api/v1/public/rounds/not-a-round")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await cast.CharityA.PutAsync($"/api/v1/rounds/{roundId}/publication", Http.Json("""{"published":true}""")))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        await cast.Funder.AddMemberAsync(cast.FunderOrgId, $"funder-viewer-{cast.Suffix}", "Viewer");
        var viewer = await portal.ClientForAsync($"funder-viewer-{cast.Suffix}");
        await (await PublishAsync(viewer, roundId, true)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await cast.Funder.PutAsync($"/api/v1/rounds/{roundId}/publication", Http.Json("{}"))).AssertInvalidAsync("published");

        var published = await OkAsync(PublishAsync(cast.Funder, roundId, true));
        Assert.True(published.GetProperty("published").GetBoolean());

        var page = await OkAsync(anyone.GetAsync($"/api/v1/public/rounds/{roundId}"));
        Assert.Equal((roundId, "Lived experience fund", cast.FunderOrgId, "Hope Trust", "Draft", "Scoring"),
            (page.GetProperty("id").GetString(), page.GetProperty("title").GetString(), page.GetProperty("funder").GetProperty("orgId").GetString(),
             page.GetProperty("funder").GetProperty("name").GetString(), page.GetProperty("phase").GetString(), page.GetProperty("judgingMode").GetString()));
        Assert.Equal(JsonValueKind.Null, page.GetProperty("programme").ValueKind);
        Assert.Equal(JsonValueKind.Null, page.GetProperty("outcome").ValueKind);
        Assert.Equal("2026-01-31", page.GetProperty("timetable").GetProperty("closes").GetString());
        Assert.Equal("q1", page.GetProperty("eligibilityQuestions")[0].GetProperty("id").GetString());
        var criterion = page.GetProperty("criteria")[1];
        Assert.Equal(("It will make a real difference", 2.0, 4, 5), (criterion.GetProperty("wording").GetString(), criterion.GetProperty("weight").GetDouble(),
            criterion.GetProperty("scaleMax").GetInt32(), criterion.GetProperty("anchors").GetArrayLength()));
        Assert.Equal((1_000_000L, 100_000L, 500_000L), (page.GetProperty("budgetPence").GetInt64(), page.GetProperty("minAwardPence").GetInt64(),
            page.GetProperty("maxAwardPence").GetInt64()));

        await OkAsync(PublishAsync(cast.Funder, roundId, false));
        await (await anyone.GetAsync($"/api/v1/public/rounds/{roundId}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(await AllListedAsync(anyone, null), r => r.GetProperty("id").GetString() == roundId);
    }

    [Fact]
    public async Task TheIndexListsPublishedRoundsByClosingDateAPageAtATimeFilteredByPhase()
    {
        var cast = await portal.CastAsync();
        var anyone = portal.CreateClient();
        var year = 2090 + Random.Shared.Next(0, 9);
        var late = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId, RoundClosing($"{year}-06-30"))).GetProperty("id").GetString()!;
        var early = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId, RoundClosing($"{year}-06-10"))).GetProperty("id").GetString()!;
        var middle = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId, RoundClosing($"{year}-06-20"))).GetProperty("id").GetString()!;
        var hidden = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId, RoundClosing($"{year}-06-15"))).GetProperty("id").GetString()!;
        foreach (var id in new[] { late, early, middle })
            await OkAsync(PublishAsync(cast.Funder, id, true));
        await cast.Funder.MoveToAsync(early, "Open");
        await cast.Funder.MoveToAsync(late, "Open");

        var all = await AllListedAsync(anyone, null, limit: 2);
        var mine = all.Select(r => r.GetProperty("id").GetString()).Where(id => id == late || id == early || id == middle || id == hidden).ToList();
        Assert.Equal([early, middle, late], mine);
        var listed = all.Single(r => r.GetProperty("id").GetString() == early);
        Assert.Equal(("Open", "Hope Trust", $"{year}-06-10"), (listed.GetProperty("phase").GetString(), listed.GetProperty("funder").GetProperty("name").GetString(),
            listed.GetProperty("timetable").GetProperty("closes").GetString()));
        var closes = all.Select(r => r.GetProperty("timetable").GetProperty("closes")).Select(c => c.ValueKind == JsonValueKind.Null ? "9999" : c.GetString()!).ToList();
        Assert.Equal(closes.Order(StringComparer.Ordinal), closes);

        var open = await AllListedAsync(anyone, "Open");
        Assert.All(open, r => Assert.Equal("Open", r.GetProperty("phase").GetString()));
        Assert.Equal([early, late], open.Select(r => r.GetProperty("id").GetString()).Where(id => id == late || id == early || id == middle));

        await (await anyone.GetAsync("/api/v1/public/rounds?limit=0")).AssertInvalidAsync("limit");
        await (await anyone.GetAsync("/api/v1/public/rounds?after=-1")).AssertInvalidAsync("after");
        await (await anyone.GetAsync("/api/v1/public/rounds?phase=Sideways")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ADecidedPublishedRoundShowsWhatCameOfItAndWhoWasFunded()
    {
        var cast = await portal.CastAsync();
        var programme = await OkCreatedAsync(cast.Funder.PostAsync($"/api/v1/funders/{cast.FunderOrgId}/programmes", Http.Json("""{"title":"Growing Voices"}""")));
        var json = RoundHttp.RoundJson.Replace("\"title\":\"Lived experience fund\",", $"\"title\":\"Lived experience fund\",\"programmeId\":\"{programme.GetProperty("id").GetString()}\",", StringComparison.Ordinal);
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId, json)).GetProperty("id").GetString()!;
        await OkAsync(PublishAsync(cast.Funder, roundId, true));
        await cast.Funder.MoveToAsync(roundId, "Open");
        var a = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 300_000);
        var b = await cast.CharityB.ApplyAsync(roundId, cast.OrgB, 200_000);
        await cast.Funder.MoveToAsync(roundId, "Scoring");
        await cast.Funder.MoveToAsync(roundId, "Deliberation");
        Assert.Equal(HttpStatusCode.OK, (await cast.Funder.PutAsync($"/api/v1/rounds/{roundId}/applications/{a}/decision",
            Http.Json("""{"outcome":"Funded","amountPence":250000,"rationale":"Led by its members."}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cast.Funder.PutAsync($"/api/v1/rounds/{roundId}/applications/{b}/decision",
            Http.Json("""{"outcome":"NotFunded","rationale":"Not this time."}"""))).StatusCode);
        await cast.Funder.MoveToAsync(roundId, "Decided");

        var page = await OkAsync(portal.CreateClient().GetAsync($"/api/v1/public/rounds/{roundId}"));

        Assert.Equal("Growing Voices", page.GetProperty("programme").GetProperty("title").GetString());
        var outcome = page.GetProperty("outcome");
        Assert.Equal((2, 1, 250_000L, 0.5), (outcome.GetProperty("applications").GetInt32(), outcome.GetProperty("funded").GetInt32(),
            outcome.GetProperty("fundedPence").GetInt64(), outcome.GetProperty("successRate").GetDouble()));
        var funded = Assert.Single(outcome.GetProperty("fundedOrganisations").EnumerateArray());
        Assert.Equal((cast.OrgA, "Hope Street", 250_000L), (funded.GetProperty("orgId").GetString(), funded.GetProperty("name").GetString(), funded.GetProperty("awardPence").GetInt64()));
        var listed = (await AllListedAsync(portal.CreateClient(), "Decided")).Single(r => r.GetProperty("id").GetString() == roundId);
        Assert.Equal("Decided", listed.GetProperty("phase").GetString());
    }

    private static async Task<JsonElement> OkCreatedAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    /// <summary>Every page of the index, following next until it is null.</summary>
    private static async Task<List<JsonElement>> AllListedAsync(HttpClient anyone, string? phase, int limit = 200)
    {
        List<JsonElement> all = [];
        long? after = null;
        for (var pages = 0; pages < 1_000; pages++)
        {
            var query = $"?limit={limit}" + (phase is null ? "" : $"&phase={phase}") + (after is { } a ? $"&after={a}" : "");
            var page = await OkAsync(anyone.GetAsync($"/api/v1/public/rounds{query}"));
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.True(items.Count <= limit);
            all.AddRange(items);
            if (page.GetProperty("next").ValueKind == JsonValueKind.Null)
                return all;
            Assert.Equal(limit, items.Count); // only the last page is short
            after = page.GetProperty("next").GetInt64();
        }
        throw new InvalidOperationException("The index never ended.");
    }
}
