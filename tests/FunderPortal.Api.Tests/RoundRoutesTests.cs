using System.Net;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

/// <summary>A participatory round through the API, from creation to grants; phase rules and what each person sees.</summary>
[Collection(PortalCollection.Name)]
public sealed class RoundRoutesTests(PortalFactory portal)
{
    [Fact]
    public async Task CreatingARoundAnswersItsIdAndCriteriaIds()
    {
        var cast = await portal.CastAsync();
        var response = await cast.Funder.PostAsync($"/api/v1/funders/{cast.FunderOrgId}/rounds", Http.Json(RoundHttp.RoundJson));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var round = await response.JsonAsync();
        var id = round.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/rounds/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(["c1", "c2"], round.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(5, round.GetProperty("criteria")[0].GetProperty("anchors").GetArrayLength());
        Assert.Equal("Draft", round.GetProperty("phase").GetString());
        var listed = await (await cast.Funder.GetAsync($"/api/v1/funders/{cast.FunderOrgId}/rounds")).JsonAsync();
        Assert.Contains(listed.EnumerateArray(), r => r.GetProperty("roundId").GetString() == id);
    }

    [Fact]
    public async Task InvalidRoundsNameTheirFields()
    {
        var cast = await portal.CastAsync();
        var response = await cast.Funder.PostAsync($"/api/v1/funders/{cast.FunderOrgId}/rounds", Http.Json("""
            {"title":"","budgetPence":100,"minAwardPence":500,"maxAwardPence":400,"criteria":[{"wording":"x","weight":0,"scaleMax":11}]}
            """));
        await response.AssertInvalidAsync("title", "maxAwardPence", "criteria[0].weight", "criteria[0].scaleMax");
    }

    [Fact]
    public async Task OnlyTheFundersEditorsCreateRounds()
    {
        var cast = await portal.CastAsync();
        var stranger = await portal.ClientForAsync($"stranger-{cast.Suffix}");
        await (await stranger.PostAsync($"/api/v1/funders/{cast.FunderOrgId}/rounds", Http.Json(RoundHttp.RoundJson)))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        await cast.Funder.AddMemberAsync(cast.FunderOrgId, $"viewer-{cast.Suffix}", "Viewer");
        var viewer = await portal.ClientForAsync($"viewer-{cast.Suffix}");
        await (await viewer.PostAsync($"/api/v1/funders/{cast.FunderOrgId}/rounds", Http.Json(RoundHttp.RoundJson)))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PhasesMoveOneStepForwardAndEachAllowsOnlyItsOwnActions()
    {
        var cast = await portal.CastAsync();
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        var url = $"/api/v1/rounds/{roundId}/phase";

        await (await cast.Funder.PostAsync(url, Http.Json("""{"phase":"Scoring"}"""))).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await cast.Funder.PostAsync(url, Http.Json("""{"phase":"Sideways"}"""))).AssertInvalidAsync("phase");
        var (panellist, _) = await portal.JoinPanelAsync(cast.Funder, roundId);
        await cast.Funder.MoveToAsync(roundId, "Open");
        await (await cast.Funder.PostAsync(url, Http.Json("""{"phase":"Draft"}"""))).AssertProblemAsync(HttpStatusCode.Conflict);

        var applicationId = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 200_000);
        // A score while Open is refused, and stores nothing.
        await (await panellist.ScoreAsync(roundId, applicationId, 3, 3)).AssertProblemAsync(HttpStatusCode.Conflict);
        await cast.Funder.MoveToAsync(roundId, "Scoring");
        await (await cast.CharityB.PostAsync($"/api/v1/rounds/{roundId}/applications", Http.Json($$$"""
            {"charityOrgId":"{{{cast.OrgB}}}","amountRequestedPence":200000,"eligibilityAnswers":{"q1":true}}
            """))).AssertProblemAsync(HttpStatusCode.Conflict);
        var application = await (await cast.Funder.GetAsync($"/api/v1/rounds/{roundId}/applications/{applicationId}")).JsonAsync();
        Assert.Equal(0, application.GetProperty("scoredBy").GetInt32());
        Assert.Single((await (await cast.Funder.GetAsync($"/api/v1/rounds/{roundId}/applications")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task ApplicationsOverTheMaximumOrIneligibleAreRefusedAndNothingIsStored()
    {
        var cast = await portal.CastAsync();
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        await cast.Funder.MoveToAsync(roundId, "Open");
        var url = $"/api/v1/rounds/{roundId}/applications";

        await (await cast.CharityA.PostAsync(url, Http.Json($$$"""{"charityOrgId":"{{{cast.OrgA}}}","amountRequestedPence":500001,"eligibilityAnswers":{"q1":true}}""")))
            .AssertInvalidAsync("amountRequestedPence");
        await (await cast.CharityA.PostAsync(url, Http.Json($$$"""{"charityOrgId":"{{{cast.OrgA}}}","amountRequestedPence":200000,"eligibilityAnswers":{"q1":false}}""")))
            .AssertInvalidAsync("eligibilityAnswers.q1");
        await (await cast.CharityA.PostAsync(url, Http.Json($$"""{"charityOrgId":"{{cast.OrgA}}","amountRequestedPence":200000}""")))
            .AssertInvalidAsync("eligibilityAnswers.q1");
        // Applying for a charity you are not an editor of.
        await (await cast.CharityA.PostAsync(url, Http.Json($$$"""{"charityOrgId":"{{{cast.OrgB}}}","amountRequestedPence":200000,"eligibilityAnswers":{"q1":true}}""")))
            .AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.Empty((await (await cast.Funder.GetAsync(url)).JsonAsync()).EnumerateArray());
        var applicationId = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 500_000);
        await (await cast.CharityA.PostAsync(url, Http.Json($$$"""{"charityOrgId":"{{{cast.OrgA}}}","amountRequestedPence":200000,"eligibilityAnswers":{"q1":true}}""")))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        var own = await (await cast.CharityA.GetAsync($"{url}/{applicationId}")).JsonAsync();
        Assert.Equal("Hope Street", own.GetProperty("charityName").GetString());
        await (await cast.CharityB.GetAsync($"{url}/{applicationId}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task InvitationsAreOneTimeAndSignedInAcceptanceLinksTheUser()
    {
        var cast = await portal.CastAsync();
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        var response = await cast.Funder.PostAsync($"/api/v1/rounds/{roundId}/invitations", Http.Json("{}"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var url = (await response.JsonAsync()).GetProperty("url").GetString()!;
        Assert.Matches($"^http://localhost/panel/join/{roundId}\\.[A-Za-z0-9_-]{{43}}$", url);
        var token = url[(url.LastIndexOf('/') + 1)..];

        var person = await portal.ClientForAsync($"lived-{cast.Suffix}");
        var accepted = await person.PostAsync($"/api/v1/panel-invitations/{token}/accept", Http.Json("""{"payment":"NonCash","nonCashPreference":"Vouchers"}"""));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var body = await accepted.JsonAsync();
        Assert.True(body.GetProperty("linkedToUser").GetBoolean());
        Assert.Equal("Panellist 1", body.GetProperty("pseudonym").GetString());
        Assert.StartsWith($"panel.{roundId}.", body.GetProperty("accessToken").GetString());

        await (await portal.CreateClient().PostAsync($"/api/v1/panel-invitations/{token}/accept", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        var me = await (await person.GetAsync($"/api/v1/rounds/{roundId}/panellists/me")).JsonAsync();
        Assert.Equal("NonCash", me.GetProperty("payment").GetString());
        var round = await (await person.GetAsync($"/api/v1/rounds/{roundId}")).JsonAsync();
        Assert.Equal("Panellist", round.GetProperty("yourRole").GetString());
        await (await portal.CreateClient().PostAsync($"/api/v1/panel-invitations/{roundId}.nonsense/accept", null)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AReplacementInvitationEndsTheLostToken()
    {
        var cast = await portal.CastAsync();
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        var (lost, panellistId) = await portal.JoinPanelAsync(cast.Funder, roundId);
        Assert.Equal(HttpStatusCode.OK, (await lost.GetAsync($"/api/v1/rounds/{roundId}/panellists/me")).StatusCode);

        var token = await cast.Funder.InviteAsync(roundId, $$"""{"replacesPanellistId":"{{panellistId}}"}""");
        var accepted = await (await portal.CreateClient().PostAsync($"/api/v1/panel-invitations/{token}/accept", null)).JsonAsync();

        Assert.Equal(panellistId, accepted.GetProperty("panellistId").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await lost.GetAsync($"/api/v1/rounds/{roundId}/panellists/me")).StatusCode);
    }

    [Fact]
    public async Task AFunderMemberWhoIsNotOnThePanelCannotScore()
    {
        var cast = await portal.CastAsync();
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        await cast.Funder.MoveToAsync(roundId, "Open");
        var applicationId = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 200_000);
        await cast.Funder.MoveToAsync(roundId, "Scoring");

        await (await cast.Funder.ScoreAsync(roundId, applicationId, 4, 4)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await cast.CharityA.ScoreAsync(roundId, applicationId, 4, 4)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ScoresStayPrivateUntilScoringEndsInEveryRoute()
    {
        var cast = await portal.CastAsync();
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        var (alice, _) = await portal.JoinPanelAsync(cast.Funder, roundId);
        var (bob, _) = await portal.JoinPanelAsync(cast.Funder, roundId);
        await cast.Funder.MoveToAsync(roundId, "Open");
        var applicationId = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 200_000);
        await cast.Funder.MoveToAsync(roundId, "Scoring");

        Assert.Equal(HttpStatusCode.OK, (await bob.ScoreAsync(roundId, applicationId, 1, 3, "bobs-secret-words")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await alice.ScoreAsync(roundId, applicationId, 4, 2)).StatusCode);

        string[] routes =
        [
            $"/api/v1/rounds/{roundId}", $"/api/v1/rounds/{roundId}/applications", $"/api/v1/rounds/{roundId}/applications/{applicationId}",
            $"/api/v1/rounds/{roundId}/applications/{applicationId}/scores/mine", $"/api/v1/rounds/{roundId}/panellists/me",
            $"/api/v1/rounds/{roundId}/applications/{applicationId}/scores", $"/api/v1/rounds/{roundId}/results",
            $"/api/v1/rounds/{roundId}/results?rankBy=normalised", $"/api/v1/rounds/{roundId}/applications/{applicationId}/notes",
        ];
        foreach (var route in routes)
        {
            var body = await (await alice.GetAsync(route)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("bobs-secret-words", body, StringComparison.Ordinal);
            Assert.DoesNotContain("\"c1\":1", body, StringComparison.Ordinal);
        }
        await (await alice.GetAsync($"/api/v1/rounds/{roundId}/results")).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await alice.GetAsync($"/api/v1/rounds/{roundId}/applications/{applicationId}/scores")).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await cast.Funder.GetAsync($"/api/v1/rounds/{roundId}/results")).AssertProblemAsync(HttpStatusCode.Conflict);
        var progress = await (await alice.GetAsync($"/api/v1/rounds/{roundId}/applications/{applicationId}")).JsonAsync();
        Assert.Equal((2, 2), (progress.GetProperty("scoredBy").GetInt32(), progress.GetProperty("eligibleScorers").GetInt32()));
        Assert.Equal(4, progress.GetProperty("yourScores").GetProperty("scores").GetProperty("c1").GetInt32());

        // Changing one's scores is allowed until scoring ends; after it, everyone's are revealed.
        Assert.Equal(HttpStatusCode.OK, (await alice.ScoreAsync(roundId, applicationId, 3, 2)).StatusCode);
        await cast.Funder.MoveToAsync(roundId, "Deliberation");
        await (await alice.ScoreAsync(roundId, applicationId, 0, 0)).AssertProblemAsync(HttpStatusCode.Conflict);
        var sheets = await (await alice.GetAsync($"/api/v1/rounds/{roundId}/applications/{applicationId}/scores")).Content.ReadAsStringAsync();
        Assert.Contains("bobs-secret-words", sheets, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConflictedPanellistNeitherScoresNorSeesTheScoresOrDiscussion()
    {
        var cast = await portal.CastAsync();
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        var (alice, aliceId) = await portal.JoinPanelAsync(cast.Funder, roundId);
        var (bob, _) = await portal.JoinPanelAsync(cast.Funder, roundId);
        await cast.Funder.MoveToAsync(roundId, "Open");
        var applicationId = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 200_000);
        await cast.Funder.MoveToAsync(roundId, "Scoring");

        await (await alice.DeclareAsync(roundId, applicationId, "Declared")).AssertInvalidAsync("details");
        Assert.Equal(HttpStatusCode.OK, (await alice.DeclareAsync(roundId, applicationId, "Declared", "I volunteer there")).StatusCode);
        await (await alice.ScoreAsync(roundId, applicationId, 4, 4)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await bob.ScoreAsync(roundId, applicationId, 2, 2)).StatusCode);
        var declarations = await (await cast.Funder.GetAsync($"/api/v1/rounds/{roundId}/conflicts")).JsonAsync();
        var declaration = Assert.Single(declarations.EnumerateArray());
        Assert.Equal((aliceId, "I volunteer there"), (declaration.GetProperty("panellistId").GetString(), declaration.GetProperty("details").GetString()));
        await (await bob.GetAsync($"/api/v1/rounds/{roundId}/conflicts")).AssertProblemAsync(HttpStatusCode.Forbidden);

        await cast.Funder.MoveToAsync(roundId, "Deliberation");
        await (await alice.GetAsync($"/api/v1/rounds/{roundId}/applications/{applicationId}/scores")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await alice.GetAsync($"/api/v1/rounds/{roundId}/applications/{applicationId}/notes")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await alice.PostAsync($"/api/v1/rounds/{roundId}/applications/{applicationId}/notes", Http.Json("""{"text":"hm"}""")))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        var results = await (await alice.GetAsync($"/api/v1/rounds/{roundId}/results")).JsonAsync();
        var row = Assert.Single(results.GetProperty("applications").EnumerateArray());
        Assert.True(row.GetProperty("youAreConflicted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("mean").ValueKind);
        Assert.Empty(row.GetProperty("panellists").EnumerateArray());
        var funderView = (await (await cast.Funder.GetAsync($"/api/v1/rounds/{roundId}/results")).JsonAsync()).GetProperty("applications")[0];
        Assert.Equal((1, 1), (funderView.GetProperty("scorers").GetInt32(), funderView.GetProperty("eligiblePanellists").GetInt32()));
    }
}
