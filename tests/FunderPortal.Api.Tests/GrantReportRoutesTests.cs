using System.Globalization;
using System.Net;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

/// <summary>
/// The grant report over real HTTP and real storage: made from what the charity recorded over the grant's period, on the
/// funder's route (403 naming the Journey scope without it) and the charity's (members only), acknowledged by the funder.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class GrantReportRoutesTests(PortalFactory portal)
{
    private static readonly string[] Everything = ["Journey", "Resourcing", "Evidence"];

    private string Today => Day(DateOnly.FromDateTime(portal.Clock.UtcNow.UtcDateTime));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A charity and a funder it shares <paramref name="scope"/> with; the funder's grant to it (plan line named), begun today.</summary>
    private async Task<World> WorldAsync(string[] scope, bool share = true)
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var charity = await portal.ClientForAsync($"report-charity-{id}");
        var funder = await portal.ClientForAsync($"report-funder-{id}");
        var orgId = await charity.RegisterAsync();
        var funderOrgId = await funder.RegisterFunderAsync();
        await funder.AddMemberAsync(funderOrgId, $"report-funder-viewer-{id}", "Viewer");
        await AddCharityMemberAsync(charity, orgId, $"report-charity-viewer-{id}");
        var ws = await charity.StartWorkstreamAsync(orgId);
        await OkAsync(charity.PutAsync($"/api/v1/charities/{orgId}/workstreams/{ws}/rungs/CoDesign", Http.Json("""{"current":"Consultation","target":"CoProduction"}""")));
        var line = await CreatedIdAsync(charity, $"/api/v1/charities/{orgId}/resourcing/lines", $$"""
            {"category":"ParticipantPayment","description":"Peer mentors' time","quantity":400,"unit":"hours","unitCostPence":1500,
             "periodStart":"2026-01-01","periodEnd":"2027-12-31","workstreamId":"{{ws}}","hours":400,"hourlyRatePence":1500,"sameRateAsStaff":true}
            """);
        if (share)
            await charity.ShareAsync(orgId, funderOrgId, JsonSerializer.Serialize(scope));
        var grant = (await funder.RecordGrantAsync(funderOrgId, $$"""
            {"charityOrgId":"{{orgId}}","title":"Paid co-design","description":"Paying participants for their time","amountPence":500000,
             "awardDate":"{{Today}}","plannedStart":"{{Today}}","plannedEnd":"2030-01-31","type":"Development","planLineIds":["{{line}}","no-such-line"]}
            """)).GetProperty("id").GetString()!;
        return new World(orgId, ws, line, funderOrgId, grant, charity, funder, id);
    }

    private sealed record World(string OrgId, string Workstream, string Line, string FunderOrgId, string GrantId, HttpClient Charity, HttpClient Funder, string Id)
    {
        public string FunderReport => $"/api/v1/funders/{FunderOrgId}/grants/{GrantId}/report";

        public string CharityReport => $"/api/v1/charities/{OrgId}/grants/{FunderOrgId}/{GrantId}/report";
    }

    [Fact]
    public async Task TheFunderReadsTheJourneyOverTheGrantsPeriodAsTheReport()
    {
        var w = await WorldAsync(Everything);
        var start = Today;
        portal.Clock.Advance(TimeSpan.FromDays(10));
        var c = $"/api/v1/charities/{w.OrgId}";
        await OkAsync(w.Charity.PutAsync($"{c}/workstreams/{w.Workstream}/rungs/CoDesign", Http.Json("""{"current":"CoDesign","target":"CoProduction"}""")));
        await OkAsync(w.Charity.PutAsync($"{c}/workstreams/{w.Workstream}/rungs/CoDelivery", Http.Json("""{"current":"Engagement"}""")));
        var milestone = await CreatedIdAsync(w.Charity, $"{c}/workstreams/{w.Workstream}/milestones", $$"""{"title":"First paid session","plannedDate":"{{Today}}"}""");
        await OkAsync(w.Charity.PutAsync($"{c}/workstreams/{w.Workstream}/milestones/{milestone}", Http.Json($$"""{"title":"First paid session","plannedDate":"{{Today}}","doneDate":"{{Today}}"}""")));
        var barrier = await CreatedIdAsync(w.Charity, $"{c}/workstreams/{w.Workstream}/barriers", """{"kind":"PowerImbalance","description":"Staff speak first"}""");
        await OkAsync(w.Charity.PutAsync($"{c}/workstreams/{w.Workstream}/barriers/{barrier}", Http.Json("""{"kind":"PowerImbalance","description":"Staff speak first","mitigation":"Members chair","status":"Overcome"}""")));
        await CreatedIdAsync(w.Charity, $"{c}/check-ins", JourneyRoutesTests.FullCheckIn);
        var shared = await w.Charity.RecordEvidenceAsync(w.OrgId, w.Workstream, "Members shortlisted the new worker",
            """ "visibility":"SharedWithFunders","consent":{"scope":"SharedWithFunders"} """);
        var hidden = await w.Charity.RecordEvidenceAsync(w.OrgId, w.Workstream, "Notes about one member's health",
            """ "visibility":"SharedWithFunders","sensitivity":"SpecialCategory","consent":{"scope":"SharedWithFunders"} """);
        var tokens = await Leaks.MarkedEvidence.AskAsync(w.Charity, new CharityParts(w.OrgId, w.Workstream, "", "", "", "", ""), shared, "p-1", "p-2", "p-3", "p-4");
        await AnswerAsync(tokens[0], "Agree", null);
        await AnswerAsync(tokens[1], "AgreeWithComment", $"We chose together {w.Id}.");
        await AnswerAsync(tokens[2], "DisagreeWithComment", $"Staff had the last word {w.Id}.");
        var hiddenTokens = await Leaks.MarkedEvidence.AskAsync(w.Charity, new CharityParts(w.OrgId, w.Workstream, "", "", "", "", ""), hidden, "p-9");
        await AnswerAsync(hiddenTokens[0], "AgreeWithComment", $"Private words {w.Id}.");
        await CreatedIdAsync(w.Charity, $"{c}/resourcing/lines/{w.Line}/funding", """{"kind":"SelfFunded","amountPence":20000}""");
        await OkAsync(w.Charity.PutAsync($"{c}/leadership", Http.Json("""{"volunteersWhoAreOrWereServiceUsers":70,"chairHasDisability":true}""")));

        var response = await w.Funder.GetAsync(w.FunderReport);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.JsonAsync();
        Assert.Equal((w.FunderOrgId, w.GrantId, w.OrgId, start, Today),
            (Text(report, "funderOrgId"), Text(report, "grantId"), Text(report, "charityOrgId"), Text(report, "from"), Text(report, "to")));
        var progress = report.GetProperty("progress");
        Assert.Equal((2, 1, 1, 1, 1), (progress.GetProperty("rungChanges").GetInt32(), progress.GetProperty("milestonesMet").GetInt32(),
            progress.GetProperty("barriersOvercome").GetInt32(), progress.GetProperty("checkInsHeld").GetInt32(), progress.GetProperty("evidenceAdded").GetInt32()));
        var item = Assert.Single(report.GetProperty("evidence").EnumerateArray());
        Assert.Equal((shared, "Members shortlisted the new worker", "MeetingNote"), (Text(item, "id"), Text(item, "title"), Text(item, "kind")));
        var attestation = item.GetProperty("attestation");
        Assert.Equal((1, 1, 1, 1), (attestation.GetProperty("agree").GetInt32(), attestation.GetProperty("agreeWithComment").GetInt32(),
            attestation.GetProperty("disagree").GetInt32(), attestation.GetProperty("pending").GetInt32()));
        Assert.Equal(
            [(shared, "AgreeWithComment", $"We chose together {w.Id}."), (shared, "DisagreeWithComment", $"Staff had the last word {w.Id}.")],
            report.GetProperty("participantsWords").EnumerateArray().Select(x => (Text(x, "evidenceId"), Text(x, "stance"), Text(x, "text"))));
        Assert.DoesNotContain($"Private words {w.Id}", report.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("health", report.GetRawText(), StringComparison.Ordinal);
        var plan = report.GetProperty("resourcing");
        // The grant committed its £5,000 to the line it names (£6,000), the charity funded £200 more itself.
        Assert.Equal((600_000L, 520_000L, 80_000L), (plan.GetProperty("totalPence").GetInt64(), plan.GetProperty("fundedPence").GetInt64(), plan.GetProperty("gapPence").GetInt64()));
        var line = Assert.Single(plan.GetProperty("lines").EnumerateArray());
        Assert.Equal((w.Line, 520_000L), (Text(line, "lineId"), line.GetProperty("fundedPence").GetInt64()));
        var volunteers = report.GetProperty("leadership").GetProperty("indicators").EnumerateArray()
            .Single(i => Text(i, "indicator") == "VolunteersWhoAreOrWereServiceUsers");
        Assert.Equal((70, 67m), (volunteers.GetProperty("value").GetInt32(), volunteers.GetProperty("nationalBenchmark").GetProperty("percent").GetDecimal()));
        Assert.Empty(report.GetProperty("acknowledgements").EnumerateArray());

        // The charity's members read the very same report; the funder's read is in the charity's access log.
        var theirs = await (await w.Charity.GetAsync(w.CharityReport)).JsonAsync();
        Assert.Equal(report.GetRawText(), theirs.GetRawText());
        var shareId = Text((await (await w.Charity.GetAsync($"{c}/shares")).JsonAsync()).EnumerateArray().Single(), "id");
        var log = await (await w.Charity.GetAsync($"{c}/shares/{shareId}/access-log")).JsonAsync();
        Assert.Contains(log.EnumerateArray(), e => Text(e, "subject") == $"report-funder-{w.Id}"
            && Text(e, "what") == $"grants/{w.GrantId}/report?from={start}&to={Today}");
    }

    [Fact]
    public async Task APeriodCountsOnlyWhatHappenedWithinIt()
    {
        var w = await WorldAsync(Everything);
        var c = $"/api/v1/charities/{w.OrgId}";
        portal.Clock.Advance(TimeSpan.FromDays(30));
        await OkAsync(w.Charity.PutAsync($"{c}/workstreams/{w.Workstream}/rungs/CoDelivery", Http.Json("""{"current":"Engagement"}""")));
        var first = Today;
        portal.Clock.Advance(TimeSpan.FromDays(30));
        await OkAsync(w.Charity.PutAsync($"{c}/workstreams/{w.Workstream}/rungs/CoEvaluation", Http.Json("""{"current":"Informing"}""")));
        await CreatedIdAsync(w.Charity, $"{c}/check-ins", JourneyRoutesTests.FullCheckIn);
        var second = Today;

        var both = await (await w.Funder.GetAsync(w.FunderReport)).JsonAsync();
        var onlyTheFirst = await (await w.Funder.GetAsync($"{w.FunderReport}?to={first}")).JsonAsync();
        var onlyTheSecond = await (await w.Charity.GetAsync($"{w.CharityReport}?from={Day(DateOnly.Parse(first, CultureInfo.InvariantCulture).AddDays(1))}&to={second}")).JsonAsync();

        // The grant began the day the charity set its first rung (CoDesign): that is in the period too.
        Assert.Equal((3, 1), (both.GetProperty("progress").GetProperty("rungChanges").GetInt32(), both.GetProperty("progress").GetProperty("checkInsHeld").GetInt32()));
        Assert.Equal((2, 0), (onlyTheFirst.GetProperty("progress").GetProperty("rungChanges").GetInt32(), onlyTheFirst.GetProperty("progress").GetProperty("checkInsHeld").GetInt32()));
        Assert.Equal((1, 1), (onlyTheSecond.GetProperty("progress").GetProperty("rungChanges").GetInt32(), onlyTheSecond.GetProperty("progress").GetProperty("checkInsHeld").GetInt32()));
        Assert.Equal(first, Text(onlyTheFirst, "to"));
    }

    [Fact]
    public async Task SectionsAnotherScopeCoversAreNullWhenThatScopeIsNotShared()
    {
        var w = await WorldAsync(["Journey"]);

        var report = await (await w.Funder.GetAsync(w.FunderReport)).JsonAsync();
        var theirs = await (await w.Charity.GetAsync(w.CharityReport)).JsonAsync();

        foreach (var body in new[] { report, theirs })
        {
            Assert.Equal(JsonValueKind.Null, body.GetProperty("evidence").ValueKind);
            Assert.Equal(JsonValueKind.Null, body.GetProperty("participantsWords").ValueKind);
            Assert.Equal(JsonValueKind.Null, body.GetProperty("resourcing").ValueKind);
            Assert.Equal(JsonValueKind.Object, body.GetProperty("progress").ValueKind);
            Assert.Equal(JsonValueKind.Object, body.GetProperty("leadership").ValueKind);
        }
    }

    [Fact]
    public async Task WithoutALiveJourneyShareTheFunderIsToldWhichScopeToAskForNotThatTheReportIsMissing()
    {
        var planOnly = await WorldAsync(["Resourcing", "Evidence"]);
        var none = await WorldAsync(Everything, share: false);
        var revoked = await WorldAsync(Everything);
        var shareId = Text((await (await revoked.Charity.GetAsync($"/api/v1/charities/{revoked.OrgId}/shares")).JsonAsync()).EnumerateArray().Single(), "id");
        Assert.Equal(HttpStatusCode.NoContent, (await revoked.Charity.DeleteAsync($"/api/v1/charities/{revoked.OrgId}/shares/{shareId}")).StatusCode);
        var expiring = await WorldAsync(Everything, share: false);
        await expiring.Charity.ShareAsync(expiring.OrgId, expiring.FunderOrgId, """["Journey"]""", portal.Clock.UtcNow.AddHours(1));
        portal.Clock.Advance(TimeSpan.FromHours(2));
        var notOnThePortal = await portal.ClientForAsync($"report-lonely-funder-{Guid.NewGuid():n}");
        var lonelyFunder = await notOnThePortal.RegisterFunderAsync();
        var lonelyGrant = (await notOnThePortal.RecordGrantAsync(lonelyFunder, FunderHttp.GrantJson.Replace("GB-CHC-1234567", Http.NewOrgId(), StringComparison.Ordinal)))
            .GetProperty("id").GetString()!;

        foreach (var (client, path) in new[]
        {
            (planOnly.Funder, planOnly.FunderReport), (none.Funder, none.FunderReport), (revoked.Funder, revoked.FunderReport),
            (expiring.Funder, expiring.FunderReport), (notOnThePortal, $"/api/v1/funders/{lonelyFunder}/grants/{lonelyGrant}/report"),
        })
        {
            var problem = await (await client.GetAsync(path)).AssertProblemAsync(HttpStatusCode.Forbidden);
            Assert.Contains("Journey", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        // A grant the funder does not have is still not found.
        await (await planOnly.Funder.GetAsync($"/api/v1/funders/{planOnly.FunderOrgId}/grants/999/report")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheCharitysRouteIsForItsMembersOnly()
    {
        var w = await WorldAsync(Everything);
        var viewer = await portal.ClientForAsync($"report-charity-viewer-{w.Id}");
        var stranger = await portal.ClientForAsync($"report-stranger-{w.Id}");
        var other = await WorldAsync(Everything);

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(w.CharityReport)).StatusCode);
        await (await w.Funder.GetAsync(w.CharityReport)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync(w.CharityReport)).AssertProblemAsync(HttpStatusCode.NotFound);
        // Another charity's grant, an unknown grant or funder: not found either.
        await (await w.Charity.GetAsync($"/api/v1/charities/{w.OrgId}/grants/{other.FunderOrgId}/{other.GrantId}/report")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await w.Charity.GetAsync($"/api/v1/charities/{w.OrgId}/grants/{w.FunderOrgId}/999/report")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await w.Charity.GetAsync($"/api/v1/charities/{w.OrgId}/grants/not-an-org-id/{w.GrantId}/report")).AssertProblemAsync(HttpStatusCode.NotFound);
        // The funder's route is for the funder's members alone.
        await (await w.Charity.GetAsync(w.FunderReport)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("?from=2025-06-01&to=2025-05-01", "from")]
    [InlineData("?to=2999-01-01", "to")]
    [InlineData("?from=2026-13-01", "from")]
    [InlineData("?from=yesterday", "from")]
    [InlineData("?to=2000-01-01", "to")]
    public async Task BadDatesAreRefusedNamingTheQueryParameter(string query, string field)
    {
        var w = await WorldAsync(Everything);

        await (await w.Funder.GetAsync(w.FunderReport + query)).AssertInvalidAsync(field);
        await (await w.Charity.GetAsync(w.CharityReport + query)).AssertInvalidAsync(field);
    }

    [Fact]
    public async Task TheFundersEditorsAcknowledgeTheReportAndBothRoutesShowIt()
    {
        var w = await WorldAsync(Everything);
        var viewer = await portal.ClientForAsync($"report-funder-viewer-{w.Id}");
        var acknowledgements = $"{w.FunderReport}/acknowledgements";
        var before = portal.Clock.UtcNow;

        var created = await w.Funder.PostAsync(acknowledgements, Http.Json("""{"note":"Thank you: the map told us more than a form would."}"""));
        await (await viewer.PostAsync(acknowledgements, Http.Json("""{"note":"A viewer's note"}"""))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await w.Funder.PostAsync(acknowledgements, Http.Json("""{"note":" "}"""))).AssertInvalidAsync("note");
        await (await w.Funder.PostAsync($"/api/v1/funders/{w.FunderOrgId}/grants/999/report/acknowledgements", Http.Json("""{"note":"Thanks"}""")))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        await (await w.Charity.PostAsync(acknowledgements, Http.Json("""{"note":"Thanks"}"""))).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        Assert.Equal(("Thank you: the map told us more than a form would.", $"report-funder-{w.Id}"), (Text(body, "note"), Text(body, "by")));
        Assert.InRange(body.GetProperty("at").GetDateTimeOffset(), before, portal.Clock.UtcNow);
        foreach (var (client, path) in new[] { (w.Funder, w.FunderReport), (viewer, w.FunderReport), (w.Charity, w.CharityReport) })
        {
            var shown = Assert.Single((await (await client.GetAsync(path)).JsonAsync()).GetProperty("acknowledgements").EnumerateArray());
            Assert.Equal(body.GetRawText(), shown.GetRawText());
        }
        // It reached the charity's inbox, from the funder by name, linking to the report (the first attempt is awaited).
        var inbox = await (await w.Charity.GetAsync($"/api/v1/charities/{w.OrgId}/inbox")).JsonAsync();
        var item = Assert.Single(inbox.GetProperty("items").EnumerateArray(), i => Text(i, "kind") == "ReportAcknowledged");
        Assert.Equal(("Hope Trust", $"/charities/{w.OrgId}/grants/{w.FunderOrgId}/{w.GrantId}/report", false),
            (Text(item.GetProperty("from"), "name"), Text(item, "link"), item.GetProperty("read").GetBoolean()));
        Assert.Contains("the map told us more than a form would", Text(item, "title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAcknowledgementRetriedWithItsKeyIsRecordedOnce()
    {
        var w = await WorldAsync(Everything);
        var key = Guid.NewGuid().ToString();

        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{w.FunderReport}/acknowledgements") { Content = Http.Json("""{"note":"Read, thank you."}""") };
            request.Headers.Add("Idempotency-Key", key);
            Assert.Equal(HttpStatusCode.Created, (await w.Funder.SendAsync(request)).StatusCode);
        }

        Assert.Single((await (await w.Funder.GetAsync(w.FunderReport)).JsonAsync()).GetProperty("acknowledgements").EnumerateArray());
    }

    private async Task AnswerAsync(string token, string stance, string? comment)
    {
        var response = await portal.CreateClient().PostAsync($"/api/v1/attestations/{Uri.EscapeDataString(token)}",
            Http.Json(JsonSerializer.Serialize(new { stance, comment })));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();

    private static async Task OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task AddCharityMemberAsync(HttpClient editor, string orgId, string subject) =>
        await OkAsync(editor.PutAsync($"/api/v1/charities/{orgId}/members/{subject}", Http.Json("""{"role":"Viewer"}""")));

    private static async Task<string> CreatedIdAsync(HttpClient client, string path, string json)
    {
        var response = await client.PostAsync(path, Http.Json(json));
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }
}
