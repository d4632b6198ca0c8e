using System.Net;
using Xunit.Abstractions;

namespace FunderPortal.Api.Tests.Leaks;

/// <summary>
/// Panellists score on their own: until the round reaches Deliberation no GET route the host serves (every operation of
/// the served OpenAPI document, every page) shows anyone a panellist's scores, comments, totals or the results; only
/// "n of m scored" (docs/decisions/0005-grant-rounds.md). After it, panellists and the funder see them, except a
/// conflicted panellist on the application they declared, and applicants never.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ScoreIndependenceSweepTests(PortalFactory portal, ITestOutputHelper output)
{
    /// <summary>What only appears when scores are put together: a results row's count of scorers (API), the results section (pages).</summary>
    private static readonly string[] ScoresTogether = [.. Enumerable.Range(0, 10).Select(n => $"\"scorers\":{n}"), "scores together"];

    /// <summary>One panellist's sheet on one application: its comment marker, and its scores as the API writes them.</summary>
    private sealed record Sheet(string Panellist, int Application, string Comment, int C1, int C2)
    {
        public string[] Marks => [Comment, $"\"c1\":{C1},\"c2\":{C2}"];
    }

    [Fact]
    public async Task BeforeScoringEndsNoRouteShowsAnotherPanellistsScoresOrComments()
    {
        var s = Guid.NewGuid().ToString("n")[..8];
        var applicant = await portal.ClientForAsync($"charity-{s}");
        var charity = await applicant.CharityWithEverythingAsync();
        var otherApplicant = await portal.ClientForAsync($"charity-b-{s}");
        var otherOrgId = await otherApplicant.RegisterAsync();
        var world = await FunderWorld.BuildAsync(portal, applicant, charity, s);
        var a = await world.SignedInPanellistAsync(portal, $"panellist-a-{s}");
        var (b, bId) = await portal.JoinPanelAsync(world.FunderEditor, world.RoundId);
        var c = await world.SignedInPanellistAsync(portal, $"panellist-c-{s}");
        world = await world.WithApplicationsAsync(applicant, (otherApplicant, otherOrgId));
        world.Values.Set("token", $"{charity.OrgId}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        var round = $"/api/v1/rounds/{world.RoundId}";
        Assert.Equal(HttpStatusCode.OK, (await c.DeclareAsync(world.RoundId, world.ApplicationIds[0], "Declared", "I volunteer there")).StatusCode);
        Sheet[] sheets =
        [
            new("A", 0, $"A-first-{s}", 1, 0), new("A", 1, $"A-second-{s}", 2, 3),
            new("B", 0, $"B-first-{s}", 4, 4), new("B", 1, $"B-second-{s}", 0, 1),
            new("C", 1, $"C-second-{s}", 3, 3),
        ];
        var panel = new Dictionary<string, HttpClient> { ["A"] = a, ["B"] = b, ["C"] = c };
        foreach (var sheet in sheets)
        {
            var scored = await panel[sheet.Panellist].ScoreAsync(world.RoundId, world.ApplicationIds[sheet.Application], sheet.C1, sheet.C2, sheet.Comment);
            Assert.Equal(HttpStatusCode.OK, scored.StatusCode);
        }
        string[] MarksOf(Func<Sheet, bool> which) => [.. sheets.Where(which).SelectMany(x => x.Marks)];
        string[] CommentsOf(Func<Sheet, bool> which) => [.. sheets.Where(which).Select(x => x.Comment)];
        var routes = await RouteCatalogue.ServedByAsync(portal);
        var viewer = await portal.ClientForAsync(world.ViewerSubject);

        (Caller Caller, string Self)[] callers =
        [
            (new("panellist A (signed in)", a, await Browsers.SignedInAsync(portal, $"panellist-a-{s}"), world.Values) { Output = output }, "A"),
            (new("panellist B (panel token)", b, Browsers.WithBearer(portal, b.DefaultRequestHeaders.Authorization!.Parameter!), world.Values) { Output = output }, "B"),
            (new("panellist C (conflicted on the first)", c, await Browsers.SignedInAsync(portal, $"panellist-c-{s}"), world.Values) { Output = output }, "C"),
            (new("funder editor (not on the panel)", world.FunderEditor, await Browsers.SignedInAsync(portal, world.EditorSubject), world.Values) { Output = output }, ""),
            (new("funder viewer (not on the panel)", viewer, await Browsers.SignedInAsync(portal, world.ViewerSubject), world.Values) { Output = output }, ""),
            (new("applicant charity editor", applicant, await Browsers.SignedInAsync(portal, $"charity-{s}"), world.Values) { Output = output }, ""),
            (new("the other applicant", otherApplicant, await Browsers.SignedInAsync(portal, $"charity-b-{s}"), world.Values) { Output = output }, ""),
            (new("anonymous", portal.CreateClient(), portal.CreateClient(), world.Values) { Output = output }, ""),
        ];
        var swept = await Task.WhenAll(callers.Select(c => c.Caller.SweepAsync(routes)));
        foreach (var ((caller, self), answers) in callers.Zip(swept))
        {
            Sweep.AssertNoneShow(answers, [.. MarksOf(x => x.Panellist != self), .. ScoresTogether]);
            // Each panellist reads their own sheet back; funder staff see only "n of m scored" (3 of 3 on the second).
            Sweep.AssertAllShown(answers, self == "" ? [] : CommentsOf(x => x.Panellist == self), caller.Name);
            if (caller.Api == world.FunderEditor)
                Sweep.AssertAllShown(answers, ["\"scoredBy\":3,\"eligibleScorers\":3", "3 of 3 scored"], caller.Name);
        }
        foreach (var reader in new[] { a, b, c, world.FunderEditor, viewer })
        {
            await (await reader.GetAsync($"{round}/results")).AssertProblemAsync(HttpStatusCode.Conflict);
            await (await reader.GetAsync($"{round}/applications/{world.ApplicationIds[1]}/scores")).AssertProblemAsync(HttpStatusCode.Conflict);
        }

        // B's lost link replaced, B joins again by the web page and stays signed in by the panel cookie.
        var replacement = await world.FunderEditor.InviteAsync(world.RoundId, $$"""{"replacesPanellistId":"{{bId}}"}""");
        var bBrowser = new Caller("panellist B (panel cookie)", b, await Browsers.JoinedPanelAsync(portal, replacement), world.Values) { Output = output };
        var bPages = await bBrowser.SweepWebAsync(routes);
        Sweep.AssertNoneShow(bPages, [.. MarksOf(x => x.Panellist != "B"), .. ScoresTogether]);
        Sweep.AssertAllShown(bPages, ["You have scored <strong>2 of 2</strong>"], bBrowser.Name);

        // Once scoring ends the panel sees every sheet, so the sweep above could have seen them.
        await world.FunderEditor.MoveToAsync(world.RoundId, "Deliberation");
        var note = await a.PostAsync($"{round}/applications/{world.ApplicationIds[0]}/notes", Http.Json($$"""{"text":"A-note-{{s}}"}"""));
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        var byA = await callers[0].Caller.SweepAsync(routes);
        Sweep.AssertAllShown(byA, [.. CommentsOf(x => x.Panellist != "A"), "\"scorers\":3"], "panellist A in Deliberation");
        Sweep.AssertAllShown(await callers[3].Caller.SweepAsync(routes), [.. CommentsOf(_ => true), $"A-note-{s}"], "the funder editor in Deliberation");
        Sweep.AssertAllShown(await bBrowser.SweepWebAsync(routes), ["scores together"], "panellist B's browser in Deliberation");
        var byC = await callers[2].Caller.SweepAsync(routes);
        Sweep.AssertNoneShow(byC, [.. MarksOf(x => x.Application == 0), $"A-note-{s}"]);
        Sweep.AssertAllShown(byC, CommentsOf(x => x.Application == 1), "panellist C in Deliberation");
        foreach (var (caller, _) in callers[5..])
            Sweep.AssertNoneShow(await caller.SweepAsync(routes), [.. MarksOf(_ => true), $"A-note-{s}"]);
    }
}
