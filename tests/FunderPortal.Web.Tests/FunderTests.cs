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
        // The line by its description: its gap depends on what the demo's grant has committed to it by now.
        var line = await page.GetByLabel("Line").Locator("option", new() { HasTextString = "Paying peer facilitators" }).GetAttributeAsync("value");
        await page.GetByLabel("Line").SelectOptionAsync(line!);
        await page.GetByLabel("Amount, in pounds").FillAsync("1,250.50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Offer the pledge" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your pledge of £1,250.50 is offered");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new System.Text.RegularExpressions.Regex("Paying peer facilitators") }))
            .ToContainTextAsync("£1,250.50 offered");

        // The charity sees the offer, by the funder's name, and who read its journey.
        var charity = await Visit.SignedInAsync(fixture, "demo-charity");
        await Visit.GoAsync(charity, fixture.Portal.BaseAddress, "charities/GB-CHC-9000002/plan", "charity-plan-with-pledge");
        await Assertions.Expect(charity.GetByText("Pledge from Northern Lights Community Trust (GB-CHC-9000001): £1,250.50 (offered)")).ToBeVisibleAsync();
        await Visit.GoAsync(charity, fixture.Portal.BaseAddress, "charities/GB-CHC-9000002/sharing", "charity-access-log");
        await Assertions.Expect(charity.GetByRole(AriaRole.Table).First).ToContainTextAsync("demo-funder");
    }

    [Fact]
    public async Task TheFunderSearchesThePortfolioByKeyboardAndDownloadsWhatItShows()
    {
        var page = await Visit.SignedInAsync(fixture, "demo-funder");
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, "funders/GB-CHC-9000001/portfolio", "funder-portfolio-search");
        var portfolio = page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("shared journey") });

        // A search by part of a name, sent with the Enter key, keeps the filters' form usable without a pointer.
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Charity name or org-id" }).FillAsync("riverSIDE");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Charity name or org-id" }).PressAsync("Enter");
        await Assertions.Expect(portfolio).Not.ToContainTextAsync("Hope Street Peer Support");
        await Assertions.Expect(portfolio).ToContainTextAsync("Riverside Carers Network");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("search=riverSIDE"));
        await Visit.CheckAsync(page, "funder-portfolio-searched");

        // The CSV carries the search: only what the page shows, as a file a spreadsheet opens (UTF-8 with a byte order mark).
        var csv = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download CSV file of the portfolio as filtered" }).ClickAsync());
        Assert.Matches(@"^portfolio-GB-CHC-9000001-\d{4}-\d{2}-\d{2}\.csv$", csv.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await csv.PathAsync());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("Charity,Org-id,", text, StringComparison.Ordinal);
        Assert.Contains("Riverside Carers Network", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hope Street Peer Support", text, StringComparison.Ordinal);

        // The grants page offers its own export, as a workbook.
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, "funders/GB-CHC-9000001/grants", "funder-grants-export");
        var xlsx = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download spreadsheet (XLSX) of your grants" }).ClickAsync());
        Assert.EndsWith(".xlsx", xlsx.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync(await xlsx.PathAsync()))[..2]);

        // A plan the charity shares, and the round's panel payments: the same menu, read by the funder's cookie.
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, "charities/GB-CHC-9000002/plan", "funder-plan-export");
        var plan = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download CSV file of the plan's lines" }).ClickAsync());
        Assert.Contains("Paying peer facilitators", await File.ReadAllTextAsync(await plan.PathAsync()), StringComparison.Ordinal);
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, "rounds/de300000000000000000000000000001/payments", "funder-payments-export");
        var payments = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download CSV file of what each panellist is owed" }).ClickAsync());
        Assert.StartsWith("Panellist,Panellist id,Paid as,Minutes,", await File.ReadAllTextAsync(await payments.PathAsync()), StringComparison.Ordinal);
    }
}
