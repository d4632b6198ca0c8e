using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CharityJourneyTests(BrowserFixture fixture)
{
    private const string DemoFunder = "GB-CHC-9000001";

    [Fact]
    public async Task ACharityBuildsAJourneyAndSharesIt()
    {
        var orgId = $"GB-CHC-8{Random.Shared.Next(100000, 999999)}";
        var page = await Visit.SignedInAsync(fixture, $"staff-{Guid.NewGuid():n}");
        await Visit.CheckAsync(page, "home-signed-in");

        await page.GetByRole(AriaRole.Link, new() { Name = "Register a charity" }).ClickAsync();
        await Visit.CheckAsync(page, "charity-register");
        await page.GetByLabel("Org-id").FillAsync(orgId);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Meadow Lane Youth Forum");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the charity" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Meadow Lane Youth Forum", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the charity is registered");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a workstream" }).ClickAsync();
        await Visit.CheckAsync(page, "charity-new-workstream");
        await page.GetByLabel("Title").FillAsync("Young people on the interview panel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the workstream" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Young people on the interview panel" })).ToBeVisibleAsync();

        await page.GetByLabel("Activity").SelectOptionAsync("CoDecision");
        await page.GetByLabel("Where it is now").SelectOptionAsync("Consultation");
        await page.GetByLabel("Where we aim to be").SelectOptionAsync("CoProduction");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the rungs" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("deciding together is saved");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Deciding together" })).ToContainTextAsync("Consultation (doing for)");

        await page.GetByLabel("What will happen").FillAsync("Two young people sit on every interview panel");
        await page.GetByLabel("Planned for").FillAsync(DateTime.UtcNow.AddMonths(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the milestone" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the milestone is added");

        // A barrier without its description is refused, and the message sits with the field.
        await page.GetByLabel("Kind of barrier").SelectOptionAsync("PowerImbalance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the barrier" }).ClickAsync();
        await Assertions.Expect(page.Locator("#barrier-description-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("What gets in the way")).ToHaveAttributeAsync("aria-describedby", "barrier-description-error");
        await Assertions.Expect(page.GetByLabel("What gets in the way")).ToHaveAttributeAsync("aria-invalid", "true");
        await Visit.CheckAsync(page, "charity-workstream-with-error");
        await page.GetByLabel("What gets in the way").FillAsync("Staff make the final choice alone.");
        await page.GetByLabel("What we are doing about it").FillAsync("Young people score candidates too.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the barrier" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the barrier is recorded");

        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{orgId}", "charity-journey-map");
        await Assertions.Expect(page.GetByText("Two young people sit on every interview panel")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Staff make the final choice alone.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Sharing" }).ClickAsync();
        await Visit.CheckAsync(page, "charity-sharing");
        await page.GetByLabel("The funder's org-id").FillAsync(DemoFunder);
        await page.GetByLabel("Resourcing plan").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the funder can now see what you chose");
        var share = page.Locator("section.card", new() { HasText = DemoFunder });
        await Assertions.Expect(share).ToContainTextAsync("Journey map, Resourcing plan");
        await Assertions.Expect(share).ToContainTextAsync("Shared");
        await Visit.CheckAsync(page, "charity-shared");

        foreach (var (path, name) in new[] { ("timeline", "charity-timeline"), ("progress", "charity-progress"), ("check-in", "charity-check-in"), ("plan", "charity-plan") })
            await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{orgId}/{path}", name);
        await Assertions.Expect(page.GetByText("Total cost")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheDemoCharityShowsItsPlanAndEvidenceAsItWasOnADate()
    {
        var page = await Visit.SignedInAsync(fixture, "demo-charity");
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, "charities/GB-CHC-9000002/plan", "demo-charity-plan");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Plan funded against the gap, by category" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "By category" })).ToContainTextAsync("£5,400");

        await Visit.GoAsync(page, fixture.Portal.BaseAddress, "charities/GB-CHC-9000002/progress", "demo-charity-progress");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "The journey over time: the rung of each activity at each date" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "The journey over time, as a table" })).ToContainTextAsync("Co-production");

        await Visit.GoAsync(page, fixture.Portal.BaseAddress, "charities/GB-CHC-9000002/evidence", "demo-charity-evidence");
        await Assertions.Expect(page.GetByText("Being paid the same as staff made me feel valued.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("The morning group is only once a month")).ToBeVisibleAsync();

        // Before the charity existed there is no map to show.
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, "charities/GB-CHC-9000002?asOf=2020-01-01", "demo-charity-as-of");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("We cannot show this page");
    }

    [Fact]
    public async Task TheDemoJourneyClimbsOverAYearAndNoTwoLabelsOfItsPictureOverlap()
    {
        var page = await Visit.SignedInAsync(fixture, "demo-charity");
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, "charities/GB-CHC-9000002/progress", "demo-charity-progress-year");

        // A year of history: the rungs a year ago are lower than today's, and barriers were overcome on the way.
        var coDesign = page.GetByRole(AriaRole.Row, new() { Name = "Peer support groups: designing together" });
        await Assertions.Expect(coDesign.Locator("td").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Consultation|Engagement"));
        await Assertions.Expect(coDesign.Locator("td").Last).ToContainTextAsync("Co-design");
        await Assertions.Expect(page.GetByText("Staff chaired every meeting.")).ToBeVisibleAsync();
        // Participants who confirmed evidence in the year, counted once each, with how many were new.
        await Assertions.Expect(page.GetByText(new System.Text.RegularExpressions.Regex(@"^\d+ participants answered, \d+ of them for the first time\.$"))).ToBeVisibleAsync();

        var boxes = await page.Locator("figure svg text").EvaluateAllAsync<double[][]>(
            "texts => texts.map(t => { const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })");
        Assert.True(boxes.Length >= 10, $"only {boxes.Length} labels in the picture");
        for (var i = 0; i < boxes.Length; i++)
        {
            for (var j = i + 1; j < boxes.Length; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
                Assert.False(overlap, $"labels {i} and {j} overlap: [{string.Join(", ", a)}] and [{string.Join(", ", b)}]");
            }
        }
    }
}
