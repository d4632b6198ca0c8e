using System.Net;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

/// <summary>
/// A panellist reads the journey map an application links, through the application's journeyUrl, while the panel
/// judges: not before, not after the round is Decided, not in an anonymised round, not when conflicted, and every read
/// is in the charity's audit naming the round.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PanelJourneyTests(PortalFactory portal)
{
    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    [Fact]
    public async Task APanellistReadsALinkedJourneyOnlyWhileThePanelJudgesAndEachReadIsLoggedNamingTheRound()
    {
        var cast = await portal.CastAsync();
        await cast.CharityA.StartWorkstreamAsync(cast.OrgA, "Peer mentoring");
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        var (reader, readerId) = await portal.JoinPanelAsync(cast.Funder, roundId);
        var (conflicted, _) = await portal.JoinPanelAsync(cast.Funder, roundId);
        await cast.Funder.MoveToAsync(roundId, "Open");
        var linked = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 200_000); // links its journey
        var unlinked = await cast.CharityB.PostAsync($"/api/v1/rounds/{roundId}/applications", Http.Json($$$"""
            {"charityOrgId":"{{{cast.OrgB}}}","amountRequestedPence":200000,"eligibilityAnswers":{"q1":true}}
            """));
        Assert.Equal(HttpStatusCode.Created, unlinked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await conflicted.DeclareAsync(roundId, linked, "Declared", "I volunteer there")).StatusCode);
        var journeyUrl = (await OkAsync(reader.GetAsync($"/api/v1/rounds/{roundId}/applications/{linked}"))).GetProperty("journeyUrl").GetString()!;
        Assert.Equal($"/api/v1/charities/{cast.OrgA}/journey?roundId={roundId}", journeyUrl);

        await (await reader.GetAsync(journeyUrl)).AssertProblemAsync(HttpStatusCode.NotFound); // Open: the panel does not judge yet
        await cast.Funder.MoveToAsync(roundId, "Scoring");

        var journey = await OkAsync(reader.GetAsync(journeyUrl));
        Assert.Equal("Peer mentoring", journey.GetProperty("workstreams")[0].GetProperty("title").GetString());
        await (await conflicted.GetAsync(journeyUrl)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await reader.GetAsync($"/api/v1/charities/{cast.OrgA}/journey")).AssertProblemAsync(HttpStatusCode.NotFound); // without the round
        await (await reader.GetAsync($"/api/v1/charities/{cast.OrgB}/journey?roundId={roundId}")).AssertProblemAsync(HttpStatusCode.NotFound); // not linked
        var stranger = await portal.ClientForAsync($"stranger-{cast.Suffix}");
        await (await stranger.GetAsync(journeyUrl)).AssertProblemAsync(HttpStatusCode.NotFound);
        // The charity's own members read it as always, with or without the round.
        await OkAsync(cast.CharityA.GetAsync(journeyUrl));

        var audit = await OkAsync(cast.CharityA.GetAsync($"/api/v1/charities/{cast.OrgA}/audit"));
        var read = Assert.Single(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "Read");
        Assert.Equal((roundId, cast.FunderOrgId, $"panel:{roundId}:{readerId}"), (read.GetProperty("roundId").GetString(),
            read.GetProperty("funderOrgId").GetString(), read.GetProperty("actor").GetString()));
        Assert.Contains(roundId, read.GetProperty("what").GetString());

        await cast.Funder.MoveToAsync(roundId, "Deliberation");
        await OkAsync(reader.GetAsync(journeyUrl));
        foreach (var id in new[] { linked, (await unlinked.JsonAsync()).GetProperty("id").GetString()! })
        {
            Assert.Equal(HttpStatusCode.OK, (await cast.Funder.PutAsync($"/api/v1/rounds/{roundId}/applications/{id}/decision",
                Http.Json("""{"outcome":"NotFunded","rationale":"Not this time."}"""))).StatusCode);
        }
        await cast.Funder.MoveToAsync(roundId, "Decided");
        await (await reader.GetAsync(journeyUrl)).AssertProblemAsync(HttpStatusCode.NotFound); // ended with the decisions
    }

    [Fact]
    public async Task AnAnonymisedRoundsPanelNeitherSeesTheLinkNorReadsTheJourney()
    {
        var cast = await portal.CastAsync();
        var json = RoundHttp.RoundJson.Replace("\"ratePencePerHour\":2500", "\"ratePencePerHour\":2500,\"anonymised\":true", StringComparison.Ordinal);
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId, json)).GetProperty("id").GetString()!;
        var (panellist, _) = await portal.JoinPanelAsync(cast.Funder, roundId);
        await cast.Funder.MoveToAsync(roundId, "Open");
        var applicationId = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 200_000);
        await cast.Funder.MoveToAsync(roundId, "Scoring");

        var application = await OkAsync(panellist.GetAsync($"/api/v1/rounds/{roundId}/applications/{applicationId}"));
        Assert.Equal(JsonValueKind.Null, application.GetProperty("journeyUrl").ValueKind);
        await (await panellist.GetAsync($"/api/v1/charities/{cast.OrgA}/journey?roundId={roundId}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
