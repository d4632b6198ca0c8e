using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// A charity worker who chooses Welsh with the switch on the page (issue 21; a signed-in person's stored language, English
/// until they choose, comes before the browser's): registers the charity, adds a workstream and says where it
/// is on the ladder, records a check-in and adds a line to the resourcing plan, every page in Welsh (lang="cy") and
/// clean for axe. Choices are made by their values, not their words, so the vocabulary's Welsh does not move the test.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WelshCharityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ACharityWorkerKeepsTheJourneyInWelsh()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var orgId = ApiSetup.NewOrgId(6);
        var name = $"Fforwm Ieuenctid {id}";
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"dev/sign-in?subject={Uri.EscapeDataString($"cy-worker-{id}")}").ToString());

        // Registering the charity, after choosing Welsh.
        await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, "charities/new").ToString());
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cymraeg" }).ClickAsync();
        await Visit.CheckAsync(page, "cy-charity-register");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cy");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cofrestru elusen", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Org-id").FillAsync(orgId);
        await page.GetByLabel("Enw", new() { Exact = true }).FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Cofrestru'r elusen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("mae'r elusen wedi'i chofrestru.");

        // The journey map, its tabs named in Welsh.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Map y daith nawr" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Yr adolygiad nesaf i'w gynnal")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Cynllun adnoddau" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Dim ffrydiau gwaith eto.")).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "cy-charity-journey-map");

        // A workstream, where it is on the ladder, and a milestone.
        await page.GetByRole(AriaRole.Link, new() { Name = "Ychwanegu ffrwd waith" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ychwanegu ffrwd waith", Level = 1 })).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "cy-charity-new-workstream");
        await page.GetByLabel("Teitl").FillAsync("Pobl ifanc ar y panel cyfweld");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ychwanegu'r ffrwd waith" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("mae'r ffrwd waith wedi'i hychwanegu. Nawr dywedwch ble mae hi ar yr ysgol.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ble mae hi ar yr ysgol?" })).ToBeVisibleAsync();

        await page.GetByLabel("Gweithgaredd", new() { Exact = true }).SelectOptionAsync("CoDecision");
        await page.GetByLabel("Ble mae hi nawr").SelectOptionAsync("Consultation");
        await page.GetByLabel("Ble rydyn ni'n anelu at fod").SelectOptionAsync("CoProduction");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cadw'r grisiau" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("wedi'i gadw.");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Ble mae Pobl ifanc ar y panel cyfweld ar yr ysgol" })).ToBeVisibleAsync();

        await page.GetByLabel("Beth fydd yn digwydd").FillAsync("Dau berson ifanc ar bob panel cyfweld");
        await page.GetByLabel("Wedi'i chynllunio ar gyfer").FillAsync(ApiSetup.Day(ApiSetup.Today.AddMonths(2)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ychwanegu'r garreg filltir" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("mae'r garreg filltir wedi'i hychwanegu.");
        await Assertions.Expect(page.GetByText(new System.Text.RegularExpressions.Regex("Dau berson ifanc ar bob panel cyfweld: wedi'i chynllunio ar gyfer .+, heb ei gwneud eto\\."))).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "cy-charity-workstream");

        // A check-in: every readiness question and principle answered by value.
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{orgId}/check-in", "cy-charity-check-in");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ydyn ni'n barod?" })).ToBeVisibleAsync();
        var answers = page.Locator("input[type=radio][value=Yes]");
        for (var i = 0; i < await answers.CountAsync(); i++)
            await answers.Nth(i).CheckAsync();
        var ratings = page.Locator("input[type=radio][name^='Input.Ratings'][value='4']");
        for (var i = 0; i < await ratings.CountAsync(); i++)
            await ratings.Nth(i).CheckAsync();
        await page.GetByLabel("Beth weithiodd").FillAsync("Roedd y bobl ifanc yn arwain y cyfarfod.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cofnodi'r adolygiad" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("mae'r adolygiad wedi'i gofnodi.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Adolygiadau cynharach" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Roedd y bobl ifanc yn arwain y cyfarfod.")).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "cy-charity-check-in-recorded");

        // The resourcing plan, and a line added to it.
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{orgId}/plan", "cy-charity-plan");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cynllun adnoddau", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Cyfanswm y gost")).ToBeVisibleAsync();
        await page.GetByLabel("Categori", new() { Exact = true }).SelectOptionAsync("StaffTime");
        await page.GetByLabel("Disgrifiad", new() { Exact = true }).FillAsync("Amser cydlynydd");
        await page.GetByLabel("Faint", new() { Exact = true }).FillAsync("10");
        await page.GetByLabel("O beth (er enghraifft sesiwn, person, diwrnod)").FillAsync("diwrnod");
        await page.GetByLabel("Cost pob un, mewn punnoedd").FillAsync("200");
        await page.Locator("#line-periodStart").FillAsync(ApiSetup.Day(ApiSetup.Today));
        await page.Locator("#line-periodEnd").FillAsync(ApiSetup.Day(ApiSetup.Today.AddMonths(6)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ychwanegu'r llinell" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("mae'r llinell wedi'i hychwanegu.");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Newid, tynnu'n ôl neu gofnodi cyllid (Amser cydlynydd)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Fesul categori" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cy");
        await Visit.CheckAsync(page, "cy-charity-plan-line-added");

        await context.CloseAsync();
    }
}
