using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// A grants officer runs a participatory round in the browser: sets it up (with mistakes refused beside their fields),
/// changes it while a draft, sees the conflicts the panel declared, records panellists' time and what they are owed,
/// and reads the results ranked by mean or by normalised score; a panellist in a top-pick round orders their picks.
/// Each round is the test's own; what the panel and applicants do elsewhere is done through the API.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RoundRunningTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TheOfficerSetsUpARoundSeesConflictsRecordsPanelTimeAndRanksTheResults()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var officer = $"round-officer-{id}";
        var funderOrgId = ApiSetup.NewOrgId(7);
        using var api = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, officer);
        await api.PostAsync("api/v1/funders", new { orgId = funderOrgId, name = $"Round Trust {id}" });
        await api.PostAsync($"api/v1/funders/{funderOrgId}/programmes", new { title = $"Carers' voices {id}" });
        var page = await Visit.SignedInAsync(fixture, officer);

        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"funders/{funderOrgId}/rounds", "funder-rounds-none");
        await Assertions.Expect(page.GetByText("No rounds yet.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up a new round" }).ClickAsync();
        await Visit.CheckAsync(page, "round-setup-new");

        // An award larger than the budget, and anchors that do not match the scale: each refused beside its field.
        var today = ApiSetup.Today;
        await page.GetByLabel("Title").FillAsync($"Carers lead {id}");
        await page.GetByLabel("Programme (optional)").SelectOptionAsync(new SelectOptionValue { Label = $"Carers' voices {id}" });
        await page.GetByLabel("Budget for the whole round, in pounds").FillAsync("20,000");
        await page.GetByLabel("Smallest award, in pounds").FillAsync("1,000");
        await page.GetByLabel("Largest award, in pounds").FillAsync("25,000");
        await page.GetByLabel("Applications open").FillAsync(ApiSetup.Day(today));
        await page.GetByLabel("Applications close").FillAsync(ApiSetup.Day(today.AddDays(14)));
        await page.GetByLabel("Scoring ends").FillAsync(ApiSetup.Day(today.AddDays(28)));
        await page.GetByLabel("Decisions by").FillAsync(ApiSetup.Day(today.AddDays(42)));
        await page.GetByRole(AriaRole.Group, new() { Name = "Question 1" }).GetByLabel("The question").FillAsync("Are carers on your board?");
        var first = page.GetByRole(AriaRole.Group, new() { Name = "Criterion 1" });
        await first.GetByLabel("What the panel looks for").FillAsync("Carers lead the work.");
        await first.GetByLabel("How much it counts").FillAsync("2");
        var second = page.GetByRole(AriaRole.Group, new() { Name = "Criterion 2" });
        await second.GetByLabel("What the panel looks for").FillAsync("The money pays for carers' time.");
        await second.GetByLabel("What each point means").FillAsync("Not at all\nA little");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the round" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#round-maxAwardPence-error")).ToContainTextAsync("budgetPence");
        await Assertions.Expect(page.GetByLabel("Largest award, in pounds")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#round-criteria-1-anchors-error")).ToContainTextAsync("One anchor for each point");
        await Visit.CheckAsync(page, "round-setup-errors");

        await page.GetByLabel("Largest award, in pounds").FillAsync("5,000");
        await page.GetByRole(AriaRole.Group, new() { Name = "Criterion 2" }).GetByLabel("What each point means").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the round" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"the round Carers lead {id} is created, as a draft");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Carers lead {id}", Level = 1 })).ToBeVisibleAsync();
        var roundId = new Uri(page.Url).AbsolutePath.Split('/')[2];

        // Changed while a draft: the form comes filled with the round as it is.
        await page.GetByRole(AriaRole.Navigation, new() { Name = $"Carers lead {id}" }).GetByRole(AriaRole.Link, new() { Name = "Setup" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Criterion 1" }).GetByLabel("How much it counts")).ToHaveValueAsync("2");
        await Assertions.Expect(page.GetByLabel("Largest award, in pounds")).ToHaveValueAsync("5000");
        await Visit.CheckAsync(page, "round-setup-change");
        await page.GetByLabel("Title").FillAsync($"Carers lead the way {id}");
        await page.GetByLabel("What panellists are paid an hour, in pounds (optional)").FillAsync("25");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the setup" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the round's setup is saved");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Carers lead the way {id}", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText($"Timetable: applications open {today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)};")).ToBeVisibleAsync();

        // The panel and two applicants, through the API; one panellist knows the first applicant.
        var (ann, bob) = ($"panel-ann-{id}", $"panel-bob-{id}");
        foreach (var person in new[] { ann, bob })
        {
            var url = (await api.PostAsync($"api/v1/rounds/{roundId}/invitations", new { })).GetProperty("url").GetString()!;
            using var panellist = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, person);
            await panellist.PostAsync($"api/v1/panel-invitations/{url[(url.LastIndexOf('/') + 1)..]}/accept", new { });
        }
        await api.PostAsync($"api/v1/rounds/{roundId}/phase", new { phase = "Open" });
        List<string> applications = [];
        foreach (var (n, name) in new[] { (1, "Hazel Carers"), (2, "Rowan Young Carers") })
        {
            var charityOrgId = ApiSetup.NewOrgId(6);
            using var charity = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, $"round-applicant-{n}-{id}");
            await charity.CharityAsync(charityOrgId, $"{name} {id}");
            var application = await charity.PostAsync($"api/v1/rounds/{roundId}/applications",
                new { charityOrgId, amountRequestedPence = 300_000 + n * 50_000, summary = "Carers plan the respite rota.", eligibilityAnswers = new Dictionary<string, bool> { ["q1"] = true } });
            applications.Add(application.GetProperty("id").GetString()!);
        }
        await api.PostAsync($"api/v1/rounds/{roundId}/phase", new { phase = "Scoring" });
        using (var annApi = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, ann))
        {
            await annApi.PutAsync($"api/v1/rounds/{roundId}/applications/{applications[0]}/conflict", new { declaration = "Declared", details = "My sister volunteers there." });
            await annApi.PutAsync($"api/v1/rounds/{roundId}/applications/{applications[1]}/scores/mine", new { scores = new Dictionary<string, int> { ["c1"] = 2, ["c2"] = 2 } });
        }
        using (var bobApi = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, bob))
        {
            await bobApi.PutAsync($"api/v1/rounds/{roundId}/applications/{applications[0]}/scores/mine", new { scores = new Dictionary<string, int> { ["c1"] = 4, ["c2"] = 3 } });
            await bobApi.PutAsync($"api/v1/rounds/{roundId}/applications/{applications[1]}/scores/mine", new { scores = new Dictionary<string, int> { ["c1"] = 4, ["c2"] = 4 }, comment = "Carers really lead this." });
        }

        // The officer sees the conflict, in the panellist's own words.
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = $"Carers lead the way {id}" });
        await nav.GetByRole(AriaRole.Link, new() { Name = "Conflicts" }).ClickAsync();
        await Visit.CheckAsync(page, "round-conflicts");
        var conflicts = page.GetByRole(AriaRole.Table, new() { Name = "1 conflict declared" });
        await Assertions.Expect(conflicts).ToContainTextAsync($"Hazel Carers {id}");
        await Assertions.Expect(conflicts).ToContainTextAsync("My sister volunteers there.");

        // Time recorded for a panellist is valued at the round's rate: 90 minutes at £25 an hour.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Panel time and payments" }).ClickAsync();
        await page.GetByLabel("How long, in minutes").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the time" }).ClickAsync();
        await Assertions.Expect(page.Locator("#time-minutes-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("How long, in minutes")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.GetByLabel("What they did").SelectOptionAsync(new SelectOptionValue { Label = "Panel meeting" });
        await page.GetByLabel("How long, in minutes").FillAsync("90");
        await page.GetByLabel("On", new() { Exact = true }).FillAsync(ApiSetup.Day(today));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the time" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("90 minutes are recorded");
        var owed = page.GetByRole(AriaRole.Table, new() { Name = "What each panellist is owed" });
        await Assertions.Expect(owed.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^All the panel") })).ToContainTextAsync("£37.50");
        await Visit.CheckAsync(page, "round-payments");

        // Results: by mean as set up, then by normalised score; each panellist's sheet on the application.
        await nav.GetByRole(AriaRole.Link, new() { Name = "The round" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Move on to: Discussing the scores" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Ranked by the mean of the panel's scores.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Rank by normalised scores") }).ClickAsync();
        await Assertions.Expect(page.GetByText("Ranked by normalised scores")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Results, by rank" }).GetByRole(AriaRole.Columnheader, new() { Name = "Normalised" })).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "round-results-normalised");
        await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"rounds/{roundId}/applications/{applications[1]}").ToString());
        var sheets = page.GetByRole(AriaRole.Table, new() { Name = "2 score sheets for this application" });
        await Assertions.Expect(sheets).ToContainTextAsync("Carers really lead this.");
        await Visit.CheckAsync(page, "round-application-sheets");
    }

    [Fact]
    public async Task APanellistOrdersTheirTopPicksAndTheResultsCountThePoints()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var officer = $"pick-officer-{id}";
        var panellist = $"pick-panellist-{id}";
        var funderOrgId = ApiSetup.NewOrgId(7);
        using var api = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, officer);
        await api.PostAsync("api/v1/funders", new { orgId = funderOrgId, name = $"Pick Trust {id}" });
        var round = await api.PostAsync($"api/v1/funders/{funderOrgId}/rounds", new
        {
            title = $"Top picks {id}",
            budgetPence = 1_000_000,
            minAwardPence = 100_000,
            maxAwardPence = 500_000,
            criteria = new[] { new { wording = "People with lived experience lead." } },
            judgingMode = "TopPick",
            topPickCount = 2,
        });
        var roundId = round.GetProperty("id").GetString()!;
        var url = (await api.PostAsync($"api/v1/rounds/{roundId}/invitations", new { })).GetProperty("url").GetString()!;
        using (var person = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, panellist))
            await person.PostAsync($"api/v1/panel-invitations/{url[(url.LastIndexOf('/') + 1)..]}/accept", new { });
        await api.PostAsync($"api/v1/rounds/{roundId}/phase", new { phase = "Open" });
        foreach (var name in new[] { "Alder", "Birch", "Cedar" })
        {
            var charityOrgId = ApiSetup.NewOrgId(6);
            using var charity = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, $"pick-{name}-{id}");
            await charity.CharityAsync(charityOrgId, $"{name} Voices {id}");
            await charity.PostAsync($"api/v1/rounds/{roundId}/applications", new { charityOrgId, amountRequestedPence = 200_000, summary = "Peer support." });
        }
        await api.PostAsync($"api/v1/rounds/{roundId}/phase", new { phase = "Scoring" });

        var page = await Visit.SignedInAsync(fixture, panellist);
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"rounds/{roundId}", "top-pick-round");
        await page.GetByRole(AriaRole.Navigation, new() { Name = $"Top picks {id}" }).GetByRole(AriaRole.Link, new() { Name = "Your top picks" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You have not picked yet.")).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "top-picks-empty");

        // The same place twice is refused; then Cedar first and Alder second, chosen with the keyboard.
        await page.GetByLabel(new Regex($"Place for .*Alder Voices {id}")).SelectOptionAsync("1");
        await page.GetByLabel(new Regex($"Place for .*Cedar Voices {id}")).SelectOptionAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my picks" }).ClickAsync();
        await Assertions.Expect(page.Locator("#picks-applicationIds-error")).ToContainTextAsync("Place 1 is given to 2 applications");
        await page.GetByLabel(new Regex($"Place for .*Alder Voices {id}")).FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my picks" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your picks are saved");
        var picks = page.GetByRole(AriaRole.List).Filter(new() { HasText = $"Cedar Voices {id}" });
        await Assertions.Expect(picks.GetByRole(AriaRole.Listitem)).ToHaveTextAsync([new Regex($"Cedar Voices {id}"), new Regex($"Alder Voices {id}")]);
        await Visit.CheckAsync(page, "top-picks-saved");

        await api.PostAsync($"api/v1/rounds/{roundId}/phase", new { phase = "Deliberation" });
        await page.GetByRole(AriaRole.Link, new() { Name = "The round" }).ClickAsync();
        var results = page.GetByRole(AriaRole.Table, new() { Name = "Results, by rank" });
        await Assertions.Expect(results.GetByRole(AriaRole.Columnheader, new() { Name = "Points" })).ToBeVisibleAsync();
        await Assertions.Expect(results.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync($"Cedar Voices {id}");
        await Visit.CheckAsync(page, "top-pick-results");
    }
}
