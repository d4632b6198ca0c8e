using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// The grant report on the web: the funder opens it from its grants, reads the journey over the grant's period, changes
/// the dates, acknowledges it with the keyboard, and the charity sees the acknowledgement on its own copy; it prints
/// without navigation or buttons. Then the funder's insights across its portfolio.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GrantReportTests(BrowserFixture fixture)
{
    private const string Funder = "GB-CHC-9000001";
    private const string HopeStreet = "GB-CHC-9000002";

    [Fact]
    public async Task TheFunderOpensTheGrantReportAcknowledgesItAndTheCharitySeesIt()
    {
        var page = await Visit.SignedInAsync(fixture, "demo-funder");
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"funders/{Funder}/grants", "funder-grants-with-reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "Read the report on Peer facilitation, year one" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Report: Peer facilitation, year one", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("dl.report-progress")).ToContainTextAsync("Evidence added");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "items added, with each participant's answer", Exact = false }))
            .ToContainTextAsync("Six facilitators trained and paid");
        await Assertions.Expect(page.GetByText("“Being paid the same as staff made me feel valued.”")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Lived-experience leadership", Exact = false })).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "funder-grant-report");

        // Dates the wrong way round are told beside the field; the report for the grant's own period stays.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await page.GetByLabel("From", new() { Exact = true }).FillAsync(ApiSetup.Day(today));
        await page.GetByLabel("To", new() { Exact = true }).FillAsync(ApiSetup.Day(today.AddDays(-1)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the report for these dates" }).ClickAsync();
        await Assertions.Expect(page.Locator("#period-from-error")).ToContainTextAsync("Must not be after 'to'.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What changed" })).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "funder-grant-report-bad-dates");

        // Acknowledged with the keyboard alone.
        var note = $"Thank you: the map is the report. ({Guid.NewGuid():n})";
        await page.GetByLabel("Your note to Hope Street Peer Support").FocusAsync();
        await page.Keyboard.TypeAsync(note);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge the report" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your acknowledgement is sent to Hope Street Peer Support");
        await Assertions.Expect(page.GetByText($"“{note}”")).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "funder-grant-report-acknowledged");

        // It prints without navigation, forms or buttons.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Portal" })).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("nav.sub-nav")).ToBeHiddenAsync();
        Assert.Equal(0, await page.Locator("main button:visible, main form:visible").CountAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What changed" })).ToBeVisibleAsync();
        Assert.True((await page.PdfAsync(new PagePdfOptions { Format = "A4" })).Length > 1000);

        // The acknowledgement is in the charity's inbox; from it the charity opens the same report, the note beside it.
        var charity = await Visit.SignedInAsync(fixture, "demo-charity");
        await Visit.GoAsync(charity, fixture.Portal.BaseAddress, $"charities/{HopeStreet}/inbox", "charity-inbox-report-acknowledged");
        var item = charity.Locator("li.card", new() { HasText = note[..40] });
        await Assertions.Expect(item).ToContainTextAsync("Report on Peer facilitation, year one acknowledged");
        await item.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^See the report") }).ClickAsync();
        await Assertions.Expect(charity).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/charities/{HopeStreet}/grants/{Funder}/1/report$"));
        await Visit.CheckAsync(charity, "charity-grant-report");
        await Assertions.Expect(charity.GetByRole(AriaRole.Heading, new() { Name = "Report to Northern Lights Community Trust: Peer facilitation, year one" })).ToBeVisibleAsync();
        await Assertions.Expect(charity.GetByText($"“{note}”")).ToBeVisibleAsync();
        await Assertions.Expect(charity.GetByText("This is what Northern Lights Community Trust sees")).ToBeVisibleAsync();
        Assert.Equal(0, await charity.Locator("main form[method='post' i]").CountAsync());

        // The funder's member cannot open the charity's own copy; they are sent to what is shared with them.
        var refused = await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"charities/{HopeStreet}/grants/{Funder}/1/report").ToString());
        Assert.Equal(403, refused!.Status);
    }

    [Fact]
    public async Task TheFunderSeesInsightsAcrossItsPortfolioAsAPictureAndATable()
    {
        var world = await InsightsWorld.CreateAsync(fixture.Portal.BaseAddress);
        var page = await Visit.SignedInAsync(fixture, world.FunderEditor);
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"funders/{world.FunderOrgId}", "insights-funder-portfolio");
        await page.GetByRole(AriaRole.Navigation, new() { Name = world.FunderName }).GetByRole(AriaRole.Link, new() { Name = "Insights" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Insights across your portfolio" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("2 charities share with you")).ToBeVisibleAsync();
        var picture = page.GetByRole(AriaRole.Img, new() { Name = "Lived-experience leadership across your charities", Exact = false });
        await Assertions.Expect(picture).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#leadership-chart-desc")).ToContainTextAsync("your charities 65% (2 reporting), national 67%, regional 60%");
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Leadership indicators beside the benchmarks" });
        var chair = table.GetByRole(AriaRole.Row, new() { NameRegex = new System.Text.RegularExpressions.Regex("^The chair has a disability") });
        await Assertions.Expect(chair).ToContainTextAsync("50%");
        await Assertions.Expect(chair).ToContainTextAsync("9.5%");
        await Assertions.Expect(chair).ToContainTextAsync("under 3%");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Charities reaching each group" })
            .GetByRole(AriaRole.Row, new() { NameRegex = new System.Text.RegularExpressions.Regex("^People who are homeless") })).ToContainTextAsync("2");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Charities facing each kind of barrier now" })).ToContainTextAsync("Accessibility");
        await Visit.CheckAsync(page, "funder-insights");
    }


    /// <summary>A funder and two charities sharing their journeys with it, with leadership and people reached, made through the API.</summary>
    private sealed record InsightsWorld(string FunderOrgId, string FunderName, string FunderEditor)
    {
        private static readonly string[] Homeless = ["Homeless"];
        private static readonly string[] JourneyOnly = ["Journey"];

        public static async Task<InsightsWorld> CreateAsync(Uri portal)
        {
            var id = Guid.NewGuid().ToString("n")[..10];
            var number = Random.Shared.Next(100000, 999999);
            var world = new InsightsWorld($"GB-CHC-4{number}", $"Insight Trust {id}", $"insights-funder-{id}");
            using (var funder = await ApiSetup.ClientAsync(portal, world.FunderEditor))
                await ApiSetup.SendAsync(funder.PostAsJsonAsync("api/v1/funders", new { orgId = world.FunderOrgId, name = world.FunderName }));
            var charities = new[] { ($"GB-CHC-3{number}", 60, true), ($"GB-CHC-2{number}", 70, false) };
            foreach (var (orgId, volunteers, chair) in charities)
            {
                using var owner = await ApiSetup.ClientAsync(portal, $"insights-owner-{id}");
                await ApiSetup.SendAsync(owner.PostAsJsonAsync("api/v1/charities", new { orgId, name = $"Insight Charity {orgId}", sizeBand = "Small" }));
                var ws = (await ApiSetup.SendAsync(owner.PostAsJsonAsync($"api/v1/charities/{orgId}/workstreams", new { title = "Peer support" }))).GetProperty("id").GetString();
                await ApiSetup.SendAsync(owner.PutAsJsonAsync($"api/v1/charities/{orgId}/workstreams/{ws}/participants", new { count = 5, seldomHeardGroupsReached = Homeless }));
                await ApiSetup.SendAsync(owner.PostAsJsonAsync($"api/v1/charities/{orgId}/workstreams/{ws}/barriers", new { kind = "Accessibility", description = "No step-free room" }));
                await ApiSetup.SendAsync(owner.PutAsJsonAsync($"api/v1/charities/{orgId}/leadership", new { volunteersWhoAreOrWereServiceUsers = volunteers, chairHasDisability = chair }));
                await ApiSetup.SendAsync(owner.PostAsJsonAsync($"api/v1/charities/{orgId}/shares", new { funderOrgId = world.FunderOrgId, scope = JourneyOnly }));
            }
            await InsightsHoldAsync(portal, world, charities.Length);
            return world;
        }

        /// <summary>Charities tell the funder's portfolio without waiting: wait until both have.</summary>
        private static async Task InsightsHoldAsync(Uri portal, InsightsWorld world, int charities)
        {
            using var http = await ApiSetup.ClientAsync(portal, world.FunderEditor);
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var insights = await ApiSetup.SendAsync(http.GetAsync($"api/v1/funders/{world.FunderOrgId}/portfolio/insights"));
                if (insights.GetProperty("leadership").GetProperty("ChairHasDisability").GetProperty("reporting").GetInt32() == charities)
                    return;
                await Task.Delay(100);
            }
            throw new TimeoutException("The charities never reached the funder's insights.");
        }


    }
}
