using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// A charity worker records at a check-in the skills the work needs and where the gaps are, linking a gap to the training
/// line of the plan that would close it; a gap without words is refused beside its row.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CheckInSkillsTests(BrowserFixture fixture)
{
    private static readonly string[] Questions =
    [
        "Why are we doing this?", "What do we want to achieve?", "Are we accountable to people with lived experience?",
        "Do we understand what taking part is like for everyone?", "Do participants have the support and safeguarding they need?",
        "Are our board or senior managers behind it?",
    ];

    [Fact]
    public async Task AWorkerNamesTheSkillsGapsAndTheTrainingThatWouldCloseThem()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var worker = $"skills-worker-{id}";
        var orgId = ApiSetup.NewOrgId(5);
        using (var api = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, worker))
        {
            await api.CharityAsync(orgId, $"Skills Circle {id}");
            await api.PostAsync($"api/v1/charities/{orgId}/resourcing/lines", new
            {
                category = "TrainingAndSkills",
                description = "Facilitation course for members",
                quantity = 2,
                unit = "places",
                unitCostPence = 40_000,
                periodStart = ApiSetup.Day(ApiSetup.Today),
                periodEnd = ApiSetup.Day(ApiSetup.Today.AddMonths(6)),
            });
        }
        var page = await Visit.SignedInAsync(fixture, worker);
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{orgId}/check-in", "check-in-skills-form");

        foreach (var question in Questions)
            await page.GetByRole(AriaRole.Group, new() { Name = question }).GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        foreach (var principle in new[] { "Equality", "Diversity", "Access", "Reciprocity" })
            await page.GetByRole(AriaRole.Group, new() { Name = principle, Exact = true }).GetByLabel("3", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("What skills does the work need? (optional)").FillAsync("Chairing meetings that members lead.");
        // The second row is filled and the first left empty: the empty one is left out, the kind without words refused.
        var second = page.GetByRole(AriaRole.Group, new() { Name = "Gap 2" });
        await second.GetByLabel("Kind of skill").SelectOptionAsync(new SelectOptionValue { Label = "Facilitation" });
        await page.GetByRole(AriaRole.Group, new() { Name = "Gap 3" }).GetByLabel("Kind of skill").SelectOptionAsync(new SelectOptionValue { Label = "Paying people, and benefits advice" });
        await page.GetByRole(AriaRole.Group, new() { Name = "Gap 3" }).GetByLabel("The gap, in your words").FillAsync("Nobody knows the benefits rules.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the check-in" }).ClickAsync();

        var first = page.GetByRole(AriaRole.Group, new() { Name = "Gap 1" });
        await Assertions.Expect(page.Locator("#checkin-skills-gaps-0-text-error")).ToBeVisibleAsync();
        await Assertions.Expect(first.GetByLabel("The gap, in your words")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(first.GetByLabel("Kind of skill")).ToHaveValueAsync("Facilitation");
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Gap 2" }).GetByLabel("The gap, in your words")).ToHaveValueAsync("Nobody knows the benefits rules.");
        await Visit.CheckAsync(page, "check-in-skills-error");

        await first.GetByLabel("The gap, in your words").FillAsync("Nobody has chaired a meeting yet.");
        await first.GetByLabel("Training that would close it (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Facilitation course for members" });
        foreach (var question in Questions)
            await page.GetByRole(AriaRole.Group, new() { Name = question }).GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        foreach (var principle in new[] { "Equality", "Diversity", "Access", "Reciprocity" })
            await page.GetByRole(AriaRole.Group, new() { Name = principle, Exact = true }).GetByLabel("3", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the check-in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the check-in is recorded");
        await Assertions.Expect(page.GetByText("The work needs: Chairing meetings that members lead.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Facilitation: Nobody has chaired a meeting yet.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Paying people, and benefits advice: Nobody knows the benefits rules.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "The training that would close it" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Facilitation course for members" })).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "check-in-skills-recorded");
    }
}
