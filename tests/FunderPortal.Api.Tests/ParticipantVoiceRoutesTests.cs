using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

/// <summary>
/// Participants rate a check-in themselves from one-time links: totals only, from three answers; comments only with
/// consent; new and returning voices counted in progress and in a funder's insights.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ParticipantVoiceRoutesTests(PortalFactory portal)
{
    private static string Answer(int rating, string? comment = null, bool consent = false, string benefits = """["ListenedTo","PaidFairly"]""") =>
        $$"""
        {"principles":{"Equality":{{rating}},"Diversity":{{rating}},"Access":{{rating}},"Reciprocity":{{rating}}},
         "benefits":{{benefits}},"other":null,"comment":{{JsonSerializer.Serialize(comment)}},"consentToShareComment":{{(consent ? "true" : "false")}}}
        """;

    private static string TokenOf(JsonElement link) => Uri.UnescapeDataString(link.GetProperty("url").GetString()!.Split("/voice/")[1]);

    private async Task<(HttpClient Charity, string OrgId, string CheckIn)> CheckInAsync(string who)
    {
        var charity = await portal.ClientForAsync($"{who}-{Guid.NewGuid():n}");
        var orgId = await charity.RegisterAsync();
        var created = await charity.PostAsync($"/api/v1/charities/{orgId}/check-ins", Http.Json(JourneyRoutesTests.FullCheckIn));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (charity, orgId, (await created.JsonAsync()).GetProperty("id").GetString()!);
    }

    private static async Task<JsonElement[]> LinksAsync(HttpClient charity, string orgId, string checkIn, params string[] participants)
    {
        var response = await charity.PostAsync($"/api/v1/charities/{orgId}/check-ins/{checkIn}/participant-links",
            Http.Json(JsonSerializer.Serialize(new { participants })));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return [.. (await response.JsonAsync()).GetProperty("links").EnumerateArray()];
    }

    private async Task<HttpStatusCode> AnswerAsync(string token, string body) =>
        (await portal.CreateClient().PostAsync($"/api/v1/participant-check-ins/{Uri.EscapeDataString(token)}", Http.Json(body))).StatusCode;

    [Fact]
    public async Task ParticipantsRateTheCheckInAndAreShownAsTotalsFromThreeAnswers()
    {
        var (charity, orgId, checkIn) = await CheckInAsync("voice");
        var links = await LinksAsync(charity, orgId, checkIn, "p-1", "p-2", "p-3");
        Assert.All(links, l => Assert.Contains("/voice/", l.GetProperty("url").GetString(), StringComparison.Ordinal));
        Assert.InRange(links[0].GetProperty("expiresAt").GetDateTimeOffset() - portal.Clock.UtcNow, TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
        var anonymous = portal.CreateClient();

        // What the participant is asked, with no account, in plain words.
        var prompt = await (await anonymous.GetAsync($"/api/v1/participant-check-ins/{Uri.EscapeDataString(TokenOf(links[0]))}")).JsonAsync();
        Assert.Equal("p-1", prompt.GetProperty("participant").GetString());
        Assert.Equal(["Equality", "Diversity", "Access", "Reciprocity"], prompt.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("principle").GetString()));
        Assert.Equal(5, prompt.GetProperty("benefits").GetArrayLength());

        // All four principles are required; the missing one is named.
        var missing = await anonymous.PostAsync($"/api/v1/participant-check-ins/{Uri.EscapeDataString(TokenOf(links[0]))}",
            Http.Json("""{"principles":{"Equality":3,"Diversity":3,"Reciprocity":3}}"""));
        await missing.AssertInvalidAsync("principles.Access");
        await (await anonymous.PostAsync($"/api/v1/participant-check-ins/{Uri.EscapeDataString(TokenOf(links[0]))}",
            Http.Json("""{"principles":{"Equality":6,"Diversity":3,"Access":3,"Reciprocity":3}}"""))).AssertInvalidAsync("principles.Equality");

        Assert.Equal(HttpStatusCode.NoContent, await AnswerAsync(TokenOf(links[0]), Answer(4, "They paid me on the day", consent: true)));
        Assert.Equal(HttpStatusCode.NoContent, await AnswerAsync(TokenOf(links[1]), Answer(2, "Private: my benefits worry me", consent: false)));

        // Used or unknown: one same 404 in plain words.
        var used = await anonymous.PostAsync($"/api/v1/participant-check-ins/{Uri.EscapeDataString(TokenOf(links[0]))}", Http.Json(Answer(5)));
        Assert.Equal(HttpStatusCode.NotFound, used.StatusCode);
        Assert.Contains("not valid", (await used.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/participant-check-ins/{orgId}.nothing")).StatusCode);

        // Two answers: the count only.
        var two = (await (await charity.GetAsync($"/api/v1/charities/{orgId}/check-ins/{checkIn}")).JsonAsync()).GetProperty("participantsSay");
        Assert.Equal(2, two.GetProperty("answered").GetInt32());
        Assert.Equal(JsonValueKind.Null, two.GetProperty("principles").ValueKind);
        Assert.Equal(JsonValueKind.Null, two.GetProperty("benefits").ValueKind);
        Assert.Equal(JsonValueKind.Null, two.GetProperty("comments").ValueKind);

        Assert.Equal(HttpStatusCode.NoContent, await AnswerAsync(TokenOf(links[2]), Answer(3, benefits: """["MoreConfident"]""")));
        var three = await (await charity.GetAsync($"/api/v1/charities/{orgId}/check-ins/{checkIn}")).JsonAsync();
        var say = three.GetProperty("participantsSay");
        Assert.Equal(3, say.GetProperty("answered").GetInt32());
        var equality = say.GetProperty("principles").GetProperty("Equality");
        Assert.Equal(3.0m, equality.GetProperty("mean").GetDecimal());
        Assert.Equal([0, 1, 1, 1, 0], equality.GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal(2, say.GetProperty("benefits").GetProperty("ListenedTo").GetInt32());
        Assert.Equal(1, say.GetProperty("benefits").GetProperty("MoreConfident").GetInt32());
        Assert.Equal(0, say.GetProperty("benefits").GetProperty("NewSkills").GetInt32());
        Assert.Equal(["They paid me on the day"], say.GetProperty("comments").EnumerateArray().Select(c => c.GetString()));
        // The staff's own ratings stay beside them, unchanged.
        Assert.Equal(3, three.GetProperty("principles").GetProperty("Equality").GetInt32());

        // Progress counts them as voices: three took part, all for the first time.
        var from = Uri.EscapeDataString(portal.Clock.UtcNow.AddDays(-1).ToString("O"));
        var progress = await (await charity.GetAsync($"/api/v1/charities/{orgId}/journey/progress?from={from}")).JsonAsync();
        Assert.Equal((3, 3), (progress.GetProperty("participants").GetProperty("tookPart").GetInt32(), progress.GetProperty("participants").GetProperty("firstTime").GetInt32()));
    }

    [Fact]
    public async Task AnAnsweredParticipantIsNotAskedAgainAndAnUnansweredAskIsReplaced()
    {
        var (charity, orgId, checkIn) = await CheckInAsync("voice-again");
        var first = await LinksAsync(charity, orgId, checkIn, "p-1", "p-2");
        Assert.Equal(HttpStatusCode.NoContent, await AnswerAsync(TokenOf(first[0]), Answer(4)));

        var again = await charity.PostAsync($"/api/v1/charities/{orgId}/check-ins/{checkIn}/participant-links", Http.Json("""{"participants":["p-1"]}"""));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var replaced = await LinksAsync(charity, orgId, checkIn, "p-2");
        Assert.Equal(HttpStatusCode.NotFound, await AnswerAsync(TokenOf(first[1]), Answer(4)));
        Assert.Equal(HttpStatusCode.NoContent, await AnswerAsync(TokenOf(replaced[0]), Answer(4)));

        await (await charity.PostAsync($"/api/v1/charities/{orgId}/check-ins/{checkIn}/participant-links", Http.Json("""{"participants":["no names"]}""")))
            .AssertInvalidAsync("participants[0]");
        Assert.Equal(HttpStatusCode.NotFound, (await charity.PostAsync($"/api/v1/charities/{orgId}/check-ins/none/participant-links",
            Http.Json("""{"participants":["p-9"]}"""))).StatusCode);
        // Someone else's charity: not found.
        var stranger = await portal.ClientForAsync($"stranger-{Guid.NewGuid():n}");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/charities/{orgId}/check-ins/{checkIn}/participant-links",
            Http.Json("""{"participants":["p-9"]}"""))).StatusCode);
    }

    [Fact]
    public async Task AFundersInsightsSumTheVoicesOfCharitiesSharingTheirJourney()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var funder = await portal.ClientForAsync($"voice-funder-{id}");
        var funderOrgId = await funder.RegisterFunderAsync();
        var (charity, orgId, checkIn) = await CheckInAsync("voice-shared");
        foreach (var link in await LinksAsync(charity, orgId, checkIn, "p-1", "p-2"))
            Assert.Equal(HttpStatusCode.NoContent, await AnswerAsync(TokenOf(link), Answer(5)));
        await charity.ShareAsync(orgId, funderOrgId, """["Journey"]""");

        // The funder reads the check-in through the share, with the same totals rule.
        var read = await (await funder.GetAsync($"/api/v1/charities/{orgId}/check-ins/{checkIn}")).JsonAsync();
        Assert.Equal(2, read.GetProperty("participantsSay").GetProperty("answered").GetInt32());

        var waited = Stopwatch.StartNew();
        JsonElement participants;
        do
        {
            participants = (await (await funder.GetAsync($"/api/v1/funders/{funderOrgId}/portfolio/insights")).JsonAsync()).GetProperty("participants");
            if (participants.GetProperty("tookPart").GetInt32() == 2)
                break;
            await Task.Delay(20);
        }
        while (waited.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Equal((2, 2), (participants.GetProperty("tookPart").GetInt32(), participants.GetProperty("firstTime").GetInt32()));
    }
}
