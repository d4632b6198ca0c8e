using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PanelTests(BrowserFixture fixture)
{
    private const string RoundId = "de300000000000000000000000000001";

    [Fact]
    public async Task APanellistDeclaresAConflictAndScores()
    {
        var page = await Visit.SignedInAsync(fixture, "demo-panellist");
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"rounds/{RoundId}", "panel-round");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You have scored 0 of 2 applications");
        await Assertions.Expect(page.GetByText("14 days left")).ToBeVisibleAsync(); // the panel sees its deadline
        await Assertions.Expect(page.GetByText("3: Mostly").First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Application 1: Hope Street Peer Support" }).ClickAsync();
        await Visit.CheckAsync(page, "panel-application");
        await page.GetByLabel("Yes, I have a conflict of interest").CheckAsync();
        await page.GetByLabel("If yes, what it is").FillAsync("I volunteer at one of their groups.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my answer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your conflict of interest is recorded");
        await Assertions.Expect(page.GetByText("You declared a conflict, so you do not score this application.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the round" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Application 2: Riverside Carers Network" }).ClickAsync();
        await page.GetByLabel("No, I have no conflict of interest").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my answer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("you have no conflict of interest");

        // Leaving a criterion unscored is refused, beside that criterion.
        var lead = page.GetByRole(AriaRole.Group, new() { Name = "People with lived experience lead this work." });
        var money = page.GetByRole(AriaRole.Group, new() { Name = "The money pays for people's time, support and access." });
        await lead.GetByLabel("3: Mostly").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my scores" }).ClickAsync();
        await Assertions.Expect(page.Locator("[id$='-error']").First).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "panel-scores-error");
        await page.GetByRole(AriaRole.Group, new() { Name = "People with lived experience lead this work." }).GetByLabel("3: Mostly").CheckAsync();
        await money.GetByLabel("4: Completely").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my scores" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your scores are saved");
        await Visit.CheckAsync(page, "panel-scored");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the round" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You have scored 1 of 1 applications (and declared a conflict on 1)");

        // Once the funder ends scoring, the panel sees the scores together, with disagreement flagged.
        var funder = await Visit.SignedInAsync(fixture, "demo-funder");
        await Visit.GoAsync(funder, fixture.Portal.BaseAddress, $"rounds/{RoundId}", "funder-round");
        await funder.GetByRole(AriaRole.Button, new() { Name = "Move on to: Discussing the scores" }).ClickAsync();
        await Assertions.Expect(funder.GetByRole(AriaRole.Status)).ToContainTextAsync("the round is now: discussing the scores");
        await Visit.CheckAsync(funder, "funder-round-results");

        await page.ReloadAsync();
        await Visit.CheckAsync(page, "panel-results");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "How far apart the panel's scores are, per application" })).ToBeVisibleAsync();
        var results = page.GetByRole(AriaRole.Table, new() { Name = "Results, by rank" });
        await Assertions.Expect(results.GetByRole(AriaRole.Row, new() { NameRegex = new System.Text.RegularExpressions.Regex("Application 1") }))
            .ToContainTextAsync("You declared a conflict");
        await Assertions.Expect(results.GetByRole(AriaRole.Row, new() { NameRegex = new System.Text.RegularExpressions.Regex("Application 2") }))
            .ToContainTextAsync("Yes: discuss");
    }
}
