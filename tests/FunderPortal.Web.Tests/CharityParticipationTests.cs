using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// A charity worker records in the browser who takes part in each workstream (seldom-heard groups reached, roles), the
/// practices it uses, its leadership indicators beside the national benchmarks, and changes a workstream; then reads it
/// all back in the audit trail, with a funder's read of the map named by the funder's name. A charity of the test's own.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CharityParticipationTests(BrowserFixture fixture)
{
    private static readonly string[] JourneyOnly = ["Journey"];

    [Fact]
    public async Task TheCharityRecordsWhoTakesPartItsPracticesAndLeadershipAndSeesThemInTheAuditTrail()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var worker = $"worker-{id}";
        var reader = $"funder-reader-{id}";
        var (charityOrgId, funderOrgId) = (ApiSetup.NewOrgId(6), ApiSetup.NewOrgId(5));
        using (var funder = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, reader))
            await funder.PostAsync("api/v1/funders", new { orgId = funderOrgId, name = $"Reading Trust {id}" });
        using (var charity = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, worker))
        {
            await charity.CharityAsync(charityOrgId, $"Willow Voices {id}", "Peer support group");
            await charity.PostAsync($"api/v1/charities/{charityOrgId}/workstreams", new { title = "Youth advisory panel" });
            await charity.PostAsync($"api/v1/charities/{charityOrgId}/shares", new { funderOrgId, scope = JourneyOnly });
        }
        var page = await Visit.SignedInAsync(fixture, worker);

        // Who takes part, in the second workstream: a count that cannot be is refused beside its field.
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{charityOrgId}", "participation-journey");
        await page.GetByRole(AriaRole.Link, new() { Name = "Who takes part" }).ClickAsync();
        await Visit.CheckAsync(page, "participants-empty");
        await page.GetByLabel("Workstream", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Youth advisory panel" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Choose" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "People taking part in Youth advisory panel" })).ToBeVisibleAsync();
        await page.GetByLabel("How many people with lived experience take part").FillAsync("-3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save who takes part" }).ClickAsync();
        await Assertions.Expect(page.Locator("#participants-count-error")).ToContainTextAsync("Between 0 and");
        await Visit.CheckAsync(page, "participants-error");
        await page.GetByLabel("How many people with lived experience take part").FillAsync("7");
        await page.GetByLabel("LGBT+ people").CheckAsync();
        await page.GetByLabel("People who are homeless").CheckAsync();
        await page.GetByLabel("Their roles").FillAsync("Co-chair, Peer mentor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save who takes part" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("who takes part in Youth advisory panel is saved");
        var people = page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("Who takes part in each workstream") });
        await Assertions.Expect(people).ToContainTextAsync("7 people in all");
        var row = people.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("Youth advisory panel") });
        await Assertions.Expect(row).ToContainTextAsync("7");
        await Assertions.Expect(row).ToContainTextAsync("LGBT+ people, People who are homeless");
        await Assertions.Expect(row).ToContainTextAsync("Co-chair, Peer mentor");
        // The picture says the same numbers in its text alternative.
        await Assertions.Expect(page.Locator("#participants-chart-desc")).ToHaveTextAsync(new Regex("Youth advisory panel: 7 people\\."));

        // Practices: a suggestion ticked and one in the charity's own words.
        await page.GetByLabel("Peer mentoring").CheckAsync();
        await page.Locator("#practice-other-CoDelivery").FillAsync("Young people run the drop-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the practices" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the practices of Youth advisory panel are saved");
        var practices = page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("Practices by workstream") });
        await Assertions.Expect(practices.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("Youth advisory panel") }))
            .ToContainTextAsync("Peer mentoring, Young people run the drop-in");
        await Visit.CheckAsync(page, "participants-recorded");

        // Leadership: out of range refused beside the field; then each answer beside the national figure.
        await page.GetByRole(AriaRole.Link, new() { Name = "Leadership" }).ClickAsync();
        await Visit.CheckAsync(page, "leadership-empty");
        await page.GetByLabel("Volunteers who are or were service users, in percent (0 to 100)").FillAsync("120");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the indicators" }).ClickAsync();
        await Assertions.Expect(page.Locator("#leadership-volunteersWhoAreOrWereServiceUsers-error")).ToContainTextAsync("Between 0 and 100");
        await page.GetByLabel("Volunteers who are or were service users, in percent (0 to 100)").FillAsync("72");
        await page.Locator("#chairHasDisability-yes").CheckAsync();
        await page.GetByLabel("How many trustees have lived experience").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the indicators" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the leadership indicators are saved");
        var volunteers = page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^Volunteers who are or were service users") });
        await Assertions.Expect(volunteers).ToContainTextAsync("72%");
        await Assertions.Expect(volunteers).ToContainTextAsync("Nationally, 67%");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^The chair has a disability") })).ToContainTextAsync("Yes");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^The chief executive has a disability") })).ToContainTextAsync("Not given");
        await Visit.CheckAsync(page, "leadership-recorded");

        // The workstream itself: renamed and its purpose written.
        await page.GetByRole(AriaRole.Link, new() { Name = "Journey map" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Change rungs, milestones and barriers of Youth advisory panel" }).ClickAsync();
        await page.GetByLabel("Title").First.FillAsync("Youth panel");
        await page.GetByLabel("Why we are doing it").FillAsync("Young people decide how the youth budget is spent.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the workstream" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the workstream is saved");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Youth panel");
        await Visit.CheckAsync(page, "workstream-changed");

        // A funder's member reads the map; the audit trail shows it, by the funder's name, beside every change.
        var funderPage = await Visit.SignedInAsync(fixture, reader);
        await Visit.GoAsync(funderPage, fixture.Portal.BaseAddress, $"charities/{charityOrgId}/participants", "participants-funder-reads");
        await Assertions.Expect(funderPage.Locator("main form[method='post' i]")).ToHaveCountAsync(0);
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{charityOrgId}/audit", "audit-trail");
        var audit = page.GetByRole(AriaRole.Table);
        await Assertions.Expect(audit.GetByRole(AriaRole.Row).Filter(new() { HasText = "Workstream changed" }).First).ToContainTextAsync($"{worker} (you)");
        await Assertions.Expect(audit.GetByRole(AriaRole.Row).Filter(new() { HasText = "Leadership recorded" })).ToHaveCountAsync(1);
        await Assertions.Expect(audit.GetByRole(AriaRole.Row).Filter(new() { HasText = "Participants recorded" })).ToHaveCountAsync(1);
        var read = audit.GetByRole(AriaRole.Row).Filter(new() { HasText = "The journey map" }).First;
        await Assertions.Expect(read).ToContainTextAsync(reader);
        await Assertions.Expect(read).ToContainTextAsync($"for Reading Trust {id} ({funderOrgId})");
    }
}
