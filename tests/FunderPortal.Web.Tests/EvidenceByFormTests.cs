using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// A charity worker records a case study by form, marks it sensitive and says who the participants' consent covers;
/// the funder it shares evidence with sees it only once it is of standard sensitivity, and no longer once consent is
/// withdrawn. A charity and a funder of the test's own.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EvidenceByFormTests(BrowserFixture fixture)
{
    private static readonly string[] EvidenceOnly = ["Evidence"];

    [Fact]
    public async Task ACaseStudyMarkedSensitiveIsNeverSharedAndConsentDecidesWhoSeesIt()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var worker = $"evidence-worker-{id}";
        var officer = $"evidence-officer-{id}";
        var (charityOrgId, funderOrgId) = (ApiSetup.NewOrgId(3), ApiSetup.NewOrgId(2));
        using (var funder = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, officer))
            await funder.PostAsync("api/v1/funders", new { orgId = funderOrgId, name = $"Evidence Trust {id}" });
        using (var charity = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, worker))
        {
            await charity.CharityAsync(charityOrgId, $"Hazel Carers {id}", "Carers' planning group");
            await charity.PostAsync($"api/v1/charities/{charityOrgId}/shares", new { funderOrgId, scope = EvidenceOnly });
        }
        var page = await Visit.SignedInAsync(fixture, worker);
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{charityOrgId}/evidence", "evidence-by-form");

        // A case study without its parts is refused, each missing part named beside its field.
        await page.GetByLabel("Kind").SelectOptionAsync("CaseStudy");
        await page.GetByLabel("Title").FillAsync("Carers planned the respite rota");
        await page.GetByLabel("Workstream").SelectOptionAsync(new SelectOptionValue { Label = "Carers' planning group" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the evidence" }).ClickAsync();
        await Assertions.Expect(page.Locator("#evidence-caseStudy-context-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#evidence-caseStudy-lessons-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("What we learned")).ToHaveAttributeAsync("aria-invalid", "true");
        await Visit.CheckAsync(page, "evidence-case-study-error");
        await page.GetByLabel("The context: what was happening").FillAsync("Carers could not get away for meetings.");
        await page.GetByLabel("What we did").FillAsync("We paid for respite so carers could plan the rota with us.");
        await page.GetByLabel("Who took part").FillAsync("Five carers, two of them over eighty.");
        await page.GetByLabel("What changed").FillAsync("The rota now fits carers' days.");
        await page.GetByLabel("What we learned").FillAsync("Ask early; pay for the respite first.");
        await page.GetByLabel("Who can see it").SelectOptionAsync("SharedWithFunders");
        await page.GetByLabel("How sensitive it is").SelectOptionAsync("PersonalData");
        await page.GetByLabel("Who the participants' consent covers").SelectOptionAsync("SharedWithFunders");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the evidence" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the evidence is added");
        var card = page.Locator("section.card").Filter(new() { HasText = "Carers planned the respite rota" });
        await Assertions.Expect(card).ToContainTextAsync("(not shared with funders now)");

        // The item: its sensitivity, its consent and the five parts of the case study; the funder sees nothing of it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Carers planned the respite rota" }).ClickAsync();
        var facts = page.Locator("dl.facts").First;
        await Assertions.Expect(facts).ToContainTextAsync("Personal data about someone: never shared");
        await Assertions.Expect(facts).ToContainTextAsync("Given for funders the charity shares with");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The case study" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Ask early; pay for the respite first.");
        await Visit.CheckAsync(page, "evidence-case-study");
        var funderPage = await Visit.SignedInAsync(fixture, officer);
        await Visit.GoAsync(funderPage, fixture.Portal.BaseAddress, $"charities/{charityOrgId}/evidence", "evidence-funder-sensitive");
        await Assertions.Expect(funderPage.Locator("main")).Not.ToContainTextAsync("Carers planned the respite rota");

        // Standard sensitivity: now it is shared, and the funder reads it.
        await page.GetByLabel("How sensitive it is").SelectOptionAsync("Standard");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the changes" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the evidence is changed");
        await Assertions.Expect(page.Locator("dl.facts").First).ToContainTextAsync("(shared with funders now)");
        await funderPage.ReloadAsync();
        await Assertions.Expect(funderPage.Locator("main")).ToContainTextAsync("Carers planned the respite rota");

        // Consent withdrawn: sharing stops at once.
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw consent" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("consent is withdrawn");
        await Assertions.Expect(page.Locator("dl.facts").First).ToContainTextAsync("(not shared with funders now)");
        await funderPage.ReloadAsync();
        await Assertions.Expect(funderPage.Locator("main")).Not.ToContainTextAsync("Carers planned the respite rota");
        await Visit.CheckAsync(funderPage, "evidence-funder-withdrawn");
    }
}
