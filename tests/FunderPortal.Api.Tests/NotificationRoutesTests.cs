using System.Net;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

/// <summary>
/// Each person's notification centre over HTTP: what funders do towards a charity reaches each of its members (through
/// the outbox, so a moment later), newest first, paged as history is, marked read one by one or all at once; a
/// panellist-only token has no person behind it.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class NotificationRoutesTests(PortalFactory portal)
{
    private const string Mine = "/api/v1/me/notifications";

    private sealed record World(HttpClient Owner, HttpClient Viewer, HttpClient Funder, string CharityOrgId, string FunderOrgId);

    private async Task<World> WorldAsync()
    {
        var suffix = Guid.NewGuid().ToString("n")[..8];
        var owner = await portal.ClientForAsync($"owner-{suffix}");
        var orgId = await owner.RegisterAsync();
        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsync($"/api/v1/charities/{orgId}/members/viewer-{suffix}", Http.Json("""{"role":"Viewer"}"""))).StatusCode);
        var funder = await portal.ClientForAsync($"funder-{suffix}");
        var funderOrgId = Http.NewOrgId();
        Assert.Equal(HttpStatusCode.Created, (await funder.PostAsync("/api/v1/funders",
            Http.Json($$"""{"orgId":"{{funderOrgId}}","name":"Northern Lights Community Trust"}"""))).StatusCode);
        await owner.ShareAsync(orgId, funderOrgId, """["Journey"]""");
        return new World(owner, await portal.ClientForAsync($"viewer-{suffix}"), funder, orgId, funderOrgId);
    }

    private static async Task GiveFeedbackAsync(World w, string text) =>
        Assert.Equal(HttpStatusCode.Created, (await w.Funder.PostAsync($"/api/v1/funders/{w.FunderOrgId}/feedback",
            Http.Json($$"""{"charityOrgId":"{{w.CharityOrgId}}","kind":"Feedback","text":"{{text}}"}"""))).StatusCode);

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    /// <summary>Notices travel through the outbox without the change waiting for them: ask until <paramref name="count"/> are there.</summary>
    private static async Task<JsonElement> WaitForAsync(HttpClient client, int count, string query = "")
    {
        for (var attempt = 0; ; attempt++)
        {
            var page = await GetAsync(client, Mine + query);
            if (page.GetProperty("items").GetArrayLength() >= count || attempt == 100)
                return page;
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task EveryMemberIsToldOfWhatAFunderDidNewestFirstWithALinkToWhereToAct()
    {
        var w = await WorldAsync();
        await GiveFeedbackAsync(w, "Your map is the report.");
        await GiveFeedbackAsync(w, "Lovely check-in.");

        var page = await WaitForAsync(w.Viewer, 2);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(["FeedbackGiven", "FeedbackGiven"], items.Select(i => i.GetProperty("kind").GetString()));
        Assert.Equal("Feedback: Lovely check-in.", items[0].GetProperty("title").GetString());
        Assert.StartsWith($"/charities/{w.CharityOrgId}/feedback/{w.FunderOrgId}/", items[0].GetProperty("link").GetString());
        Assert.Contains("Northern Lights Community Trust", items[0].GetProperty("text").GetString());
        Assert.All(items, i => Assert.False(i.GetProperty("read").GetBoolean()));
        Assert.True(items[0].GetProperty("at").GetDateTimeOffset() >= items[1].GetProperty("at").GetDateTimeOffset());
        Assert.Equal((2, JsonValueKind.Null), (page.GetProperty("unreadCount").GetInt32(), page.GetProperty("next").ValueKind));
        // The editor is told the same (besides the viewer's joining), under the same ids.
        var owners = (await WaitForAsync(w.Owner, 3)).GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("kind").GetString() == "FeedbackGiven").Select(i => i.GetProperty("id").GetString());
        Assert.Equal(items.Select(i => i.GetProperty("id").GetString()), owners);
        // The funder's own members are told nothing of it (only, by now perhaps, of the share the charity made with them).
        Assert.All((await GetAsync(w.Funder, Mine)).GetProperty("items").EnumerateArray(), i => Assert.Equal("ShareGranted", i.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task PagesAsHistoryDoes()
    {
        var w = await WorldAsync();
        for (var i = 1; i <= 3; i++)
            await GiveFeedbackAsync(w, $"Note {i}");
        await WaitForAsync(w.Viewer, 3);

        var first = await GetAsync(w.Viewer, $"{Mine}?limit=2");
        Assert.Equal(["Feedback: Note 3", "Feedback: Note 2"], first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        var next = first.GetProperty("next").GetInt64();
        var second = await GetAsync(w.Viewer, $"{Mine}?limit=2&after={next}");
        Assert.Equal(["Feedback: Note 1"], second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);

        await (await w.Viewer.GetAsync($"{Mine}?limit=0")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await w.Viewer.GetAsync($"{Mine}?limit=201")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task EachPersonMarksReadForThemselvesOneOrAll()
    {
        var w = await WorldAsync();
        await GiveFeedbackAsync(w, "One");
        await GiveFeedbackAsync(w, "Two");
        var items = (await WaitForAsync(w.Viewer, 2)).GetProperty("items").EnumerateArray().ToList();
        await WaitForAsync(w.Owner, 3);

        Assert.Equal(HttpStatusCode.NoContent, (await w.Viewer.PostAsync($"{Mine}/{items[1].GetProperty("id").GetString()}/read", null)).StatusCode);
        var unread = await GetAsync(w.Viewer, $"{Mine}?unread=true");
        Assert.Equal(["Feedback: Two"], unread.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(1, unread.GetProperty("unreadCount").GetInt32());
        Assert.Equal(3, (await GetAsync(w.Owner, Mine)).GetProperty("unreadCount").GetInt32()); // the editor's are their own

        Assert.Equal(HttpStatusCode.NoContent, (await w.Viewer.PostAsync($"{Mine}/read-all", null)).StatusCode);
        var all = await GetAsync(w.Viewer, Mine);
        Assert.Equal(0, all.GetProperty("unreadCount").GetInt32());
        Assert.All(all.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("read").GetBoolean()));
        Assert.Equal(0, (await GetAsync(w.Viewer, $"{Mine}?unread=true")).GetProperty("items").GetArrayLength());

        // Someone else's id is not found for me.
        await (await w.Funder.PostAsync($"{Mine}/{items[0].GetProperty("id").GetString()}/read", null)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APanellistOnlyTokenHasNoPersonBehindItAndIsRefused()
    {
        var cast = await portal.CastAsync();
        var round = await cast.Funder.CreateRoundAsync(cast.FunderOrgId);
        var (panellist, _) = await portal.JoinPanelAsync(cast.Funder, round.GetProperty("id").GetString()!);

        await (await panellist.GetAsync(Mine)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await panellist.PostAsync($"{Mine}/read-all", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await panellist.PostAsync($"{Mine}/x/read", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await portal.CreateClient().GetAsync(Mine)).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AMemberJoiningTellsTheOthers()
    {
        var w = await WorldAsync();
        var suffix = Guid.NewGuid().ToString("n")[..8];
        Assert.Equal(HttpStatusCode.OK, (await w.Owner.PutAsync($"/api/v1/charities/{w.CharityOrgId}/members/new-{suffix}", Http.Json("""{"role":"Viewer"}"""))).StatusCode);

        var page = await WaitForAsync(w.Owner, 2); // the viewer's joining and the new member's
        var joined = page.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("kind").GetString(), i.GetProperty("text").GetString())).ToList();
        Assert.Contains(("MemberJoined", $"new-{suffix} is now a member of Hope Street."), joined.Select(j => (j.Item1, j.Item2)));
        Assert.DoesNotContain(((await GetAsync(await portal.ClientForAsync($"new-{suffix}"), Mine)).GetProperty("items").EnumerateArray()),
            i => i.GetProperty("text").GetString()!.StartsWith($"new-{suffix}", StringComparison.Ordinal));
    }
}
