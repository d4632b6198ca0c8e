using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// A grants officer's main flow in Welsh (issue 21): they press Cymraeg once, then read the portfolio, a charity's shared
/// journey, the insights, record a grant and read its report, and open their notifications and email preferences. Every
/// page says <c>lang="cy"</c>, speaks Welsh and stays accessible. Their own funder and charity, so no other test's
/// people change language.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class WelshFunderTests(BrowserFixture fixture)
{
    private static readonly string[] JourneyAndPlan = ["Journey", "Resourcing"];

    [Fact]
    public async Task AGrantsOfficerWorksThroughTheirPortfolioInWelsh()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var officer = $"swyddog-{id}";
        var funderOrgId = ApiSetup.NewOrgId(8);
        var funderName = $"Ymddiriedolaeth Afon {id}";
        var charityOrgId = ApiSetup.NewOrgId(7);
        var charityName = $"Cymorth Cymheiriaid Derwen {id}";
        using (var funder = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, officer))
            await funder.PostAsync("api/v1/funders", new { orgId = funderOrgId, name = funderName });
        using (var charity = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, $"gweithiwr-{id}"))
        {
            var workstream = await charity.CharityAsync(charityOrgId, charityName);
            await charity.PostAsync($"api/v1/charities/{charityOrgId}/workstreams/{workstream}/barriers", new { kind = "Accessibility", description = "Dim ystafell heb risiau." });
            await charity.PostAsync($"api/v1/charities/{charityOrgId}/resourcing/lines", new
            {
                category = "StaffTime",
                description = "Amser y cydlynydd",
                quantity = 10,
                unit = "day",
                unitCostPence = 20_000,
                periodStart = ApiSetup.Day(ApiSetup.Today),
                periodEnd = ApiSetup.Day(ApiSetup.Today.AddMonths(6)),
                workstreamId = workstream,
            });
            await charity.PostAsync($"api/v1/charities/{charityOrgId}/shares", new { funderOrgId, scope = JourneyAndPlan });
        }
        using (var funder = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, officer))
            await funder.PortfolioHoldsAsync(funderOrgId, charityOrgId);

        // Signed in from an English page, the officer presses Cymraeg: this page and every one after it are Welsh.
        var page = await Visit.SignedInAsync(fixture, officer);
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"funders/{funderOrgId}", "welsh-funder-english-first");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cymraeg" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cy");

        // The portfolio.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Portffolio", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveTitleAsync($"{funderName}: portffolio – FunderPortal");
        var portfolio = page.GetByRole(AriaRole.Table, new() { Name = "Taith a rannwyd: 1" });
        await Assertions.Expect(portfolio).ToContainTextAsync(charityName);
        await Assertions.Expect(portfolio.GetByRole(AriaRole.Columnheader, new() { Name = "Rhwystrau agored" })).ToBeVisibleAsync();
        await page.GetByLabel("Yn wynebu'r rhwystr").SelectOptionAsync("Accessibility");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dangos", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("barrier=Accessibility"));
        await Assertions.Expect(portfolio).ToContainTextAsync(charityName);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Lawrlwytho CSV ffeil yn cynnwys y portffolio fel y'i hidlwyd" })).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "welsh-funder-portfolio");

        // The journey the charity shares: its plan, and a message refused beside its field, in Welsh.
        await portfolio.GetByRole(AriaRole.Link, new() { Name = charityName }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cy");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Yn ôl i'r portffolio" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Eu cynllun adnoddau" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Mae'r elusen yn gweld bob tro y byddwch chi'n edrych.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Llinellau'r cynllun" })).ToContainTextAsync("Amser y cydlynydd");
        await Assertions.Expect(page.GetByLabel("Beth ydyw").Locator("option").First).ToHaveTextAsync("Adborth");
        await Visit.CheckAsync(page, "welsh-funder-shared-journey");
        await page.GetByLabel("Swm, mewn punnoedd").FillAsync("mil o bunnoedd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cynnig yr addewid" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mae problem" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#pledge-amountPence-error")).ToContainTextAsync("Gwall: Ysgrifennwch swm mewn punnoedd");
        await Visit.CheckAsync(page, "welsh-funder-pledge-error");
        await page.GetByLabel("Swm, mewn punnoedd").FillAsync("500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cynnig yr addewid" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Wedi'i wneud: mae eich addewid o £500 wedi'i gynnig.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Eich addewidion sydd heb eu hateb eto" })).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "welsh-funder-pledged");

        // Insights across the portfolio.
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = funderName });
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"funders/{funderOrgId}", "welsh-funder-portfolio-again");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Mewnwelediadau" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mewnwelediadau ar draws eich portffolio" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Mae 1 elusen yn rhannu gyda chi:")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Elusennau sy'n wynebu pob math o rwystr nawr" })).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "welsh-funder-insights");

        // A grant recorded on the Welsh form, and its report.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Grantiau", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cofnodi grant" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Does dim grantiau wedi'u cofnodi eto.")).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "welsh-funder-grants-empty");
        await page.GetByLabel("Org-id yr elusen").FillAsync(charityOrgId);
        await page.GetByLabel("Teitl").FillAsync("Hwyluswyr cymheiriaid");
        await page.GetByLabel("Beth mae'n talu amdano").FillAsync("Talu hwyluswyr am flwyddyn.");
        await page.GetByLabel("Swm, mewn punnoedd").FillAsync("5,000");
        await page.GetByLabel("Math o grant").SelectOptionAsync("Development");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GetByLabel("Dyfarnwyd ar").FillAsync(today);
        await page.GetByLabel("Yn dechrau ar").FillAsync(today);
        await page.GetByLabel("Yn gorffen ar").FillAsync(DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Cofnodi'r grant" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"mae'r grant o £5,000 i {charityName} wedi'i gofnodi.");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "1 grant, y dyfarniad diweddaraf yn gyntaf; £5,000 i gyd" })).ToContainTextAsync("Hwyluswyr cymheiriaid");
        await Visit.CheckAsync(page, "welsh-funder-grant-recorded");
        await page.GetByRole(AriaRole.Link, new() { Name = "Darllen yr adroddiad ar Hwyluswyr cymheiriaid" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Adroddiad: Hwyluswyr cymheiriaid", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Beth newidiodd" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText($"Dydy {charityName} ddim yn rhannu ei thystiolaeth gyda {funderName}.", new() { Exact = true })).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "welsh-funder-grant-report");

        // Their own pages: notifications and email preferences, where their language is now Welsh.
        await page.GetByRole(AriaRole.Link, new() { Name = "Hafan", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mynd i sefydliad" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = funderName })).ToContainTextAsync("cyllidwr");
        await Visit.CheckAsync(page, "welsh-funder-home");
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, "notifications", "welsh-funder-notifications");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cy");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Eich hysbysiadau", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(UnreadPattern())).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Dewiswch beth sydd hefyd yn cael ei anfon atoch drwy e-bost" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Eich dewisiadau e-bost", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Iaith")).ToHaveValueAsync("cy");
        await Assertions.Expect(page.GetByText("Dydych chi ddim wedi rhoi cyfeiriad eto.")).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "welsh-funder-preferences");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cadw", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Wedi'i wneud: mae eich dewisiadau wedi'u cadw.");
        await Visit.CheckAsync(page, "welsh-funder-preferences-saved");
    }

    [GeneratedRegex(@"^Mae gennych chi \d+ heb eu darllen\.")]
    private static partial Regex UnreadPattern();
}
