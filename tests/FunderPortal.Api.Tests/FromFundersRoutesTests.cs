using System.Net;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

/// <summary>
/// What funders do towards a charity reaches the charity's members over HTTP: the inbox (each member's own read marks),
/// feedback as a conversation that stays between that funder and that charity, pledges withdrawn while offered, grants
/// committing money to the plan.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class FromFundersRoutesTests(PortalFactory portal)
{
    /// <summary>A charity (its editor, a viewer) sharing its plan with a funder named as the demo's is.</summary>
    private sealed record World(HttpClient Owner, HttpClient Viewer, HttpClient Funder, string CharityOrgId, string FunderOrgId, string LineId)
    {
        public string Charity(string rest = "") => $"/api/v1/charities/{CharityOrgId}{rest}";

        public string OfFunder(string rest = "") => $"/api/v1/funders/{FunderOrgId}{rest}";
    }

    private async Task<World> WorldAsync()
    {
        var suffix = Guid.NewGuid().ToString("n")[..8];
        var owner = await portal.ClientForAsync($"owner-{suffix}");
        var orgId = await owner.RegisterAsync();
        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsync($"/api/v1/charities/{orgId}/members/viewer-{suffix}", Http.Json("""{"role":"Viewer"}"""))).StatusCode);
        var line = (await (await owner.PostAsync($"/api/v1/charities/{orgId}/resourcing/lines", Http.Json(ResourcingRoutesTests.StaffLine))).JsonAsync())
            .GetProperty("id").GetString()!;
        var funder = await portal.ClientForAsync($"funder-{suffix}");
        var funderOrgId = Http.NewOrgId();
        Assert.Equal(HttpStatusCode.Created, (await funder.PostAsync("/api/v1/funders",
            Http.Json($$"""{"orgId":"{{funderOrgId}}","name":"Northern Lights Community Trust"}"""))).StatusCode);
        await owner.ShareAsync(orgId, funderOrgId, """["Journey","Resourcing"]""");
        return new World(owner, await portal.ClientForAsync($"viewer-{suffix}"), funder, orgId, funderOrgId, line);
    }

    private static async Task<string> GiveFeedbackAsync(World w, string kind = "Feedback", string text = "Your map is the report.") =>
        (await (await w.Funder.PostAsync(w.OfFunder("/feedback"), Http.Json($$"""{"charityOrgId":"{{w.CharityOrgId}}","kind":"{{kind}}","text":"{{text}}"}""")))
            .JsonAsync()).GetProperty("id").GetString()!;

    private static async Task<string> PledgeAsync(World w, long pence = 5_000)
    {
        var response = await w.Funder.PostAsync(w.OfFunder("/pledges"), Http.Json($$"""{"charityOrgId":"{{w.CharityOrgId}}","lineId":"{{w.LineId}}","amountPence":{{pence}}}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    [Fact]
    public async Task TheInboxListsWhatFundersDidNewestFirstByTheFundersName()
    {
        var w = await WorldAsync();
        var feedback = await GiveFeedbackAsync(w);
        var pledge = await PledgeAsync(w);
        await GiveFeedbackAsync(w, "SupportOffer", "We can lend you a room.");

        var inbox = await GetAsync(w.Owner, w.Charity("/inbox"));

        var items = inbox.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["SupportOffered", "PledgeOffered", "FeedbackGiven"], items.Select(i => i.GetProperty("kind").GetString()));
        Assert.All(items, i => Assert.Equal(("Northern Lights Community Trust", w.FunderOrgId, false),
            (i.GetProperty("from").GetProperty("name").GetString(), i.GetProperty("from").GetProperty("orgId").GetString(), i.GetProperty("read").GetBoolean())));
        Assert.Equal($"/charities/{w.CharityOrgId}/feedback/{w.FunderOrgId}/{feedback}", items[2].GetProperty("link").GetString());
        Assert.Equal($"/charities/{w.CharityOrgId}/plan#line-{w.LineId}", items[1].GetProperty("link").GetString());
        Assert.Equal("Pledge of £50.00 towards Coordinator time", items[1].GetProperty("title").GetString());
        Assert.Equal(3, inbox.GetProperty("unreadCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, inbox.GetProperty("next").ValueKind);
        Assert.NotEqual(pledge, items[1].GetProperty("id").GetString()); // the item's own id, made from the pledge's
    }

    [Fact]
    public async Task EachMemberMarksItemsReadForThemselvesAndMayAskForOnlyTheUnread()
    {
        var w = await WorldAsync();
        await GiveFeedbackAsync(w);
        await PledgeAsync(w);
        var newest = (await GetAsync(w.Viewer, w.Charity("/inbox"))).GetProperty("items")[0].GetProperty("id").GetString()!;

        var read = await w.Viewer.PostAsync(w.Charity($"/inbox/{newest}/read"), null);
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await w.Viewer.PostAsync(w.Charity($"/inbox/{newest}/read"), null)).StatusCode);

        var viewers = await GetAsync(w.Viewer, w.Charity("/inbox"));
        Assert.Equal([true, false], viewers.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("read").GetBoolean()));
        Assert.Equal(1, viewers.GetProperty("unreadCount").GetInt32());
        var unreadOnly = await GetAsync(w.Viewer, w.Charity("/inbox?unread=true"));
        Assert.Equal(["FeedbackGiven"], unreadOnly.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()));
        Assert.Equal(2, (await GetAsync(w.Viewer, w.Charity("/inbox?unread=false"))).GetProperty("items").GetArrayLength());
        var owners = await GetAsync(w.Owner, w.Charity("/inbox"));
        Assert.Equal(2, owners.GetProperty("unreadCount").GetInt32());
        await (await w.Owner.PostAsync(w.Charity("/inbox/not-an-item/read"), null)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheInboxPagesAsHistoryDoes()
    {
        var w = await WorldAsync();
        for (var i = 0; i < 3; i++)
            await GiveFeedbackAsync(w, text: $"Note {i}");

        var first = await GetAsync(w.Owner, w.Charity("/inbox?limit=2"));
        Assert.Equal(["Feedback: Note 2", "Feedback: Note 1"], first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        var next = first.GetProperty("next").GetInt64();
        var last = await GetAsync(w.Owner, w.Charity($"/inbox?limit=2&after={next}"));
        Assert.Equal(["Feedback: Note 0"], last.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(JsonValueKind.Null, last.GetProperty("next").ValueKind);
        Assert.Equal(3, last.GetProperty("unreadCount").GetInt32());
    }

    [Theory]
    [InlineData("/inbox?limit=0", "limit")]
    [InlineData("/inbox?limit=201", "limit")]
    [InlineData("/inbox?after=-1", "after")]
    [InlineData("/feedback?limit=0", "limit")]
    [InlineData("/grants?limit=500", "limit")]
    public async Task ABadPageIsRefusedNamingTheField(string path, string field)
    {
        var w = await WorldAsync();
        var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions(), checkRequests: false);
        client.DefaultRequestHeaders.Authorization = w.Owner.DefaultRequestHeaders.Authorization;

        await (await client.GetAsync(w.Charity(path))).AssertInvalidAsync(field);
    }

    [Fact]
    public async Task AnUnreadFilterThatIsNotTrueOrFalseIsRefused()
    {
        var w = await WorldAsync();
        var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions(), checkRequests: false);
        client.DefaultRequestHeaders.Authorization = w.Owner.DefaultRequestHeaders.Authorization;

        await (await client.GetAsync(w.Charity("/inbox?unread=maybe"))).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task WhatFundersDidIsForTheCharitysMembersOnlyEvenTheFunderItSharesWith()
    {
        var w = await WorldAsync();
        var feedback = await GiveFeedbackAsync(w);
        var item = (await GetAsync(w.Owner, w.Charity("/inbox"))).GetProperty("items")[0].GetProperty("id").GetString()!;
        var stranger = await portal.ClientForAsync($"stranger-{Guid.NewGuid():n}");

        foreach (var client in new[] { stranger, w.Funder })
        {
            foreach (var path in new[] { "/inbox", "/feedback", $"/feedback/{w.FunderOrgId}/{feedback}", "/grants" })
                await (await client.GetAsync(w.Charity(path))).AssertProblemAsync(HttpStatusCode.NotFound);
            await (await client.PostAsync(w.Charity($"/inbox/{item}/read"), null)).AssertProblemAsync(HttpStatusCode.NotFound);
            await (await client.PostAsync(w.Charity($"/feedback/{w.FunderOrgId}/{feedback}/replies"), Http.Json("""{"text":"Hi"}""")))
                .AssertProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task TheCharityRepliesToFeedbackAndTheFunderSeesTheReply()
    {
        var w = await WorldAsync();
        var feedback = await GiveFeedbackAsync(w, "SupportOffer", "We can introduce you to a payroll bureau.");

        var list = await GetAsync(w.Viewer, w.Charity("/feedback"));
        var received = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal((feedback, w.FunderOrgId, "Northern Lights Community Trust", "SupportOffer", "We can introduce you to a payroll bureau."),
            (received.GetProperty("id").GetString(), received.GetProperty("funderOrgId").GetString(), received.GetProperty("funderName").GetString(),
                received.GetProperty("kind").GetString(), received.GetProperty("text").GetString()));
        Assert.Equal(0, received.GetProperty("replies").GetArrayLength());

        var replies = w.Charity($"/feedback/{w.FunderOrgId}/{feedback}/replies");
        await (await w.Viewer.PostAsync(replies, Http.Json("""{"text":"Yes please"}"""))).AssertProblemAsync(HttpStatusCode.Forbidden);
        var response = await w.Owner.PostAsync(replies, Http.Json("""{"text":"Yes please: we would like that."}"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(w.Charity($"/feedback/{w.FunderOrgId}/{feedback}"), response.Headers.Location?.OriginalString);
        var reply = await response.JsonAsync();
        Assert.Equal("Yes please: we would like that.", reply.GetProperty("text").GetString());
        var ofCharity = await GetAsync(w.Viewer, w.Charity($"/feedback/{w.FunderOrgId}/{feedback}"));
        Assert.Equal(["Yes please: we would like that."], ofCharity.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("text").GetString()));
        var ofFunder = await GetAsync(w.Funder, w.OfFunder($"/feedback/{feedback}"));
        var seen = Assert.Single(ofFunder.GetProperty("replies").EnumerateArray());
        Assert.Equal((reply.GetProperty("by").GetString(), reply.GetProperty("at").GetDateTimeOffset()),
            (seen.GetProperty("by").GetString(), seen.GetProperty("at").GetDateTimeOffset()));
    }

    [Fact]
    public async Task AReplyNeedsWordsAndFeedbackThatWasGiven()
    {
        var w = await WorldAsync();
        var feedback = await GiveFeedbackAsync(w);
        var raw = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions(), checkRequests: false);
        raw.DefaultRequestHeaders.Authorization = w.Owner.DefaultRequestHeaders.Authorization;

        await (await raw.PostAsync(w.Charity($"/feedback/{w.FunderOrgId}/{feedback}/replies"), Http.Json("""{"text":""}""")))
            .AssertInvalidAsync("text");
        await (await raw.PostAsync(w.Charity($"/feedback/{w.FunderOrgId}/{feedback}/replies"), Http.Json("""{"txt":"Hi"}""")))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await w.Owner.PostAsync(w.Charity($"/feedback/{w.FunderOrgId}/nope/replies"), Http.Json("""{"text":"Hi"}""")))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        await (await w.Owner.GetAsync(w.Charity($"/feedback/{Http.NewOrgId()}/{feedback}"))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task FeedbackStaysBetweenThatFunderAndThatCharity()
    {
        var w = await WorldAsync();
        var other = await WorldAsync();
        var feedback = await GiveFeedbackAsync(w, text: "Only for you.");
        Assert.Equal(HttpStatusCode.Created,
            (await w.Owner.PostAsync(w.Charity($"/feedback/{w.FunderOrgId}/{feedback}/replies"), Http.Json("""{"text":"Thanks"}"""))).StatusCode);

        // Another funder sees nothing of it: not by its id, not in its own list, not in its charity's inbox.
        await (await other.Funder.GetAsync(other.OfFunder($"/feedback/{feedback}"))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await other.Funder.GetAsync(w.OfFunder($"/feedback/{feedback}"))).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain("Only for you", await other.Funder.GetStringAsync(other.OfFunder("/feedback")), StringComparison.Ordinal);
        Assert.Equal(0, (await GetAsync(other.Owner, other.Charity("/feedback"))).GetProperty("items").GetArrayLength());
        Assert.Equal(0, (await GetAsync(other.Owner, other.Charity("/inbox"))).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task AFunderWithdrawsAPledgeWhileOfferedAndTheCharitySeesIt()
    {
        var w = await WorldAsync();
        var pledge = await PledgeAsync(w);

        var response = await w.Funder.PostAsync(w.OfFunder($"/pledges/{pledge}/withdraw"), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal((pledge, w.CharityOrgId, w.LineId, 5_000L, "Withdrawn"), (body.GetProperty("id").GetString(), body.GetProperty("charityOrgId").GetString(),
            body.GetProperty("lineId").GetString(), body.GetProperty("amountPence").GetInt64(), body.GetProperty("status").GetString()));
        var line = await GetAsync(w.Owner, w.Charity($"/resourcing/lines/{w.LineId}"));
        var onPlan = Assert.Single(line.GetProperty("pledges").EnumerateArray());
        Assert.Equal(("Withdrawn", "Northern Lights Community Trust"), (onPlan.GetProperty("status").GetString(), onPlan.GetProperty("funderName").GetString()));
        Assert.Equal(0, line.GetProperty("offeredPence").GetInt64());
        Assert.Equal("PledgeWithdrawn", (await GetAsync(w.Owner, w.Charity("/inbox"))).GetProperty("items")[0].GetProperty("kind").GetString());
        // Once withdrawn it stays so, and the charity can no longer take it.
        await (await w.Funder.PostAsync(w.OfFunder($"/pledges/{pledge}/withdraw"), null)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await w.Owner.PostAsync(w.Charity($"/resourcing/lines/{w.LineId}/pledges/{pledge}/accept"), null)).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task APledgeTheCharityAcceptedOrDeclinedCannotBeWithdrawnAndOnlyTheFundersEditorsWithdraw()
    {
        var w = await WorldAsync();
        var accepted = await PledgeAsync(w, 1_000);
        var declined = await PledgeAsync(w, 2_000);
        Assert.Equal(HttpStatusCode.OK, (await w.Owner.PostAsync(w.Charity($"/resourcing/lines/{w.LineId}/pledges/{accepted}/accept"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await w.Owner.PostAsync(w.Charity($"/resourcing/lines/{w.LineId}/pledges/{declined}/decline"), null)).StatusCode);
        var open = await PledgeAsync(w, 3_000);

        await (await w.Funder.PostAsync(w.OfFunder($"/pledges/{accepted}/withdraw"), null)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await w.Funder.PostAsync(w.OfFunder($"/pledges/{declined}/withdraw"), null)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await w.Funder.PostAsync(w.OfFunder("/pledges/not-a-pledge/withdraw"), null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await w.Owner.PostAsync(w.OfFunder($"/pledges/{open}/withdraw"), null)).AssertProblemAsync(HttpStatusCode.NotFound);
        var viewerSubject = $"funder-viewer-{Guid.NewGuid():n}";
        await w.Funder.AddMemberAsync(w.FunderOrgId, viewerSubject, "Viewer");
        var viewer = await portal.ClientForAsync(viewerSubject);
        await (await viewer.PostAsync(w.OfFunder($"/pledges/{open}/withdraw"), null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Offered", (await GetAsync(w.Owner, w.Charity($"/resourcing/lines/{w.LineId}"))).GetProperty("pledges")[2].GetProperty("status").GetString());
    }

    [Fact]
    public async Task AGrantNamingPlanLinesCommitsItsMoneyAndReceivingItDoesNotCountTwice()
    {
        var w = await WorldAsync();
        var second = (await (await w.Owner.PostAsync(w.Charity("/resourcing/lines"), Http.Json("""
            {"category":"Other","description":"Hall hire","quantity":1,"unit":"day","unitCostPence":50000,"periodStart":"2026-04-01","periodEnd":"2026-04-01"}
            """))).JsonAsync()).GetProperty("id").GetString()!;
        var gapBefore = (await GetAsync(w.Owner, w.Charity("/resourcing/summary"))).GetProperty("gapPence").GetInt64();
        Assert.Equal(219_996 + 50_000, gapBefore);

        var grant = await w.Funder.RecordGrantAsync(w.FunderOrgId, FunderHttp.GrantJson.Replace("GB-CHC-1234567", w.CharityOrgId, StringComparison.Ordinal)
            .Replace("\"amountPence\":123456", "\"amountPence\":300000", StringComparison.Ordinal)
            .Replace("[\"line-7\"]", $"[\"{second}\",\"line-7\",\"{w.LineId}\"]", StringComparison.Ordinal));

        var grants = await GetAsync(w.Viewer, w.Charity("/grants"));
        var kept = Assert.Single(grants.GetProperty("items").EnumerateArray());
        Assert.Equal((w.FunderOrgId, "Northern Lights Community Trust", grant.GetProperty("id").GetString(), "Development", 300_000L, 269_996L, 30_004L),
            (kept.GetProperty("funderOrgId").GetString(), kept.GetProperty("funderName").GetString(), kept.GetProperty("grantId").GetString(),
                kept.GetProperty("type").GetString(), kept.GetProperty("amountPence").GetInt64(), kept.GetProperty("committedPence").GetInt64(),
                kept.GetProperty("unallocatedPence").GetInt64()));
        Assert.Equal([second, "line-7", w.LineId], kept.GetProperty("planLineIds").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(JsonValueKind.Null, grants.GetProperty("next").ValueKind);
        Assert.Equal(0, (await GetAsync(w.Owner, w.Charity("/resourcing/summary"))).GetProperty("gapPence").GetInt64());

        // The charity marks the money received on the grant's own entry: still funded once.
        var line = await GetAsync(w.Owner, w.Charity($"/resourcing/lines/{second}"));
        var entry = Assert.Single(line.GetProperty("funding").EnumerateArray());
        Assert.Equal(("Committed", 50_000L), (entry.GetProperty("kind").GetString(), entry.GetProperty("amountPence").GetInt64()));
        var received = await w.Owner.PutAsync(w.Charity($"/resourcing/lines/{second}/funding/{entry.GetProperty("id").GetString()}"), Http.Json($$"""
            {"kind":"Received","amountPence":50000,"funderName":"Northern Lights Community Trust","funderOrgId":"{{w.FunderOrgId}}"}
            """));
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        var after = await GetAsync(w.Owner, w.Charity($"/resourcing/lines/{second}"));
        Assert.Equal((50_000L, 0L), (after.GetProperty("fundedPence").GetInt64(), after.GetProperty("gapPence").GetInt64()));
        Assert.Equal("GrantRecorded", (await GetAsync(w.Owner, w.Charity("/inbox"))).GetProperty("items")[0].GetProperty("kind").GetString());
    }
}
