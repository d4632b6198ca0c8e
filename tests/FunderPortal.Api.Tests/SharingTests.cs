using System.Net;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

/// <summary>Sharing as it is meant to work: the charity shares, sees every read, the funder's portfolio follows, pledges land.</summary>
[Collection(PortalCollection.Name)]
public sealed class SharingTests(PortalFactory portal)
{
    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public async Task SharingAnswersCreatedWithTheShareAndTheCharityListsIt()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var funder = await (await portal.ClientForAsync("fiona")).RegisterFunderAsync();
        var before = portal.Clock.UtcNow;
        var expiresAt = before.AddDays(7);

        var response = await alice.PostAsync($"/api/v1/charities/{orgId}/shares",
            Http.Json(SharingHttp.ShareJson(funder, """["Evidence","Journey","Evidence"]""", expiresAt)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var share = await response.JsonAsync();
        var id = share.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/charities/{orgId}/shares/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(["id", "funderOrgId", "scope", "expiresAt", "sharedAt", "revokedAt"], share.EnumerateObject().Select(p => p.Name));
        Assert.Equal(funder, share.GetProperty("funderOrgId").GetString());
        Assert.Equal(["Journey", "Evidence"], Strings(share.GetProperty("scope")));
        Assert.Equal(expiresAt, share.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.InRange(share.GetProperty("sharedAt").GetDateTimeOffset(), before, portal.Clock.UtcNow);
        Assert.Equal(JsonValueKind.Null, share.GetProperty("revokedAt").ValueKind);
        var listed = await (await alice.GetAsync($"/api/v1/charities/{orgId}/shares")).JsonAsync();
        Assert.Equal(share.GetRawText(), listed.EnumerateArray().Single().GetRawText());
        var log = await alice.GetAsync($"/api/v1/charities/{orgId}/shares/{id}/access-log");
        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
        Assert.Equal(0, (await log.JsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task TheAccessLogListsEveryReadByTheFundersMembersNewestFirst()
    {
        var alice = await portal.ClientForAsync("alice");
        var c = await alice.CharityWithEverythingAsync();
        var fiona = await portal.ClientForAsync("fiona");
        var funder = await fiona.RegisterFunderAsync();
        await fiona.AddMemberAsync(funder, "fred", "Viewer");
        var fred = await portal.ClientForAsync("fred");
        var gina = await portal.ClientForAsync("gina");
        var other = await gina.RegisterFunderAsync();
        var shareId = (await alice.ShareAsync(c.OrgId, funder, """["Journey","Evidence"]""")).GetProperty("id").GetString()!;
        var otherShareId = (await alice.ShareAsync(c.OrgId, other, """["Journey"]""")).GetProperty("id").GetString()!;
        var start = portal.Clock.UtcNow;

        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync(c.Path("/journey"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fiona.GetAsync(c.Path("/journey"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fiona.GetAsync(c.Path("/evidence"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fiona.GetAsync(c.Path($"/evidence/{c.Evidence}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fiona.GetAsync(c.Path("/resourcing/summary"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fred.GetAsync(c.Path())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await gina.GetAsync(c.Path($"/workstreams/{c.Workstream}"))).StatusCode);

        var response = await alice.GetAsync(c.Path($"/shares/{shareId}/access-log"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var log = (await response.JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(
            [$"{funder} fred profile", $"{funder} fiona evidence/{c.Evidence}", $"{funder} fiona evidence", $"{funder} fiona journey"],
            log.Select(e => $"{e.GetProperty("funderOrgId").GetString()} {e.GetProperty("subject").GetString()} {e.GetProperty("what").GetString()}"));
        var times = log.Select(e => e.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.All(times, at => Assert.InRange(at, start, portal.Clock.UtcNow));
        Assert.Equal(times.OrderDescending(), times);
        var otherLog = await (await alice.GetAsync(c.Path($"/shares/{otherShareId}/access-log"))).JsonAsync();
        Assert.Equal($"{other} gina workstreams/{c.Workstream}",
            string.Join("|", otherLog.EnumerateArray().Select(e => $"{e.GetProperty("funderOrgId").GetString()} {e.GetProperty("subject").GetString()} {e.GetProperty("what").GetString()}")));

        foreach (var reader in new[] { fiona, fred })
        {
            var problem = await (await reader.GetAsync(c.Path($"/shares/{shareId}/access-log"))).AssertProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal(SharingHttp.NotAMember, problem.GetProperty("detail").GetString());
        }
    }

    /// <summary>A write that must have been accepted: a later wait for its effect would otherwise hide why it never came.</summary>
    private static void Written(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}");

    [Fact]
    public async Task ThePortfolioShowsRungsBarriersAndTheGapOfWhatIsShared()
    {
        var alice = await portal.ClientForAsync("alice");
        var orgId = await alice.RegisterAsync();
        var charity = $"/api/v1/charities/{orgId}";
        var ws = await alice.StartWorkstreamAsync(orgId, "Hiring panel");
        Written(await alice.PutAsync($"{charity}/workstreams/{ws}/rungs/CoDecision", Http.Json("""{"current":"CoProduction","target":"CoProduction"}""")));
        Written(await alice.PostAsync($"{charity}/workstreams/{ws}/barriers", Http.Json("""{"kind":"PowerImbalance","description":"Staff talk over members"}""")));
        Written(await alice.PostAsync($"{charity}/workstreams/{ws}/barriers", Http.Json("""{"kind":"Accessibility","description":"Stairs","status":"Mitigating"}""")));
        Written(await alice.PostAsync($"{charity}/workstreams/{ws}/barriers", Http.Json("""{"kind":"FundingLandscape","description":"One-year grants","status":"Overcome"}""")));
        var line = (await (await alice.PostAsync($"{charity}/resourcing/lines", Http.Json(ResourcingRoutesTests.StaffLine))).JsonAsync()).GetProperty("id").GetString();
        Written(await alice.PostAsync($"{charity}/resourcing/lines/{line}/funding", Http.Json("""{"kind":"SelfFunded","amountPence":19996}""")));
        var evidence = await alice.RecordEvidenceAsync(orgId, ws, "Members shortlisted",
            """ "activityKind":"CoDecision","demonstratesRung":"CoDesign","visibility":"SharedWithFunders","consent":{"scope":"SharedWithFunders"} """);
        var links = await (await alice.PostAsync($"{charity}/evidence/{evidence}/attestations", Http.Json("""{"participants":["p-1"]}"""))).JsonAsync();
        var token = links.GetProperty("links")[0].GetProperty("url").GetString()!.Split("/attest/")[1];
        Assert.Equal(HttpStatusCode.NoContent, (await portal.CreateClient().PostAsync($"/api/v1/attestations/{token}", Http.Json("""{"stance":"Agree"}"""))).StatusCode);
        var fiona = await portal.ClientForAsync("fiona");
        var funder = await fiona.RegisterFunderAsync();
        var gina = await portal.ClientForAsync("gina");
        var journeyOnly = await gina.RegisterFunderAsync();
        await alice.ShareAsync(orgId, funder, """["Journey","Resourcing","Evidence"]""");
        await alice.ShareAsync(orgId, journeyOnly, """["Journey"]""");

        Written(await alice.PutAsync($"{charity}/workstreams/{ws}/rungs/CoDesign", Http.Json("""{"current":"Engagement","target":"CoDesign"}""")));
        static bool HasCoDesign(JsonElement portfolio, string orgId) =>
            SharingHttp.EntryFor(portfolio, orgId) is { } entry && entry.GetProperty("rungs").EnumerateArray().Any(r => r.GetProperty("activityKind").GetString() == "CoDesign");
        var full = await fiona.PortfolioWhenAsync(funder, p => HasCoDesign(p, orgId));
        var partial = await gina.PortfolioWhenAsync(journeyOnly, p => HasCoDesign(p, orgId));

        var entry = SharingHttp.EntryFor(full, orgId)!.Value;
        Assert.Equal(1, full.GetProperty("count").GetInt32());
        Assert.Equal(("Hope Street", "Small"), (entry.GetProperty("name").GetString(), entry.GetProperty("sizeBand").GetString()));
        Assert.Equal(
            [$"{ws} Hiring panel CoDesign Engagement -", $"{ws} Hiring panel CoDecision CoProduction CoDesign"],
            entry.GetProperty("rungs").EnumerateArray().Select(r =>
                $"{r.GetProperty("workstreamId").GetString()} {r.GetProperty("workstreamTitle").GetString()} {r.GetProperty("activityKind").GetString()} " +
                $"{r.GetProperty("current").GetString()} {r.GetProperty("evidenced").GetString() ?? "-"}"));
        Assert.Equal(["PowerImbalance", "Accessibility"], Strings(entry.GetProperty("openBarrierKinds")));
        Assert.Equal(200_000, entry.GetProperty("planGapPence").GetInt64());
        Assert.Equal(100, entry.GetProperty("attestationRatePercent").GetInt32());
        Assert.Equal(["Journey", "Resourcing", "Evidence"], Strings(entry.GetProperty("shareScope")));
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("shareExpiresAt").ValueKind);
        var journey = await (await alice.GetAsync($"{charity}/journey")).JsonAsync();
        Assert.Equal(journey.GetProperty("version").GetInt64(), entry.GetProperty("version").GetInt64());
        Assert.Equal(journey.GetProperty("nextCheckInDue").GetString(), entry.GetProperty("nextCheckInDue").GetString());

        var limited = SharingHttp.EntryFor(partial, orgId)!.Value;
        Assert.Equal(2, limited.GetProperty("rungs").GetArrayLength());
        Assert.Equal(["PowerImbalance", "Accessibility"], Strings(limited.GetProperty("openBarrierKinds")));
        Assert.Equal(0, limited.GetProperty("planGapPence").GetInt64());
        Assert.Equal(JsonValueKind.Null, limited.GetProperty("attestationRatePercent").ValueKind);
        Assert.Equal(["Journey"], Strings(limited.GetProperty("shareScope")));
    }

    [Fact]
    public async Task AFunderEditorPledgesAndTheCharityAcceptsOrDeclines()
    {
        var alice = await portal.ClientForAsync("alice");
        var c = await alice.CharityWithEverythingAsync();
        var fiona = await portal.ClientForAsync("fiona");
        var funder = await fiona.RegisterFunderAsync();
        await alice.ShareAsync(c.OrgId, funder, """["Resourcing"]""");
        var before = await (await alice.GetAsync(c.Path("/resourcing/summary"))).JsonAsync();
        async Task<JsonElement> PledgeAsync(long amountPence, string note)
        {
            var response = await fiona.PostAsync($"/api/v1/funders/{funder}/pledges",
                Http.Json($$"""{"charityOrgId":"{{c.OrgId}}","lineId":"{{c.Line}}","amountPence":{{amountPence}},"note":"{{note}}"}"""));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal(c.Path($"/resourcing/lines/{c.Line}"), response.Headers.Location?.OriginalString);
            return await response.JsonAsync();
        }

        var accepted = await PledgeAsync(50_000, "For the coordinator");
        var declined = await PledgeAsync(10_000, "Travel");

        Assert.Equal((c.OrgId, c.Line, 50_000L, "Offered"), (accepted.GetProperty("charityOrgId").GetString(), accepted.GetProperty("lineId").GetString(),
            accepted.GetProperty("amountPence").GetInt64(), accepted.GetProperty("status").GetString()));
        var offered = await (await alice.GetAsync(c.Path($"/resourcing/lines/{c.Line}"))).JsonAsync();
        Assert.Equal(60_000, offered.GetProperty("offeredPence").GetInt64());
        var pledge = offered.GetProperty("pledges").EnumerateArray().Single(p => p.GetProperty("id").GetString() == accepted.GetProperty("id").GetString());
        Assert.Equal((funder, "For the coordinator", "Offered"),
            (pledge.GetProperty("funderOrgId").GetString(), pledge.GetProperty("note").GetString(), pledge.GetProperty("status").GetString()));

        var accept = await alice.PostAsync(c.Path($"/resourcing/lines/{c.Line}/pledges/{accepted.GetProperty("id").GetString()}/accept"), null);
        var decline = await alice.PostAsync(c.Path($"/resourcing/lines/{c.Line}/pledges/{declined.GetProperty("id").GetString()}/decline"), null);

        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        Assert.Equal(HttpStatusCode.OK, decline.StatusCode);
        var lineNow = await decline.JsonAsync();
        Assert.Equal(["Accepted", "Declined"], lineNow.GetProperty("pledges").EnumerateArray().Select(p => p.GetProperty("status").GetString()));
        var after = await (await alice.GetAsync(c.Path("/resourcing/summary"))).JsonAsync();
        Assert.Equal(before.GetProperty("fundedPence").GetInt64() + 50_000, after.GetProperty("fundedPence").GetInt64());
        Assert.Equal(before.GetProperty("gapPence").GetInt64() - 50_000, after.GetProperty("gapPence").GetInt64());
        Assert.Equal(0, after.GetProperty("offeredPence").GetInt64());
        var seenByFunder = await (await fiona.GetAsync(c.Path("/resourcing/summary"))).JsonAsync();
        Assert.Equal(after.GetProperty("fundedPence").GetInt64(), seenByFunder.GetProperty("fundedPence").GetInt64());
        var portfolio = await fiona.PortfolioWhenAsync(funder, p => SharingHttp.EntryFor(p, c.OrgId)?.GetProperty("planGapPence").GetInt64() == 150_000);
        Assert.Equal(150_000, SharingHttp.EntryFor(portfolio, c.OrgId)!.Value.GetProperty("planGapPence").GetInt64());
    }
}
