using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

/// <summary>Helpers for the round routes: a funder with a round, charities that apply, panellists who join.</summary>
public static class RoundHttp
{
    /// <summary>Budget £10,000; awards £1,000–£5,000; two criteria, the second weighted double on a 0–4 scale; one eligibility question.</summary>
    public const string RoundJson = """
        {"title":"Lived experience fund","budgetPence":1000000,"minAwardPence":100000,"maxAwardPence":500000,
         "timetable":{"opens":"2026-01-05","closes":"2026-01-31","scoringEnds":"2026-02-28","decisionsBy":"2026-03-15"},
         "eligibilityQuestions":[{"question":"Are you led by people with lived experience?","requiredAnswer":true}],
         "criteria":[{"wording":"People with lived experience shaped this","weight":1,"scaleMax":4},
                     {"wording":"It will make a real difference","weight":2,"scaleMax":4}],
         "ratePencePerHour":2500}
        """;

    public static async Task<JsonElement> CreateRoundAsync(this HttpClient funder, string funderOrgId, string json = RoundJson)
    {
        var response = await funder.PostAsync($"/api/v1/funders/{funderOrgId}/rounds", Http.Json(json));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    public static async Task MoveToAsync(this HttpClient funder, string roundId, string phase)
    {
        var response = await funder.PostAsync($"/api/v1/rounds/{roundId}/phase", Http.Json($$"""{"phase":"{{phase}}"}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task<string> ApplyAsync(this HttpClient charity, string roundId, string charityOrgId, long amountPence, string summary = "Our peer mentors")
    {
        var response = await charity.PostAsync($"/api/v1/rounds/{roundId}/applications", Http.Json($$"""
            {"charityOrgId":"{{charityOrgId}}","amountRequestedPence":{{amountPence}},"summary":"{{summary}}","eligibilityAnswers":{"q1":true},"linkJourney":true}
            """));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>Invites and accepts without signing in: a client carrying the panellist-only token, and the panellist's id.</summary>
    public static async Task<(HttpClient Client, string PanellistId)> JoinPanelAsync(this PortalFactory portal, HttpClient funder, string roundId)
    {
        var token = await InviteAsync(funder, roundId);
        var anonymous = portal.CreateClient();
        var accepted = await anonymous.PostAsync($"/api/v1/panel-invitations/{token}/accept", Http.Json("""{"accessibilityNeeds":["LargePrint"]}"""));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var body = await accepted.JsonAsync();
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        return (anonymous, body.GetProperty("panellistId").GetString()!);
    }

    public static async Task<string> InviteAsync(this HttpClient funder, string roundId, string body = "{}")
    {
        var response = await funder.PostAsync($"/api/v1/rounds/{roundId}/invitations", Http.Json(body));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var url = (await response.JsonAsync()).GetProperty("url").GetString()!;
        return Uri.UnescapeDataString(url[(url.IndexOf("/panel/join/", StringComparison.Ordinal) + "/panel/join/".Length)..]);
    }

    public static Task<HttpResponseMessage> ScoreAsync(this HttpClient panellist, string roundId, string applicationId, int c1, int c2, string? comment = null) =>
        panellist.PutAsync($"/api/v1/rounds/{roundId}/applications/{applicationId}/scores/mine", Http.Json(
            comment is null
                ? $$$"""{"scores":{"c1":{{{c1}}},"c2":{{{c2}}}}}"""
                : $$"""{"scores":{"c1":{{c1}},"c2":{{c2}}},"comments":{"c1":"{{comment}}"},"comment":"{{comment}}"}"""));

    public static Task<HttpResponseMessage> DeclareAsync(this HttpClient panellist, string roundId, string applicationId, string declaration, string? details = null) =>
        panellist.PutAsync($"/api/v1/rounds/{roundId}/applications/{applicationId}/conflict", Http.Json(
            details is null ? $$"""{"declaration":"{{declaration}}"}""" : $$"""{"declaration":"{{declaration}}","details":"{{details}}"}"""));

    /// <summary>A funder (editor "funder-…") and two charities (editor "charity-…") registered afresh.</summary>
    public static async Task<RoundCast> CastAsync(this PortalFactory portal)
    {
        var suffix = Guid.NewGuid().ToString("n")[..8];
        var funder = await portal.ClientForAsync($"funder-{suffix}");
        var funderOrgId = await funder.RegisterFunderAsync();
        var charityA = await portal.ClientForAsync($"charity-a-{suffix}");
        var orgA = await charityA.RegisterAsync();
        var charityB = await portal.ClientForAsync($"charity-b-{suffix}");
        var orgB = await charityB.RegisterAsync();
        return new RoundCast(funder, funderOrgId, charityA, orgA, charityB, orgB, suffix);
    }
}

public sealed record RoundCast(HttpClient Funder, string FunderOrgId, HttpClient CharityA, string OrgA, HttpClient CharityB, string OrgB, string Suffix);
