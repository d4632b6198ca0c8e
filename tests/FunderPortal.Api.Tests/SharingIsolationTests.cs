using System.Net;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

/// <summary>
/// What sharing must never let through: a funder's members read exactly the scope shared with their funder,
/// through the charity's own routes, only while the share is live; they never write; nobody else reads at all;
/// sensitive or unconsented evidence never reaches a funder.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SharingIsolationTests(PortalFactory portal)
{
    private const string All = """["Journey","Resourcing","Evidence"]""";

    /// <summary>A read route, the scope that opens it to a funder ("Any": any live share; "Never": members only), and text its body holds.</summary>
    private sealed record Route(string Path, string Opens, string Marker);

    private static Route[] ReadRoutes(CharityParts c, string shareId) =>
    [
        new("", "Any", "Hope Street"),
        new("/journey", "Journey", c.Workstream),
        new("/journey/progress?from=2000-01-01T00:00:00Z", "Journey", c.Workstream),
        new($"/workstreams/{c.Workstream}", "Journey", "No step-free room"),
        new("/check-ins", "Journey", c.CheckIn),
        new($"/check-ins/{c.CheckIn}", "Journey", "Paying people for their time"),
        new("/leadership", "Journey", "VolunteersWhoAreOrWereServiceUsers"),
        new("/resourcing/lines", "Resourcing", c.Line),
        new($"/resourcing/lines/{c.Line}", "Resourcing", "Coordinator time"),
        new($"/resourcing/lines/{c.Line}/funding/{c.Funding}", "Resourcing", c.Funding),
        new("/resourcing/summary", "Resourcing", "\"gapPence\":200000"),
        new("/resourcing/export?format=csv", "Resourcing", "Coordinator time"),
        new("/resourcing/export?format=xlsx", "Resourcing", "PK"),
        new("/evidence", "Evidence", c.Evidence),
        new($"/evidence/{c.Evidence}", "Evidence", "Members shortlisted the new worker"),
        new($"/evidence/{c.Evidence}/attachments/{c.Attachment}", "Evidence", "%PDF-1.4"),
        new("/history", "Never", ""),
        new("/members", "Never", ""),
        new("/shares", "Never", ""),
        new($"/shares/{shareId}/access-log", "Never", ""),
    ];

    private static bool IsOpen(Route route, string[] scope) => route.Opens == "Any" || scope.Contains(route.Opens);

    /// <summary>A funder registered by <paramref name="editor"/> with <paramref name="viewer"/> as a viewer.</summary>
    private async Task<(HttpClient Editor, HttpClient Viewer, string OrgId)> FunderAsync(string editor, string viewer)
    {
        var client = await portal.ClientForAsync(editor);
        var orgId = await client.RegisterFunderAsync();
        await client.AddMemberAsync(orgId, viewer, "Viewer");
        return (client, await portal.ClientForAsync(viewer), orgId);
    }

    /// <summary>Asserts every route answers 404 with the same words it gives for a charity that does not exist.</summary>
    private static async Task AssertNotFoundEverywhereAsync(HttpClient client, CharityParts charity, IEnumerable<Route> routes)
    {
        foreach (var route in routes)
        {
            var body = await (await client.GetAsync(charity.Path(route.Path))).AssertProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal(SharingHttp.NotAMember, body.GetProperty("detail").GetString());
        }
    }

    [Theory]
    [InlineData("Journey")]
    [InlineData("Resourcing")]
    [InlineData("Evidence")]
    [InlineData("Journey,Resourcing,Evidence")]
    public async Task AFundersMembersReadExactlyTheSharedScopeAndNothingElse(string scopes)
    {
        var alice = await portal.ClientForAsync("alice");
        var charity = await alice.CharityWithEverythingAsync();
        var (fiona, fred, funder) = await FunderAsync("fiona", "fred");
        var scope = scopes.Split(',');
        var share = await alice.ShareAsync(charity.OrgId, funder, JsonSerializer.Serialize(scope));
        var routes = ReadRoutes(charity, share.GetProperty("id").GetString()!);

        foreach (var reader in new[] { fiona, fred })
        {
            var answered = new List<string>();
            foreach (var route in routes)
            {
                var response = await reader.GetAsync(charity.Path(route.Path));
                answered.Add($"{route.Path} {(int)response.StatusCode}");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    Assert.Contains(route.Marker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                }
                else
                {
                    var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
                    Assert.Equal(SharingHttp.NotAMember, problem.GetProperty("detail").GetString());
                }
            }
            Assert.Equal(routes.Select(r => $"{r.Path} {(IsOpen(r, scope) ? 200 : 404)}"), answered);
        }
        var profile = await (await fiona.GetAsync(charity.Path())).JsonAsync();
        Assert.Equal("Viewer", profile.GetProperty("yourRole").GetString());
    }

    [Fact]
    public async Task AFundersMemberCannotWriteAnythingEvenWithEverythingShared()
    {
        var alice = await portal.ClientForAsync("alice");
        var c = await alice.CharityWithEverythingAsync();
        var (fiona, _, funder) = await FunderAsync("fiona", "fred");
        var shareId = (await alice.ShareAsync(c.OrgId, funder, All)).GetProperty("id").GetString()!;
        var historyBefore = await (await alice.GetAsync(c.Path("/history"))).Content.ReadAsStringAsync();
        (HttpMethod Method, string Path, string? Json)[] writes =
        [
            (HttpMethod.Patch, "", """{"name":"Taken over"}"""),
            (HttpMethod.Put, "/members/fiona", """{"role":"Editor"}"""),
            (HttpMethod.Delete, "/members/alice", null),
            (HttpMethod.Post, "/invitations", """{"role":"Editor"}"""),
            (HttpMethod.Post, "/workstreams", """{"title":"Funder's own idea"}"""),
            (HttpMethod.Patch, $"/workstreams/{c.Workstream}", """{"purpose":"Rewritten by the funder"}"""),
            (HttpMethod.Put, $"/workstreams/{c.Workstream}/rungs/CoDesign", """{"current":"CoProduction"}"""),
            (HttpMethod.Put, $"/workstreams/{c.Workstream}/participants", """{"count":3}"""),
            (HttpMethod.Post, $"/workstreams/{c.Workstream}/milestones", """{"title":"x","plannedDate":"2026-06-01"}"""),
            (HttpMethod.Post, $"/workstreams/{c.Workstream}/barriers", """{"kind":"PowerImbalance","description":"x"}"""),
            (HttpMethod.Post, "/check-ins", JourneyRoutesTests.FullCheckIn),
            (HttpMethod.Put, "/leadership", """{"staffWithLivedExperience":2}"""),
            (HttpMethod.Post, "/resourcing/lines", ResourcingRoutesTests.StaffLine),
            (HttpMethod.Put, $"/resourcing/lines/{c.Line}", ResourcingRoutesTests.StaffLine),
            (HttpMethod.Delete, $"/resourcing/lines/{c.Line}", null),
            (HttpMethod.Post, $"/resourcing/lines/{c.Line}/funding", """{"kind":"SelfFunded","amountPence":1}"""),
            (HttpMethod.Delete, $"/resourcing/lines/{c.Line}/funding/{c.Funding}", null),
            (HttpMethod.Post, "/evidence", $$"""{"kind":"MeetingNote","title":"x","workstreamId":"{{c.Workstream}}"}"""),
            (HttpMethod.Put, $"/evidence/{c.Evidence}/consent", """{"scope":"Public"}"""),
            (HttpMethod.Delete, $"/evidence/{c.Evidence}/consent", null),
            (HttpMethod.Post, $"/evidence/{c.Evidence}/attestations", """{"participants":["p-9"]}"""),
            (HttpMethod.Post, "/shares", SharingHttp.ShareJson("GB-CHC-7777777", """["Journey"]""")),
            (HttpMethod.Delete, $"/shares/{shareId}", null),
        ];

        foreach (var (method, path, json) in writes)
        {
            using var request = new HttpRequestMessage(method, c.Path(path)) { Content = json is null ? null : Http.Json(json) };
            var problem = await (await fiona.SendAsync(request)).AssertProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal(SharingHttp.NotAMember, problem.GetProperty("detail").GetString());
        }
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(SharingHttp.Pdf), "file", "funder.pdf" } };
        await (await fiona.PostAsync(c.Path($"/evidence/{c.Evidence}/attachments"), upload)).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(historyBefore, await (await alice.GetAsync(c.Path("/history"))).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await fiona.GetAsync(c.Path("/journey"))).StatusCode);
    }

    [Fact]
    public async Task AnotherFunderAndAStrangerSeeNothingAndAViewerCannotShareOrRevoke()
    {
        var alice = await portal.ClientForAsync("alice");
        var c = await alice.CharityWithEverythingAsync();
        var (fiona, _, funder) = await FunderAsync("fiona", "fred");
        var (gina, _, otherFunder) = await FunderAsync("gina", "gus");
        var shareId = (await alice.ShareAsync(c.OrgId, funder, All)).GetProperty("id").GetString()!;
        await alice.PutAsync(c.Path("/members/victor"), Http.Json("""{"role":"Viewer"}"""));
        var victor = await portal.ClientForAsync("victor");
        var mallory = await portal.ClientForAsync("mallory");
        var routes = ReadRoutes(c, shareId);

        await AssertNotFoundEverywhereAsync(gina, c, routes);
        await AssertNotFoundEverywhereAsync(mallory, c, routes);
        Assert.NotNull(SharingHttp.EntryFor(await fiona.PortfolioWhenAsync(funder, p => SharingHttp.EntryFor(p, c.OrgId) is not null), c.OrgId));
        Assert.Equal(0, (await (await gina.GetAsync($"/api/v1/funders/{otherFunder}/portfolio")).JsonAsync()).GetProperty("count").GetInt32());
        await (await fiona.GetAsync($"/api/v1/funders/{otherFunder}/portfolio")).AssertProblemAsync(HttpStatusCode.NotFound);

        foreach (var route in routes)
            Assert.Equal(HttpStatusCode.OK, (await victor.GetAsync(c.Path(route.Path))).StatusCode);
        var listed = await (await victor.GetAsync(c.Path("/shares"))).JsonAsync();
        Assert.Equal(shareId, listed.EnumerateArray().Single().GetProperty("id").GetString());
        await (await victor.PostAsync(c.Path("/shares"), Http.Json(SharingHttp.ShareJson(otherFunder, All)))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await victor.DeleteAsync(c.Path($"/shares/{shareId}"))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await victor.PostAsync(c.Path("/workstreams"), Http.Json("""{"title":"x"}"""))).AssertProblemAsync(HttpStatusCode.Forbidden);

        var after = await (await alice.GetAsync(c.Path("/shares"))).JsonAsync();
        Assert.Equal(JsonValueKind.Null, after.EnumerateArray().Single().GetProperty("revokedAt").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await fiona.GetAsync(c.Path("/journey"))).StatusCode);
    }

    [Fact]
    public async Task SomeoneWhoLeavesTheFunderLosesAccessAtOnce()
    {
        var alice = await portal.ClientForAsync("alice");
        var c = await alice.CharityWithEverythingAsync();
        var (fiona, fred, funder) = await FunderAsync("fiona", "fred");
        await alice.ShareAsync(c.OrgId, funder, All);
        Assert.Equal(HttpStatusCode.OK, (await fred.GetAsync(c.Path("/journey"))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await fiona.DeleteAsync($"/api/v1/funders/{funder}/members/fred")).StatusCode);

        foreach (var path in new[] { "", "/journey", "/resourcing/summary", $"/evidence/{c.Evidence}" })
            Assert.Equal(SharingHttp.NotAMember, (await (await fred.GetAsync(c.Path(path))).AssertProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await fiona.GetAsync(c.Path("/journey"))).StatusCode);
    }

    [Fact]
    public async Task AnExpiredShareIsNotFoundAndLeavesThePortfolio()
    {
        var alice = await portal.ClientForAsync("alice");
        var c = await alice.CharityWithEverythingAsync();
        var (fiona, _, funder) = await FunderAsync("fiona", "fred");
        var expiresAt = portal.Clock.UtcNow.AddHours(1);
        var share = await alice.ShareAsync(c.OrgId, funder, """["Journey","Resourcing"]""", expiresAt);
        Assert.Equal(expiresAt, share.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.OK, (await fiona.GetAsync(c.Path("/journey"))).StatusCode);
        var listed = await fiona.PortfolioWhenAsync(funder, p => SharingHttp.EntryFor(p, c.OrgId) is not null);
        Assert.Equal(expiresAt, SharingHttp.EntryFor(listed, c.OrgId)!.Value.GetProperty("shareExpiresAt").GetDateTimeOffset());

        portal.Clock.Advance(TimeSpan.FromHours(2));

        foreach (var path in new[] { "", "/journey", "/resourcing/summary" })
            Assert.Equal(SharingHttp.NotAMember, (await (await fiona.GetAsync(c.Path(path))).AssertProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString());
        var pledge = await fiona.PostAsync($"/api/v1/funders/{funder}/pledges",
            Http.Json($$"""{"charityOrgId":"{{c.OrgId}}","lineId":"{{c.Line}}","amountPence":100}"""));
        await pledge.AssertProblemAsync(HttpStatusCode.NotFound);
        var portfolio = await (await fiona.GetAsync($"/api/v1/funders/{funder}/portfolio")).JsonAsync();
        Assert.Equal(0, portfolio.GetProperty("count").GetInt32());
        Assert.Null(SharingHttp.EntryFor(portfolio, c.OrgId));

        // An expired share does not stand in the way of a new one.
        var again = await alice.ShareAsync(c.OrgId, funder, """["Journey"]""");
        Assert.NotEqual(share.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, (await fiona.GetAsync(c.Path("/journey"))).StatusCode);
        await (await fiona.GetAsync(c.Path("/resourcing/summary"))).AssertProblemAsync(HttpStatusCode.NotFound);
        var back = await fiona.PortfolioWhenAsync(funder, p => SharingHttp.EntryFor(p, c.OrgId) is not null);
        Assert.Equal(JsonValueKind.Null, SharingHttp.EntryFor(back, c.OrgId)!.Value.GetProperty("shareExpiresAt").ValueKind);
    }

    [Fact]
    public async Task ARevokedShareIsNotFoundAtOnceAndLeavesThePortfolio()
    {
        var alice = await portal.ClientForAsync("alice");
        var c = await alice.CharityWithEverythingAsync();
        var (fiona, fred, funder) = await FunderAsync("fiona", "fred");
        var shareId = (await alice.ShareAsync(c.OrgId, funder, All)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await fred.GetAsync(c.Path($"/evidence/{c.Evidence}"))).StatusCode);
        await fiona.PortfolioWhenAsync(funder, p => SharingHttp.EntryFor(p, c.OrgId) is not null);

        var revoked = await alice.DeleteAsync(c.Path($"/shares/{shareId}"));

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        foreach (var reader in new[] { fiona, fred })
        {
            foreach (var path in new[] { "", "/journey", "/resourcing/lines", $"/evidence/{c.Evidence}", $"/evidence/{c.Evidence}/attachments/{c.Attachment}" })
                Assert.Equal(SharingHttp.NotAMember, (await (await reader.GetAsync(c.Path(path))).AssertProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString());
        }
        var share = (await (await alice.GetAsync(c.Path("/shares"))).JsonAsync()).EnumerateArray().Single();
        Assert.Equal(JsonValueKind.String, share.GetProperty("revokedAt").ValueKind);
        var portfolio = await fiona.PortfolioWhenAsync(funder, p => SharingHttp.EntryFor(p, c.OrgId) is null);
        Assert.Null(SharingHttp.EntryFor(portfolio, c.OrgId));

        // Revoking again changes nothing; a change in the charity does not bring the charity back.
        Assert.Equal(HttpStatusCode.NoContent, (await alice.DeleteAsync(c.Path($"/shares/{shareId}"))).StatusCode);
        await alice.PutAsync(c.Path($"/workstreams/{c.Workstream}/rungs/CoDesign"), Http.Json("""{"current":"Engagement"}"""));
        await Task.Delay(200);
        Assert.Null(SharingHttp.EntryFor(await (await fiona.GetAsync($"/api/v1/funders/{funder}/portfolio")).JsonAsync(), c.OrgId));
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync(c.Path($"/shares/{shareId}/access-log"))).StatusCode);
    }

    [Fact]
    public async Task FundersSeeOnlyStandardEvidenceMeantForThemWithLiveConsent()
    {
        var alice = await portal.ClientForAsync("alice");
        var c = await alice.CharityWithEverythingAsync();
        var consent = """ "consent":{"scope":"SharedWithFunders"} """;
        var publicConsent = """ "consent":{"scope":"Public"} """;
        var shared = c.Evidence;
        var isPrivate = await alice.RecordEvidenceAsync(c.OrgId, c.Workstream, "Private minutes SECRET-PRIVATE", $""" "visibility":"Private",{consent} """);
        var special = await alice.RecordEvidenceAsync(c.OrgId, c.Workstream, "Health story SECRET-SPECIAL",
            $""" "visibility":"SharedWithFunders","sensitivity":"SpecialCategory",{consent} """);
        var unconsented = await alice.RecordEvidenceAsync(c.OrgId, c.Workstream, "Unconsented minutes SECRET-UNCONSENTED", """ "visibility":"SharedWithFunders" """);
        var personal = await alice.RecordEvidenceAsync(c.OrgId, c.Workstream, "Personal story SECRET-PERSONAL",
            $""" "visibility":"Public","sensitivity":"PersonalData",{publicConsent} """);
        var criminal = await alice.RecordEvidenceAsync(c.OrgId, c.Workstream, "Offence record SECRET-CRIMINAL",
            $""" "visibility":"Public","sensitivity":"CriminalOffence",{publicConsent} """);
        var published = await alice.RecordEvidenceAsync(c.OrgId, c.Workstream, "Published output", $""" "visibility":"Public",{publicConsent} """);
        var specialFile = await alice.AttachAsync(c.OrgId, special, [.. SharingHttp.Pdf, .. "% special"u8.ToArray()], "health.pdf");
        var (fiona, _, funder) = await FunderAsync("fiona", "fred");
        await alice.ShareAsync(c.OrgId, funder, All);
        var seen = new List<string>();
        async Task<HttpResponseMessage> ReadAsync(string path)
        {
            var response = await fiona.GetAsync(path);
            seen.Add(await response.Content.ReadAsStringAsync());
            return response;
        }

        var list = await ReadAsync(c.Path("/evidence"));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var listed = await list.JsonAsync();
        Assert.Equal([published, shared], listed.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.All(listed.EnumerateArray(), e => Assert.True(e.GetProperty("sharedWithFunders").GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, (await ReadAsync(c.Path($"/evidence/{shared}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReadAsync(c.Path($"/evidence/{published}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReadAsync(c.Path($"/evidence/{shared}/attachments/{c.Attachment}"))).StatusCode);
        foreach (var hidden in new[] { isPrivate, special, unconsented, personal, criminal })
        {
            var problem = await (await ReadAsync(c.Path($"/evidence/{hidden}"))).AssertProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal($"No evidence '{hidden}' in this charity.", problem.GetProperty("detail").GetString());
        }
        await (await ReadAsync(c.Path($"/evidence/{special}/attachments/{specialFile}"))).AssertProblemAsync(HttpStatusCode.NotFound);
        foreach (var path in new[] { "", "/journey", "/journey/progress?from=2000-01-01T00:00:00Z", $"/workstreams/{c.Workstream}", "/resourcing/summary" })
            Assert.Equal(HttpStatusCode.OK, (await ReadAsync(c.Path(path))).StatusCode);
        var portfolio = await fiona.PortfolioWhenAsync(funder, p => SharingHttp.EntryFor(p, c.OrgId) is not null);
        seen.Add(portfolio.GetRawText());

        // Consent withdrawn: the item stops being shared at once, and its file with it.
        var withdrawn = await alice.DeleteAsync(c.Path($"/evidence/{shared}/consent"));
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.False((await withdrawn.JsonAsync()).GetProperty("sharedWithFunders").GetBoolean());
        await (await ReadAsync(c.Path($"/evidence/{shared}"))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await ReadAsync(c.Path($"/evidence/{shared}/attachments/{c.Attachment}"))).AssertProblemAsync(HttpStatusCode.NotFound);
        var afterWithdrawal = await ReadAsync(c.Path("/evidence"));
        Assert.Equal([published], (await afterWithdrawal.JsonAsync()).EnumerateArray().Select(e => e.GetProperty("id").GetString()));

        Assert.DoesNotContain(seen, body => body.Contains("SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExpiredConsentOrASensitiveReclassificationStopsSharingAtOnce()
    {
        var alice = await portal.ClientForAsync("alice");
        var c = await alice.CharityWithEverythingAsync();
        var today = DateOnly.FromDateTime(portal.Clock.UtcNow.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var expiring = await alice.RecordEvidenceAsync(c.OrgId, c.Workstream, "Consent ends today",
            $$""" "visibility":"SharedWithFunders","consent":{"scope":"SharedWithFunders","expiresOn":"{{today}}"} """);
        var (fiona, _, funder) = await FunderAsync("fiona", "fred");
        await alice.ShareAsync(c.OrgId, funder, """["Evidence"]""");
        static async Task<string[]> IdsAsync(HttpResponseMessage response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return [.. (await response.JsonAsync()).EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
        }

        Assert.Equal([expiring, c.Evidence], await IdsAsync(await fiona.GetAsync(c.Path("/evidence"))));
        Assert.Equal(HttpStatusCode.OK, (await fiona.GetAsync(c.Path($"/evidence/{expiring}"))).StatusCode);

        portal.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal([c.Evidence], await IdsAsync(await fiona.GetAsync(c.Path("/evidence"))));
        await (await fiona.GetAsync(c.Path($"/evidence/{expiring}"))).AssertProblemAsync(HttpStatusCode.NotFound);

        var reclassified = await alice.PutAsync(c.Path($"/evidence/{c.Evidence}"), Http.Json($$"""
            {"kind":"MeetingNote","title":"Members shortlisted the new worker","workstreamId":"{{c.Workstream}}",
             "visibility":"SharedWithFunders","sensitivity":"PersonalData"}
            """));
        Assert.Equal(HttpStatusCode.OK, reclassified.StatusCode);
        Assert.Empty(await IdsAsync(await fiona.GetAsync(c.Path("/evidence"))));
        await (await fiona.GetAsync(c.Path($"/evidence/{c.Evidence}"))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await fiona.GetAsync(c.Path($"/evidence/{c.Evidence}/attachments/{c.Attachment}"))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PledgesNeedAFunderEditorAndAPlanSharedWithThatFunder()
    {
        var alice = await portal.ClientForAsync("alice");
        var c = await alice.CharityWithEverythingAsync();
        var (fiona, fred, funder) = await FunderAsync("fiona", "fred");
        var (gina, _, journeyOnly) = await FunderAsync("gina", "gus");
        var (hana, _, notShared) = await FunderAsync("hana", "hal");
        await alice.ShareAsync(c.OrgId, funder, """["Resourcing"]""");
        await alice.ShareAsync(c.OrgId, journeyOnly, """["Journey"]""");
        var body = $$"""{"charityOrgId":"{{c.OrgId}}","lineId":"{{c.Line}}","amountPence":50000,"note":"For the coordinator"}""";

        var byViewer = await fred.PostAsync($"/api/v1/funders/{funder}/pledges", Http.Json(body));
        var byJourneyOnly = await gina.PostAsync($"/api/v1/funders/{journeyOnly}/pledges", Http.Json(body));
        var byNotShared = await hana.PostAsync($"/api/v1/funders/{notShared}/pledges", Http.Json(body));
        var asAnotherFunder = await hana.PostAsync($"/api/v1/funders/{funder}/pledges", Http.Json(body));
        var unknownLine = await fiona.PostAsync($"/api/v1/funders/{funder}/pledges", Http.Json(body.Replace(c.Line, "nope", StringComparison.Ordinal)));
        var noLineNorAmount = await fiona.PostAsync($"/api/v1/funders/{funder}/pledges", Http.Json($$"""{"charityOrgId":"{{c.OrgId}}"}"""));

        await byViewer.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(SharingHttp.NotAMember, (await byJourneyOnly.AssertProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString());
        Assert.Equal(SharingHttp.NotAMember, (await byNotShared.AssertProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString());
        await asAnotherFunder.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("No resourcing line 'nope' in this charity's plan.", (await unknownLine.AssertProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString());
        await noLineNorAmount.AssertInvalidAsync("lineId", "amountPence");
        var line = await (await alice.GetAsync(c.Path($"/resourcing/lines/{c.Line}"))).JsonAsync();
        Assert.Equal(0, line.GetProperty("pledges").GetArrayLength());
        Assert.Equal(0, line.GetProperty("offeredPence").GetInt64());

        // The funder's editor may offer, but only the charity answers its own pledge.
        var offered = await fiona.PostAsync($"/api/v1/funders/{funder}/pledges", Http.Json(body));
        Assert.Equal(HttpStatusCode.Created, offered.StatusCode);
        var pledgeId = (await offered.JsonAsync()).GetProperty("id").GetString()!;
        var selfAccepted = await fiona.PostAsync(c.Path($"/resourcing/lines/{c.Line}/pledges/{pledgeId}/accept"), null);
        Assert.Equal(SharingHttp.NotAMember, (await selfAccepted.AssertProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString());
        var summary = await (await fiona.GetAsync(c.Path("/resourcing/summary"))).JsonAsync();
        Assert.Equal((19_996L, 50_000L), (summary.GetProperty("fundedPence").GetInt64(), summary.GetProperty("offeredPence").GetInt64()));
    }

    [Fact]
    public async Task AFunderSeesItsOwnPledgesButNotAnotherFundersOffers()
    {
        var alice = await portal.ClientForAsync("alice");
        var c = await alice.CharityWithEverythingAsync();
        var (fiona, _, first) = await FunderAsync("fiona", "fred");
        var (gina, _, second) = await FunderAsync("gina", "gus");
        await alice.ShareAsync(c.OrgId, first, """["Resourcing"]""");
        await alice.ShareAsync(c.OrgId, second, """["Resourcing"]""");
        foreach (var (client, funder, pence) in new[] { (fiona, first, 40_000L), (gina, second, 30_000L) })
        {
            var offered = await client.PostAsync($"/api/v1/funders/{funder}/pledges",
                Http.Json($$"""{"charityOrgId":"{{c.OrgId}}","lineId":"{{c.Line}}","amountPence":{{pence}}}"""));
            Assert.Equal(HttpStatusCode.Created, offered.StatusCode);
        }

        static IEnumerable<string?> PledgingFunders(System.Text.Json.JsonElement line) =>
            line.GetProperty("pledges").EnumerateArray().Select(p => p.GetProperty("funderOrgId").GetString());
        var asCharity = await (await alice.GetAsync(c.Path($"/resourcing/lines/{c.Line}"))).JsonAsync();
        var asFirst = await (await fiona.GetAsync(c.Path($"/resourcing/lines/{c.Line}"))).JsonAsync();
        var listedToSecond = await (await gina.GetAsync(c.Path("/resourcing/lines"))).JsonAsync();

        Assert.Equal([first, second], PledgingFunders(asCharity).Order());
        Assert.Equal([first], PledgingFunders(asFirst));
        Assert.Equal([second], PledgingFunders(listedToSecond.EnumerateArray().Single(l => l.GetProperty("id").GetString() == c.Line)));
    }

    [Theory]
    [InlineData("""{"funderOrgId":"{funder}","scope":["Everything"]}""", "scope[0]")]
    [InlineData("""{"funderOrgId":"{funder}","scope":[7]}""", "scope[0]")]
    [InlineData("""{"funderOrgId":"{funder}","scope":"Journey"}""", "scope")]
    [InlineData("""{"funderOrgId":"{funder}","scope":[]}""", "scope")]
    [InlineData("""{"funderOrgId":"{funder}"}""", "scope")]
    [InlineData("""{"funderOrgId":"not-an-org-id","scope":["Journey"]}""", "funderOrgId")]
    [InlineData("""{"scope":["Journey"]}""", "funderOrgId")]
    [InlineData("""{"funderOrgId":"{self}","scope":["Journey"]}""", "funderOrgId")]
    [InlineData("""{"funderOrgId":"{funder}","scope":["Journey"],"expiresAt":"{past}"}""", "expiresAt")]
    [InlineData("""{"funderOrgId":"{funder}","scope":["Journey"],"expiresAt":"{now}"}""", "expiresAt")]
    [InlineData("""{"funderOrgId":"{funder}","scope":["Journey"],"expiresAt":"next week"}""", "expiresAt")]
    public async Task BadSharesAreRefusedNamingTheFieldAndShareNothing(string template, string field)
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var (fiona, _, funder) = await FunderAsync("fiona", "fred");
        var json = template
            .Replace("{funder}", funder, StringComparison.Ordinal)
            .Replace("{self}", orgId, StringComparison.Ordinal)
            .Replace("{past}", SharingHttp.Instant(portal.Clock.UtcNow.AddMinutes(-1)), StringComparison.Ordinal)
            .Replace("{now}", SharingHttp.Instant(portal.Clock.UtcNow), StringComparison.Ordinal);

        var response = await alice.PostAsync($"/api/v1/charities/{orgId}/shares", Http.Json(json));

        await response.AssertInvalidAsync(field);
        Assert.Equal(0, (await (await alice.GetAsync($"/api/v1/charities/{orgId}/shares")).JsonAsync()).GetArrayLength());
        await (await fiona.GetAsync($"/api/v1/charities/{orgId}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SharingTwiceWhileLiveIsAConflictAndUnknownSharesAreNotFound()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var (_, _, funder) = await FunderAsync("fiona", "fred");
        var first = (await alice.ShareAsync(orgId, funder, """["Journey"]""")).GetProperty("id").GetString()!;

        var twice = await alice.PostAsync($"/api/v1/charities/{orgId}/shares", Http.Json(SharingHttp.ShareJson(funder, """["Evidence"]""")));
        var unknownRevoke = await alice.DeleteAsync($"/api/v1/charities/{orgId}/shares/nope");
        var unknownLog = await alice.GetAsync($"/api/v1/charities/{orgId}/shares/nope/access-log");

        var conflict = await twice.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(funder, conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("No share 'nope' in this charity.", (await unknownRevoke.AssertProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString());
        await unknownLog.AssertProblemAsync(HttpStatusCode.NotFound);
        var shares = await (await alice.GetAsync($"/api/v1/charities/{orgId}/shares")).JsonAsync();
        Assert.Equal([first], shares.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(["Journey"], shares[0].GetProperty("scope").EnumerateArray().Select(s => s.GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await alice.DeleteAsync($"/api/v1/charities/{orgId}/shares/{first}")).StatusCode);
        var afterRevoking = await alice.ShareAsync(orgId, funder, """["Evidence"]""");
        Assert.Equal(["Evidence"], afterRevoking.GetProperty("scope").EnumerateArray().Select(s => s.GetString()));
    }
}
