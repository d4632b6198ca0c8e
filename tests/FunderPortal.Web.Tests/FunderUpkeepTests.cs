using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// A grants officer looks after the funder in the browser: its profile (with its 360Giving prefix), its members and its
/// programmes; finds the charities facing one barrier and offers to bring them together; and reads who read the portfolio.
/// Each on a funder of the test's own, set up through the API.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FunderUpkeepTests(BrowserFixture fixture)
{
    private static readonly string[] JourneyOnly = ["Journey"];

    [Fact]
    public async Task TheOfficerChangesTheProfileLooksAfterMembersAndAddsAndChangesAProgramme()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var officer = $"officer-{id}";
        var funderOrgId = ApiSetup.NewOrgId(8);
        using (var api = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, officer))
            await api.PostAsync("api/v1/funders", new { orgId = funderOrgId, name = $"Upkeep Trust {id}" });
        var page = await Visit.SignedInAsync(fixture, officer);

        // The profile: a prefix 360Giving would not accept is refused beside its field; a good one is kept.
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"funders/{funderOrgId}", "funder-upkeep-portfolio");
        await page.GetByRole(AriaRole.Navigation, new() { Name = $"Upkeep Trust {id}" }).GetByRole(AriaRole.Link, new() { Name = "Profile" }).ClickAsync();
        await Visit.CheckAsync(page, "funder-profile");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync($"Upkeep Community Trust {id}");
        await page.GetByLabel("Kind of funder").SelectOptionAsync("Foundation");
        await page.GetByLabel("360Giving prefix").FillAsync("not a prefix");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the profile" }).ClickAsync();
        await Assertions.Expect(page.Locator("#profile-grantIdPrefix-error")).ToContainTextAsync("360G-");
        await Assertions.Expect(page.GetByLabel("360Giving prefix")).ToHaveAttributeAsync("aria-describedby", "funder-prefix-hint profile-grantIdPrefix-error");
        await Assertions.Expect(page.GetByLabel("360Giving prefix")).ToHaveAttributeAsync("aria-invalid", "true");
        await Visit.CheckAsync(page, "funder-profile-error");
        await page.GetByLabel("360Giving prefix").FillAsync("360G-upkeep");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the profile" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the profile is saved");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Upkeep Community Trust {id}");
        var facts = page.Locator("dl.facts");
        await Assertions.Expect(facts).ToContainTextAsync("360G-upkeep");
        await Assertions.Expect(facts).ToContainTextAsync("A grant-making foundation");

        // Members: a colleague added as a viewer, made an editor, then removed; the last editor cannot be made a viewer.
        var colleague = $"colleague-{id}";
        await page.GetByRole(AriaRole.Link, new() { Name = "Members" }).ClickAsync();
        await Visit.CheckAsync(page, "funder-members");
        await page.GetByLabel("Their sign-in name").FillAsync(colleague);
        await page.GetByLabel("They join as").SelectOptionAsync("Viewer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add them" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{colleague} is added as viewer");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = colleague })).ToContainTextAsync("Viewer");
        await page.GetByLabel("Person").SelectOptionAsync(colleague);
        await page.GetByLabel("New role").SelectOptionAsync("Editor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the role" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = colleague })).ToContainTextAsync("Editor");
        await page.GetByLabel("Person").SelectOptionAsync(colleague);
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove them from the funder" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{colleague} is no longer a member");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = colleague })).ToHaveCountAsync(0);
        await page.GetByLabel("Person").SelectOptionAsync(officer);
        await page.GetByLabel("New role").SelectOptionAsync("Viewer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the role" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("at least one editor");
        await Visit.CheckAsync(page, "funder-members-error");

        // Programmes: one added, then changed through its own Change link.
        await page.GetByRole(AriaRole.Link, new() { Name = "Programmes" }).ClickAsync();
        await Assertions.Expect(page.GetByText("No programmes yet.")).ToBeVisibleAsync();
        await page.GetByLabel("Title").FillAsync("Growing together");
        await page.GetByLabel("What it is for (optional)").FillAsync("Time, skills and payments co-production needs.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the programme" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the programme Growing together is added");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Growing together" })).ToContainTextAsync("Time, skills and payments");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change Growing together" }).ClickAsync();
        await Visit.CheckAsync(page, "funder-programme-change");
        var change = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Save the programme" }) });
        await change.GetByLabel("Title").FillAsync("Growing together, year two");
        await change.GetByRole(AriaRole.Button, new() { Name = "Save the programme" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the programme Growing together, year two is saved");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Growing together, year two");
        await Visit.CheckAsync(page, "funder-programmes");
    }

    [Fact]
    public async Task TheOfficerBringsTogetherTheCharitiesFacingOneBarrierAndSeesTheReadsInTheAccessLog()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var officer = $"connector-{id}";
        var funderOrgId = ApiSetup.NewOrgId(8);
        var (first, second, third) = (ApiSetup.NewOrgId(7), ApiSetup.NewOrgId(7), ApiSetup.NewOrgId(7));
        using (var funder = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, officer))
            await funder.PostAsync("api/v1/funders", new { orgId = funderOrgId, name = $"Connecting Trust {id}" });
        using (var charities = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, $"charity-worker-{id}"))
        {
            foreach (var (orgId, name, barrier) in new[] { (first, $"Alder Carers {id}", "PowerImbalance"), (second, $"Birch Youth {id}", "PowerImbalance"), (third, $"Cedar Elders {id}", "Accessibility") })
            {
                var workstream = await charities.CharityAsync(orgId, name);
                await charities.PostAsync($"api/v1/charities/{orgId}/workstreams/{workstream}/barriers", new { kind = barrier, description = "Staff decide everything." });
                await charities.PostAsync($"api/v1/charities/{orgId}/shares", new { funderOrgId, scope = JourneyOnly });
            }
        }
        using (var funder = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, officer))
            await funder.PortfolioHoldsAsync(funderOrgId, first, second, third);

        var page = await Visit.SignedInAsync(fixture, officer);
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"funders/{funderOrgId}/connect", "funder-connect");
        await page.GetByLabel("The barrier").SelectOptionAsync("PowerImbalance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the charities" }).ClickAsync();
        var table = page.GetByRole(AriaRole.Table);
        await Assertions.Expect(table).ToContainTextAsync("2 charities face power imbalance");
        // Each by its name, with its org-id beside it.
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex($"Alder Carers {id}") })).ToContainTextAsync($"({first})");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex($"Birch Youth {id}") })).ToContainTextAsync($"({second})");
        await Assertions.Expect(table).Not.ToContainTextAsync($"Cedar Elders {id}");
        await Visit.CheckAsync(page, "funder-connect-barrier");

        // Nothing written: refused beside the field. Then written, and sent to both.
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the offer to each" }).ClickAsync();
        await Assertions.Expect(page.Locator("#connect-text-error")).ToContainTextAsync("Write what you offer");
        await Visit.CheckAsync(page, "funder-connect-error");
        await page.GetByLabel("Your words").FillAsync("We would pay for a day together to share what helps.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the offer to each" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your offer is sent to 2 charities");

        // The feedback page names both charities, never by org-id alone.
        await page.GetByRole(AriaRole.Link, new() { Name = "Feedback and support" }).ClickAsync();
        foreach (var name in new[] { $"Alder Carers {id}", $"Birch Youth {id}" })
        {
            // Each offer names the others, so the row is found by whom it is to (its first cell).
            var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = name }) });
            await Assertions.Expect(row).ToContainTextAsync("An offer of support");
            await Assertions.Expect(row).ToContainTextAsync("We would pay for a day together");
        }

        // The access log holds the reads just made, by whom and of what.
        await page.GetByRole(AriaRole.Link, new() { Name = "Access log" }).ClickAsync();
        await Visit.CheckAsync(page, "funder-access-log");
        var log = page.GetByRole(AriaRole.Table);
        await Assertions.Expect(log.GetByRole(AriaRole.Row).Filter(new() { HasText = "Charities facing power imbalance" }).First).ToContainTextAsync($"{officer} (you)");
        await Assertions.Expect(log.GetByRole(AriaRole.Row).Filter(new() { HasText = "The portfolio" }).First).ToContainTextAsync(officer);
    }
}
