using System.Globalization;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class FunderGrantsTests(BrowserFixture fixture)
{
    private const string Funder = "GB-CHC-9000001";

    [Fact]
    public async Task TheFunderRecordsAGrantAndSeesItListed()
    {
        var page = await Visit.SignedInAsync(fixture, "demo-funder");
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"funders/{Funder}", "funder-portfolio-nav");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Northern Lights Community Trust" }).GetByRole(AriaRole.Link, new() { Name = "Grants" }).ClickAsync();
        await Visit.CheckAsync(page, "funder-grants");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Peer facilitation, year one");

        // Pounds that are not an amount are refused beside the field, and nothing is recorded.
        await page.GetByLabel("The charity's org-id").FillAsync("GB-SC-SC900003");
        await page.GetByLabel("Title").FillAsync("Respite so carers can plan with us");
        await page.GetByLabel("What it pays for").FillAsync("Respite care during four planning workshops.");
        await page.GetByLabel("Amount, in pounds").FillAsync("twelve hundred");
        await page.GetByLabel("Kind of grant").SelectOptionAsync("Development");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GetByLabel("Awarded on").FillAsync(today);
        await page.GetByLabel("Starts on").FillAsync(today);
        await page.GetByLabel("Ends on").FillAsync(DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the grant" }).ClickAsync();
        await Assertions.Expect(page.Locator("#grant-amountPence-error")).ToContainTextAsync("Write an amount in pounds");
        await Assertions.Expect(page.GetByLabel("Amount, in pounds")).ToHaveAttributeAsync("aria-describedby", "grant-amountPence-error");
        await Assertions.Expect(page.GetByLabel("Amount, in pounds")).ToHaveAttributeAsync("aria-invalid", "true");
        await Visit.CheckAsync(page, "funder-grant-error");

        await page.GetByLabel("Amount, in pounds").FillAsync("1,200.50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the grant" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the grant of £1,200.50 to Riverside Carers Network is recorded");
        var row = page.GetByRole(AriaRole.Row, new() { NameRegex = new System.Text.RegularExpressions.Regex("Respite so carers can plan with us") });
        await Assertions.Expect(row).ToContainTextAsync("£1,200.50");
        await Assertions.Expect(row).ToContainTextAsync("Development (funding the journey)");
        await Visit.CheckAsync(page, "funder-grant-recorded");
    }

    [Fact]
    public async Task TheFunderGivesFeedbackWithTheKeyboardAloneAndSeesWhereTheFocusIs()
    {
        var page = await Visit.SignedInAsync(fixture, "demo-funder");
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"funders/{Funder}/feedback", "funder-feedback");

        // Tab from the top of the page to the first field of the form; every stop shows a focus ring.
        await TabUntilAsync(page, "feedback-charityOrgId");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await ExpectFocusAsync(page, "feedback-kind");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await ExpectFocusAsync(page, "feedback-text");
        await page.Keyboard.TypeAsync("Your map is the report: thank you for being honest about the barriers.");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send" })).ToBeFocusedAsync();
        await ExpectVisibleFocusAsync(page);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your words to Hope Street Peer Support are sent");
        var row = page.GetByRole(AriaRole.Row, new() { NameRegex = new System.Text.RegularExpressions.Regex("thank you for being honest") });
        await Assertions.Expect(row).ToContainTextAsync("An offer of support");
        await Assertions.Expect(row).ToContainTextAsync("Hope Street Peer Support");
        await Visit.CheckAsync(page, "funder-feedback-sent");
    }

    private static async Task TabUntilAsync(IPage page, string id)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            await ExpectVisibleFocusAsync(page);
            if (await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''") == id)
                return;
        }
        Assert.Fail($"Tab never reached #{id}.");
    }

    private static async Task ExpectFocusAsync(IPage page, string id)
    {
        Assert.Equal(id, await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''"));
        await ExpectVisibleFocusAsync(page);
    }

    private static Task ExpectVisibleFocusAsync(IPage page) => Keys.ExpectVisibleFocusAsync(page);
}
