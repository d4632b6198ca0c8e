using System.Net;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

/// <summary>Whole rounds run through the API: create, open, apply, invite, declare, score, aggregate, deliberate, decide, export.</summary>
[Collection(PortalCollection.Name)]
public sealed class RoundEndToEndTests(PortalFactory portal)
{
    [Fact]
    public async Task ARoundRunsFromCreationToGrants()
    {
        var cast = await portal.CastAsync();
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId,
            RoundHttp.RoundJson.Replace("\"ratePencePerHour\":2500", "\"ratePencePerHour\":2500,\"anonymised\":true", StringComparison.Ordinal)))
            .GetProperty("id").GetString()!;
        var (p1, p1Id) = await portal.JoinPanelAsync(cast.Funder, roundId);
        var (p2, _) = await portal.JoinPanelAsync(cast.Funder, roundId);
        var (p3, p3Id) = await portal.JoinPanelAsync(cast.Funder, roundId);
        await cast.Funder.MoveToAsync(roundId, "Open");
        var a = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 400_000);
        var b = await cast.CharityB.ApplyAsync(roundId, cast.OrgB, 500_000);

        // Anonymised: the panel sees labels, not names; the applicant is told what may still identify them.
        var seen = await (await p1.GetAsync($"/api/v1/rounds/{roundId}/applications/{a}")).JsonAsync();
        Assert.Equal(("Application 1", JsonValueKind.Null, JsonValueKind.Null), (seen.GetProperty("label").GetString(),
            seen.GetProperty("charityName").ValueKind, seen.GetProperty("journeyUrl").ValueKind));
        Assert.Contains("may still identify you", (await (await cast.CharityA.GetAsync($"/api/v1/rounds/{roundId}/applications/{a}")).JsonAsync())
            .GetProperty("anonymityNotice").GetString(), StringComparison.Ordinal);

        await cast.Funder.MoveToAsync(roundId, "Scoring");
        Assert.Equal(HttpStatusCode.OK, (await p3.DeclareAsync(roundId, a, "Declared", "My sister runs it")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p1.DeclareAsync(roundId, a, "None")).StatusCode);
        // Weighted totals (c2 weighs double, 0–4): (4,4) 100; (2,2) 50; (3,3) 75; (1,1) 25.
        foreach (var (panellist, app, c1, c2) in new[] { (p1, a, 4, 4), (p1, b, 2, 2), (p2, a, 3, 3), (p2, b, 1, 1), (p3, b, 4, 4) })
            Assert.Equal(HttpStatusCode.OK, (await panellist.ScoreAsync(roundId, app, c1, c2)).StatusCode);
        await cast.Funder.MoveToAsync(roundId, "Deliberation");

        var results = await (await p1.GetAsync($"/api/v1/rounds/{roundId}/results")).JsonAsync();
        var rows = results.GetProperty("applications").EnumerateArray().ToList();
        Assert.Equal([a, b], rows.Select(r => r.GetProperty("applicationId").GetString()));
        // A: [100, 75] → mean 87.5, median 87.5, sd 12.5; P3 conflicted so 2 scorers of 2 eligible.
        AssertRow(rows[0], mean: 87.5, median: 87.5, sd: 12.5, scorers: 2, eligible: 2, disagreement: false, rank: 1, award: 400_000);
        // B: [50, 25, 100] → mean 58.333, median 50, sd 31.18 (≥ 20: flagged), funded from what is left (600,000).
        AssertRow(rows[1], mean: 58.333, median: 50, sd: 31.18, scorers: 3, eligible: 3, disagreement: true, rank: 2, award: 500_000);
        Assert.Equal(100_000, results.GetProperty("remainingPence").GetInt64());
        // Normalised: P1 and P2 each score A one σ above their mean and B one below; P3 scored one application (z 0).
        Assert.Equal(1, rows[0].GetProperty("normalisedScore").GetDouble());
        Assert.Equal(-0.667, rows[1].GetProperty("normalisedScore").GetDouble());
        var byNormalised = await (await cast.Funder.GetAsync($"/api/v1/rounds/{roundId}/results?rankBy=normalised")).JsonAsync();
        Assert.Equal("Normalised", byNormalised.GetProperty("rankBy").GetString());
        await (await cast.Funder.GetAsync($"/api/v1/rounds/{roundId}/results?rankBy=loudest")).AssertInvalidAsync("rankBy");

        var note = await p1.PostAsync($"/api/v1/rounds/{roundId}/applications/{b}/notes", Http.Json("""{"text":"Strong on co-design, thin on costs"}"""));
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        Assert.Equal("Panellist 1", (await note.JsonAsync()).GetProperty("author").GetString());

        await Decide(cast.Funder, roundId, a, """{"outcome":"Funded","amountPence":400000,"rationale":"Led by the people it serves."}""");
        // Over budget with A funded: 400,000 + 700,000 is refused (and more than asked, too).
        await (await cast.Funder.PutAsync($"/api/v1/rounds/{roundId}/applications/{b}/decision",
            Http.Json("""{"outcome":"Funded","amountPence":700000,"rationale":"x"}"""))).AssertInvalidAsync("amountPence");
        await (await cast.Funder.PostAsync($"/api/v1/rounds/{roundId}/phase", Http.Json("""{"phase":"Decided"}""")))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        await Decide(cast.Funder, roundId, b, """{"outcome":"Waitlisted","rationale":"Good work; costs need more detail. First in line if money frees up."}""");
        // The applicant sees no decision until the round is decided.
        Assert.Equal(JsonValueKind.Null, (await (await cast.CharityB.GetAsync($"/api/v1/rounds/{roundId}/applications/{b}")).JsonAsync())
            .GetProperty("decision").ValueKind);
        await cast.Funder.MoveToAsync(roundId, "Decided");

        var feedback = (await (await cast.CharityB.GetAsync($"/api/v1/rounds/{roundId}/applications/{b}")).JsonAsync()).GetProperty("decision");
        Assert.Equal("Waitlisted", feedback.GetProperty("outcome").GetString());
        Assert.StartsWith("Good work", feedback.GetProperty("rationale").GetString(), StringComparison.Ordinal);
        var round = await (await cast.Funder.GetAsync($"/api/v1/rounds/{roundId}")).JsonAsync();
        var outcome = round.GetProperty("outcome");
        Assert.Equal((2, 1, 0.5, 400_000L), (outcome.GetProperty("applications").GetInt32(), outcome.GetProperty("funded").GetInt32(),
            outcome.GetProperty("successRate").GetDouble(), outcome.GetProperty("fundedPence").GetInt64()));
        Assert.Equal(["opens", "closes", "scoringEnds", "decisionsBy"],
            outcome.GetProperty("timetable").EnumerateArray().Select(s => s.GetProperty("step").GetString()));

        // The funded application is now the funder's grant, and in its 360Giving export.
        var grants = await (await cast.Funder.GetAsync($"/api/v1/funders/{cast.FunderOrgId}/grants")).JsonAsync();
        var grant = Assert.Single(grants.EnumerateArray());
        Assert.Equal((cast.OrgA, 400_000L), (grant.GetProperty("charityOrgId").GetString(), grant.GetProperty("amountPence").GetInt64()));
        var export = await (await cast.Funder.GetAsync($"/api/v1/funders/{cast.FunderOrgId}/360giving")).Content.ReadAsStringAsync();
        Assert.Contains(cast.OrgA, export, StringComparison.Ordinal);
        // Once decided, names are no longer hidden from the panel.
        Assert.Equal("Hope Street", (await (await p1.GetAsync($"/api/v1/rounds/{roundId}/applications/{a}")).JsonAsync()).GetProperty("charityName").GetString());

        // Time and pay: 90 minutes at £25/hour is £37.50; the conflicted panellist's time counts too.
        await RecordTime(cast.Funder, roundId, p1Id, 90);
        await RecordTime(p3, roundId, p3Id, 60);
        await (await p3.PostAsync($"/api/v1/rounds/{roundId}/panellists/{p1Id}/time", Http.Json("""{"activity":"Reading","minutes":5}""")))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        var payments = await (await cast.Funder.GetAsync($"/api/v1/rounds/{roundId}/payments")).JsonAsync();
        Assert.Equal((150, 6_250L, 6_250L), (payments.GetProperty("totalMinutes").GetInt32(), payments.GetProperty("totalValuePence").GetInt64(),
            payments.GetProperty("totalCashPence").GetInt64()));
        Assert.Equal(3_750, payments.GetProperty("panellists")[0].GetProperty("valuePence").GetInt64());

        await cast.Funder.MoveToAsync(roundId, "Closed");
        Assert.Equal(HttpStatusCode.Unauthorized, (await p2.GetAsync($"/api/v1/rounds/{roundId}")).StatusCode);
    }

    [Fact]
    public async Task ATopPickRoundCountsBordaPoints()
    {
        var cast = await portal.CastAsync();
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId,
            RoundHttp.RoundJson.Replace("\"ratePencePerHour\":2500", "\"judgingMode\":\"TopPick\",\"topPickCount\":2", StringComparison.Ordinal)))
            .GetProperty("id").GetString()!;
        var (p1, _) = await portal.JoinPanelAsync(cast.Funder, roundId);
        var (p2, _) = await portal.JoinPanelAsync(cast.Funder, roundId);
        await cast.Funder.MoveToAsync(roundId, "Open");
        var a = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 400_000);
        var b = await cast.CharityB.ApplyAsync(roundId, cast.OrgB, 500_000);
        await cast.Funder.MoveToAsync(roundId, "Scoring");

        await (await p1.ScoreAsync(roundId, a, 1, 1)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await p1.PutAsync($"/api/v1/rounds/{roundId}/top-picks/mine", Http.Json($$"""{"applicationIds":["{{a}}","{{b}}","{{a}}"]}""")))
            .AssertInvalidAsync("applicationIds");
        // p1 picks A then B (2 + 1 points); p2 picks B only (2 points): B 3, A 2.
        Assert.Equal(HttpStatusCode.OK, (await p1.PutAsync($"/api/v1/rounds/{roundId}/top-picks/mine", Http.Json($$"""{"applicationIds":["{{a}}","{{b}}"]}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p2.PutAsync($"/api/v1/rounds/{roundId}/top-picks/mine", Http.Json($$"""{"applicationIds":["{{b}}"]}"""))).StatusCode);
        await cast.Funder.MoveToAsync(roundId, "Deliberation");

        var rows = (await (await cast.Funder.GetAsync($"/api/v1/rounds/{roundId}/results")).JsonAsync()).GetProperty("applications").EnumerateArray().ToList();
        Assert.Equal([(b, 3L, 1), (a, 2L, 2)], rows.Select(r => (r.GetProperty("applicationId").GetString(), r.GetProperty("points").GetInt64(), r.GetProperty("rank").GetInt32())));
    }

    private static void AssertRow(JsonElement row, double mean, double median, double sd, int scorers, int eligible, bool disagreement, int rank, long award)
    {
        Assert.Equal(mean, row.GetProperty("mean").GetDouble(), 3);
        Assert.Equal(median, row.GetProperty("median").GetDouble(), 3);
        Assert.Equal(sd, row.GetProperty("standardDeviation").GetDouble(), 2);
        Assert.Equal(scorers, row.GetProperty("scorers").GetInt32());
        Assert.Equal(eligible, row.GetProperty("eligiblePanellists").GetInt32());
        Assert.Equal(disagreement, row.GetProperty("disagreement").GetBoolean());
        Assert.Equal(rank, row.GetProperty("rank").GetInt32());
        Assert.False(row.GetProperty("tied").GetBoolean());
        Assert.Equal(award, row.GetProperty("recommendedAwardPence").GetInt64());
    }

    private static async Task Decide(HttpClient funder, string roundId, string applicationId, string json) =>
        Assert.Equal(HttpStatusCode.OK, (await funder.PutAsync($"/api/v1/rounds/{roundId}/applications/{applicationId}/decision", Http.Json(json))).StatusCode);

    private static async Task RecordTime(HttpClient client, string roundId, string panellistId, int minutes) =>
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"/api/v1/rounds/{roundId}/panellists/{panellistId}/time",
            Http.Json($$"""{"activity":"Meeting","minutes":{{minutes}}}"""))).StatusCode);
}
