using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class FunderTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TheFunderSeesThePortfolioAndPledges()
    {
        var page = await Visit.SignedInAsync(fixture, "demo-funder");
        await Visit.CheckAsync(page, "funder-home");
        await page.GetByRole(AriaRole.Link, new() { Name = "Northern Lights Community Trust" }).ClickAsync();
        await Visit.CheckAsync(page, "funder-portfolio");
        var portfolio = page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("shared journey") });
        await Assertions.Expect(portfolio).ToContainTextAsync("Hope Street Peer Support");
        await Assertions.Expect(portfolio).ToContainTextAsync("Riverside Carers Network");

        // Filter by a barrier only Riverside faces, then sort by the largest gap.
        await page.GetByLabel("Facing the barrier").SelectOptionAsync("LackOfEngagement");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(portfolio).Not.ToContainTextAsync("Hope Street Peer Support");
        await Assertions.Expect(portfolio).ToContainTextAsync("Riverside Carers Network");
        await page.GetByLabel("Facing the barrier").SelectOptionAsync("");
        await page.GetByLabel("Order by").SelectOptionAsync("PlanGap");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(portfolio.Locator("tbody tr").First).ToContainTextAsync("Hope Street Peer Support");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download your grants as 360Giving open data (JSON)" })).ToBeVisibleAsync();

        await portfolio.GetByRole(AriaRole.Link, new() { Name = "Hope Street Peer Support" }).ClickAsync();
        await Visit.CheckAsync(page, "funder-shared-journey");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Progress since your first grant" })).ToBeVisibleAsync();
        // The demo's grant names this line, so its money is committed there: the line has no gap, and a pledge may still be offered.
        await page.GetByLabel("Line").SelectOptionAsync(new SelectOptionValue { Label = "Paying peer facilitators (gap £0)" });
        await page.GetByLabel("Amount, in pounds").FillAsync("1,250.50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Offer the pledge" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your pledge of £1,250.50 is offered");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new System.Text.RegularExpressions.Regex("Paying peer facilitators") }))
            .ToContainTextAsync("£1,250.50 offered");

        // The charity sees the offer, by the funder's name, and who read its journey.
        var charity = await Visit.SignedInAsync(fixture, "demo-charity");
        await Visit.GoAsync(charity, fixture.Portal.BaseAddress, "charities/GB-CHC-9000002/plan", "charity-plan-with-pledge");
        await Assertions.Expect(charity.GetByText("Pledge from Northern Lights Community Trust: £1,250.50 (offered)")).ToBeVisibleAsync();
        await Visit.GoAsync(charity, fixture.Portal.BaseAddress, "charities/GB-CHC-9000002/sharing", "charity-access-log");
        await Assertions.Expect(charity.GetByRole(AriaRole.Table).First).ToContainTextAsync("demo-funder");
    }
}
