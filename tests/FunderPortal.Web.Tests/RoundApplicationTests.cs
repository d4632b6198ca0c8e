using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RoundApplicationTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ACharityEditorAppliesToAnOpenRoundFromTheWeb()
    {
        var roundId = await OpenRoundAsync();
        var page = await Visit.SignedInAsync(fixture, "demo-charity");
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"rounds/{roundId}", "applicant-round");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Apply for your charity" })).ToBeVisibleAsync();

        // Too much, and an eligibility question left unanswered: both refused beside their fields.
        await page.GetByLabel("Your charity's org-id").FillAsync("GB-SC-SC900003");
        await page.GetByLabel("How much you ask for, in pounds").FillAsync("90,000");
        await page.GetByLabel("In your own words").FillAsync("Respite care so carers can plan services with us.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#apply-amountRequestedPence-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#apply-eligibilityAnswers-q1-error")).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "applicant-round-errors");

        await page.GetByLabel("How much you ask for, in pounds").FillAsync("4,500");
        await page.GetByRole(AriaRole.Group, new() { Name = "Do you pay people with lived experience for their time?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your application is sent");
        await Assertions.Expect(page.GetByText("Asks for £4,500.")).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "applicant-application");

        var funder = await Visit.SignedInAsync(fixture, "demo-funder");
        await Visit.GoAsync(funder, fixture.Portal.BaseAddress, $"rounds/{roundId}", "funder-round-with-application");
        await Assertions.Expect(funder.GetByRole(AriaRole.Table, new() { Name = "Applications in the order they came in" }))
            .ToContainTextAsync("Riverside Carers Network");
    }

    /// <summary>A round the demo funder opens through the API (the portal has no page to set one up yet).</summary>
    private async Task<string> OpenRoundAsync()
    {
        using var http = new HttpClient { BaseAddress = fixture.Portal.BaseAddress };
        var token = await http.PostAsJsonAsync("dev/token", new { subject = "demo-funder" });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await http.PostAsJsonAsync("api/v1/funders/GB-CHC-9000001/rounds", new
        {
            title = "Small grants for carers' voice",
            budgetPence = 2_000_000,
            minAwardPence = 100_000,
            maxAwardPence = 500_000,
            timetable = new { opens = Day(today), closes = Day(today.AddDays(14)), scoringEnds = Day(today.AddDays(28)), decisionsBy = Day(today.AddDays(42)) },
            eligibilityQuestions = new[] { new { question = "Do you pay people with lived experience for their time?", requiredAnswer = true } },
            criteria = new[] { new { wording = "Carers shape the work." } },
        });
        created.EnsureSuccessStatusCode();
        var roundId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await http.PostAsJsonAsync($"api/v1/rounds/{roundId}/phase", new { phase = "Open" })).EnsureSuccessStatusCode();
        return roundId;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
