using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PanelJoinTests(BrowserFixture fixture)
{
    private const string RoundId = "de300000000000000000000000000001";

    [Fact]
    public async Task SomeoneWithoutAnAccountJoinsThePanelByLinkAndStaysSignedIn()
    {
        var funder = await Visit.SignedInAsync(fixture, "demo-funder");
        await Visit.GoAsync(funder, fixture.Portal.BaseAddress, $"rounds/{RoundId}", "funder-round-controls");
        await funder.GetByRole(AriaRole.Button, new() { Name = "Make a panel invitation link" }).ClickAsync();
        var url = await funder.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("join") }).GetAttributeAsync("href")
            ?? throw new InvalidOperationException("No invitation link was shown.");

        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await Visit.CheckAsync(page, "panel-join");
        await page.GetByLabel("Times that suit you for meetings").FillAsync("Weekday mornings");
        await page.GetByRole(AriaRole.Button, new() { Name = "Join the panel" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("you are on the panel, as Panellist");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lived experience leadership fund", Level = 1 })).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "panel-joined");

        // The cookie keeps them signed in to their round, and only as "a panellist".
        await page.GotoAsync(fixture.Portal.BaseAddress.ToString());
        await Assertions.Expect(page.GetByText("Signed in as a panellist")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to the round you are on the panel of" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What we score" })).ToBeVisibleAsync();

        // The link worked once.
        var again = await (await fixture.Browser.NewContextAsync()).NewPageAsync();
        await again.GotoAsync(url);
        await again.GetByRole(AriaRole.Button, new() { Name = "Join the panel" }).ClickAsync();
        await Assertions.Expect(again.GetByRole(AriaRole.Alert)).ToContainTextAsync("already been used");
    }
}
