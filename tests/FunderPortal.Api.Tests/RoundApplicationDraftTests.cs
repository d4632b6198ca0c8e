using System.Net;
using System.Text.Json;

namespace FunderPortal.Api.Tests;

/// <summary>Applications drafted, changed, submitted and withdrawn over HTTP, and drafts discarded when scoring starts.</summary>
[Collection(PortalCollection.Name)]
public sealed class RoundApplicationDraftTests(PortalFactory portal)
{
    private static string Applications(string roundId) => $"/api/v1/rounds/{roundId}/applications";

    private async Task<(RoundCast Cast, string RoundId, HttpClient Panellist)> OpenRoundAsync()
    {
        var cast = await portal.CastAsync();
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        var (panellist, _) = await portal.JoinPanelAsync(cast.Funder, roundId);
        await cast.Funder.MoveToAsync(roundId, "Open");
        return (cast, roundId, panellist);
    }

    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    private static async Task<string> DraftAsync(HttpClient charity, string roundId, string orgId)
    {
        var response = await charity.PostAsync(Applications(roundId), Http.Json($$"""{"charityOrgId":"{{orgId}}","summary":"Peer mentors, early thoughts","draft":true}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var draft = await response.JsonAsync();
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        return draft.GetProperty("id").GetString()!;
    }

    private static async Task<int> CountedAsync(HttpClient funder, string roundId) =>
        (await OkAsync(funder.GetAsync($"/api/v1/rounds/{roundId}"))).GetProperty("applications").GetInt32();

    [Fact]
    public async Task ADraftLeavesOutTheAmountAndAnswersUntilItIsSubmittedAndThePanelSeesItOnlyThen()
    {
        var (cast, roundId, panellist) = await OpenRoundAsync();

        var response = await cast.CharityA.PostAsync(Applications(roundId), Http.Json($$"""{"charityOrgId":"{{cast.OrgA}}","summary":"Peer mentors","draft":true}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var draft = await response.JsonAsync();
        var id = draft.GetProperty("id").GetString()!;
        Assert.Equal(("Draft", JsonValueKind.Null, JsonValueKind.Null), (draft.GetProperty("status").GetString(),
            draft.GetProperty("submittedAt").ValueKind, draft.GetProperty("amountRequestedPence").ValueKind));
        // Without "draft" the amount and the answers are required, as before.
        await (await cast.CharityB.PostAsync(Applications(roundId), Http.Json($$"""{"charityOrgId":"{{cast.OrgB}}"}""")))
            .AssertInvalidAsync("amountRequestedPence", "eligibilityAnswers.q1");

        Assert.Empty((await OkAsync(panellist.GetAsync(Applications(roundId)))).EnumerateArray());
        await (await panellist.GetAsync($"{Applications(roundId)}/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await OkAsync(cast.Funder.GetAsync(Applications(roundId)))).EnumerateArray());
        Assert.Equal(0, await CountedAsync(cast.Funder, roundId));

        await (await cast.CharityA.PostAsync($"{Applications(roundId)}/{id}/submit", null))
            .AssertInvalidAsync("amountRequestedPence", "eligibilityAnswers.q1");
        var changed = await OkAsync(cast.CharityA.PutAsync($"{Applications(roundId)}/{id}",
            Http.Json("""{"amountRequestedPence":300000,"summary":"Peer mentors, worked out","eligibilityAnswers":{"q1":true},"linkJourney":true}""")));
        Assert.Equal(("Draft", 300_000L), (changed.GetProperty("status").GetString(), changed.GetProperty("amountRequestedPence").GetInt64()));

        var before = portal.Clock.UtcNow;
        var submitted = await OkAsync(cast.CharityA.PostAsync($"{Applications(roundId)}/{id}/submit", null));
        Assert.Equal(("Submitted", 1, "Application 1"), (submitted.GetProperty("status").GetString(), submitted.GetProperty("number").GetInt32(),
            submitted.GetProperty("label").GetString()));
        Assert.InRange(submitted.GetProperty("submittedAt").GetDateTimeOffset(), before, portal.Clock.UtcNow);
        var seen = Assert.Single((await OkAsync(panellist.GetAsync(Applications(roundId)))).EnumerateArray());
        Assert.Equal(("Peer mentors, worked out", $"/api/v1/charities/{cast.OrgA}/journey?roundId={roundId}"),
            (seen.GetProperty("summary").GetString(), seen.GetProperty("journeyUrl").GetString()));
        Assert.Equal(1, await CountedAsync(cast.Funder, roundId));
        // Submitting again changes nothing; another charity cannot submit it.
        Assert.Equal("Submitted", (await OkAsync(cast.CharityA.PostAsync($"{Applications(roundId)}/{id}/submit", null))).GetProperty("status").GetString());
        await (await cast.CharityB.PostAsync($"{Applications(roundId)}/{id}/submit", null)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ApplicationsChangeOnlyWhileOpenAndAreWithdrawnOnlyUntilScoringStarts()
    {
        var (cast, roundId, _) = await OpenRoundAsync();
        var a = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 200_000);
        var b = await cast.CharityB.ApplyAsync(roundId, cast.OrgB, 200_000);

        var changed = await OkAsync(cast.CharityA.PutAsync($"{Applications(roundId)}/{a}",
            Http.Json("""{"amountRequestedPence":250000,"summary":"Now with training","eligibilityAnswers":{"q1":true}}""")));
        Assert.Equal(("Submitted", 250_000L, "Now with training"), (changed.GetProperty("status").GetString(),
            changed.GetProperty("amountRequestedPence").GetInt64(), changed.GetProperty("summary").GetString()));
        // A submitted application stays complete; nobody else changes it.
        await (await cast.CharityA.PutAsync($"{Applications(roundId)}/{a}", Http.Json("""{"summary":"Shorter"}""")))
            .AssertInvalidAsync("amountRequestedPence", "eligibilityAnswers.q1");
        await (await cast.CharityB.PutAsync($"{Applications(roundId)}/{a}", Http.Json("""{"amountRequestedPence":250000,"eligibilityAnswers":{"q1":true}}""")))
            .AssertProblemAsync(HttpStatusCode.NotFound);

        var withdrawn = await OkAsync(cast.CharityB.PostAsync($"{Applications(roundId)}/{b}/withdraw", null));
        Assert.Equal("Withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Equal(1, await CountedAsync(cast.Funder, roundId));
        await (await cast.Funder.GetAsync($"{Applications(roundId)}/{b}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Withdrawn", (await OkAsync(cast.CharityB.GetAsync($"{Applications(roundId)}/{b}"))).GetProperty("status").GetString());
        // A withdrawn application does not count as the charity's one: it applies again.
        var again = await cast.CharityB.ApplyAsync(roundId, cast.OrgB, 300_000);
        Assert.Equal(3, (await OkAsync(cast.CharityB.GetAsync($"{Applications(roundId)}/{again}"))).GetProperty("number").GetInt32());

        await cast.Funder.MoveToAsync(roundId, "Scoring");
        await (await cast.CharityA.PutAsync($"{Applications(roundId)}/{a}",
            Http.Json("""{"amountRequestedPence":250000,"eligibilityAnswers":{"q1":true}}"""))).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await cast.CharityA.PostAsync($"{Applications(roundId)}/{a}/withdraw", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(2, await CountedAsync(cast.Funder, roundId));
    }

    [Fact]
    public async Task DraftsUnsentWhenScoringStartsAreDiscardedAndTheCharitysMembersAreTold()
    {
        var (cast, roundId, _) = await OpenRoundAsync();
        var viewerSubject = $"charity-b-viewer-{cast.Suffix}";
        Assert.Equal(HttpStatusCode.OK, (await cast.CharityB.PutAsync($"/api/v1/charities/{cast.OrgB}/members/{viewerSubject}",
            Http.Json("""{"role":"Viewer"}"""))).StatusCode);
        var viewer = await portal.ClientForAsync(viewerSubject);
        var submitted = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 200_000);
        var draft = await DraftAsync(cast.CharityB, roundId, cast.OrgB);

        await cast.Funder.MoveToAsync(roundId, "Scoring");

        await (await cast.CharityB.GetAsync($"{Applications(roundId)}/{draft}")).AssertProblemAsync(HttpStatusCode.NotFound);
        foreach (var member in new[] { cast.CharityB, viewer })
        {
            var told = await WaitForKindAsync(member, "ApplicationDiscarded");
            Assert.Equal($"/rounds/{roundId}", told.GetProperty("link").GetString());
        }
        var inbox = await OkAsync(cast.CharityB.GetAsync($"/api/v1/charities/{cast.OrgB}/inbox"));
        Assert.Equal("ApplicationDiscarded", Assert.Single(inbox.GetProperty("items").EnumerateArray()).GetProperty("kind").GetString());

        // Decided needs a decision for the submitted application only.
        await cast.Funder.MoveToAsync(roundId, "Deliberation");
        Assert.Equal(HttpStatusCode.OK, (await cast.Funder.PutAsync($"{Applications(roundId)}/{submitted}/decision",
            Http.Json("""{"outcome":"NotFunded","rationale":"Not this time."}"""))).StatusCode);
        await cast.Funder.MoveToAsync(roundId, "Decided");
        var outcome = (await OkAsync(cast.Funder.GetAsync($"/api/v1/rounds/{roundId}"))).GetProperty("outcome");
        Assert.Equal(1, outcome.GetProperty("applications").GetInt32());
    }

    [Fact]
    public async Task ACharitysMembersFindItsApplicationsAcrossRoundsDraftsIncluded()
    {
        var (cast, roundId, _) = await OpenRoundAsync();
        var otherRound = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        await cast.Funder.MoveToAsync(otherRound, "Open");
        var withdrawn = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 200_000);
        await OkAsync(cast.CharityA.PostAsync($"{Applications(roundId)}/{withdrawn}/withdraw", null));
        var sent = await cast.CharityA.ApplyAsync(roundId, cast.OrgA, 300_000);
        var draft = await DraftAsync(cast.CharityA, otherRound, cast.OrgA);

        var rounds = (await OkAsync(cast.CharityA.GetAsync($"/api/v1/charities/{cast.OrgA}/applications"))).EnumerateArray().ToList();

        Assert.Equal([otherRound, roundId], rounds.Select(r => r.GetProperty("round").GetProperty("id").GetString()));
        Assert.Equal([(draft, "Draft")], rounds[0].GetProperty("applications").EnumerateArray().Select(a => (a.GetProperty("id").GetString(), a.GetProperty("status").GetString())));
        Assert.Equal([(withdrawn, "Withdrawn"), (sent, "Submitted")],
            rounds[1].GetProperty("applications").EnumerateArray().Select(a => (a.GetProperty("id").GetString(), a.GetProperty("status").GetString())));
        await (await cast.CharityB.GetAsync($"/api/v1/charities/{cast.OrgA}/applications")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await OkAsync(cast.CharityB.GetAsync($"/api/v1/charities/{cast.OrgB}/applications"))).EnumerateArray());
    }

    /// <summary>Notifications travel through two outboxes (the round's, then the charity's): ask until one of the kind arrives.</summary>
    private static async Task<JsonElement> WaitForKindAsync(HttpClient member, string kind)
    {
        for (var attempt = 0; ; attempt++)
        {
            var items = (await OkAsync(member.GetAsync("/api/v1/me/notifications"))).GetProperty("items").EnumerateArray().ToList();
            if (items.FirstOrDefault(i => i.GetProperty("kind").GetString() == kind) is { ValueKind: JsonValueKind.Object } found)
                return found;
            Assert.True(attempt < 150, $"No {kind} notification arrived");
            await Task.Delay(100);
        }
    }
}
