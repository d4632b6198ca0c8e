using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// Grant rounds in Welsh (issue 21): a grants officer whose browser asks for Welsh sets up a round (a mistake refused in
/// Welsh beside its field), opens and publishes it, invites a panellist, records panel time, reads the conflicts, the
/// fixed setup and the results, and records a decision; anyone reads the published round in Welsh, and a charity applies
/// to it in Welsh. Every page is <c>lang="cy"</c> and passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WelshRoundTests(BrowserFixture fixture)
{
    /// <summary>
    /// A fresh browser context that asks for Welsh (<c>Accept-Language: cy-GB</c>). Signed in when a subject is given: a
    /// person who never chose a language keeps the browser's (only a stored Welsh comes before it), so the pages are Welsh
    /// without pressing <c>Cymraeg</c>.
    /// </summary>
    private async Task<IPage> InWelshAsync(string? subject)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "cy-GB", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        if (subject is not null)
        {
            await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"dev/sign-in?subject={Uri.EscapeDataString(subject)}").ToString());
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cy");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "English" })).ToBeVisibleAsync();
        }
        return page;
    }

    private static async Task CheckWelshAsync(IPage page, string screenshotName)
    {
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cy");
        await Visit.CheckAsync(page, screenshotName);
    }

    [Fact]
    public async Task AnOfficerSetsUpAndRunsARoundAndACharityAppliesToItInWelsh()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var officer = $"cy-round-officer-{id}";
        var funderOrgId = ApiSetup.NewOrgId(7);
        var charityOrgId = ApiSetup.NewOrgId(6);
        var (applicant, panellist) = ($"cy-round-charity-{id}", $"cy-round-panel-{id}");
        using (var api = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, officer))
            await api.PostAsync("api/v1/funders", new { orgId = funderOrgId, name = $"Ymddiriedolaeth Cymru {id}" });
        using (var api = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, applicant))
            await api.CharityAsync(charityOrgId, $"Lleisiau'r Cwm {id}");

        // The setup form in Welsh; a weight that is not a number is refused in Welsh beside its field.
        var title = $"Cronfa lleisiau {id}";
        var today = ApiSetup.Today;
        var page = await InWelshAsync(officer);
        await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"funders/{funderOrgId}/rounds/new").ToString());
        await page.GetByLabel("Teitl", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Cyllideb ar gyfer y rownd gyfan, mewn punnoedd").FillAsync("20,000");
        await page.GetByLabel("Y dyfarniad lleiaf, mewn punnoedd").FillAsync("1,000");
        await page.GetByLabel("Y dyfarniad mwyaf, mewn punnoedd").FillAsync("5,000");
        await page.GetByLabel("Faint mae aelodau'r panel yn cael eu talu yr awr, mewn punnoedd (dewisol)").FillAsync("25");
        await page.GetByLabel("Ceisiadau'n agor").FillAsync(ApiSetup.Day(today));
        await page.GetByLabel("Ceisiadau'n cau").FillAsync(ApiSetup.Day(today.AddDays(14)));
        await page.GetByLabel("Sgorio'n dod i ben").FillAsync(ApiSetup.Day(today.AddDays(28)));
        await page.GetByLabel("Penderfyniadau erbyn").FillAsync(ApiSetup.Day(today.AddDays(42)));
        await page.GetByRole(AriaRole.Group, new() { Name = "Cwestiwn 1" }).GetByLabel("Y cwestiwn").FillAsync("Ydy pobl â phrofiad bywyd yn cael eu talu am eu hamser?");
        var criterion = page.GetByRole(AriaRole.Group, new() { Name = "Maen prawf 1" });
        await criterion.GetByLabel("Beth mae'r panel yn chwilio amdano").FillAsync("Pobl â phrofiad bywyd sy'n arwain y gwaith.");
        await criterion.GetByLabel(new Regex("^Faint mae'n cyfrif")).FillAsync("dwywaith");
        await CheckWelshAsync(page, "cy-round-setup-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Creu'r rownd" }).ClickAsync();
        await Assertions.Expect(page.Locator("#round-criteria-0-weight-error")).ToContainTextAsync("Ysgrifennwch rif, fel 1 neu 1.5.");
        await CheckWelshAsync(page, "cy-round-setup-errors");
        await page.GetByRole(AriaRole.Group, new() { Name = "Maen prawf 1" }).GetByLabel(new Regex("^Faint mae'n cyfrif")).FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Creu'r rownd" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"mae'r rownd {title} wedi'i chreu, fel drafft.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rhedeg y rownd" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Does gan y rownd ddim tudalen gyhoeddus eto")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Amserlen: ceisiadau'n agor")).ToBeVisibleAsync();
        await CheckWelshAsync(page, "cy-round-draft");
        var roundId = new Uri(page.Url).AbsolutePath.Split('/')[2];

        // Opened, published, and a panellist invited by a link that works once.
        var moveOn = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Symud ymlaen i: ") });
        await moveOn.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("mae'r rownd nawr:");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cyhoeddi'r dudalen gyhoeddus" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("mae'r dudalen gyhoeddus wedi'i chyhoeddi.");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "dudalen gyhoeddus y rownd" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Creu dolen gwahoddiad i'r panel" }).ClickAsync();
        var invitation = page.Locator("p.card[role=status]");
        await Assertions.Expect(invitation).ToContainTextAsync("Rhowch y ddolen hon i un aelod o'r panel; mae'n gweithio unwaith:");
        await CheckWelshAsync(page, "cy-round-open");
        var link = (await invitation.GetByRole(AriaRole.Link).GetAttributeAsync("href"))!;
        using (var api = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, panellist))
            await api.PostAsync($"api/v1/panel-invitations/{link[(link.LastIndexOf('/') + 1)..]}/accept", new { });

        // Anyone reads the published rounds and this round's call in Welsh, without signing in.
        var anyone = await InWelshAsync(null);
        await anyone.GotoAsync(new Uri(fixture.Portal.BaseAddress, "rounds").ToString());
        await Assertions.Expect(anyone.GetByRole(AriaRole.Heading, new() { Name = "Rowndiau grantiau sydd ar agor i geisiadau", Level = 1 })).ToBeVisibleAsync();
        await CheckWelshAsync(anyone, "cy-public-rounds");
        await anyone.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"rounds/{roundId}/public").ToString());
        await Assertions.Expect(anyone.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(anyone.GetByRole(AriaRole.Heading, new() { Name = "Pwy all wneud cais" })).ToBeVisibleAsync();
        await Assertions.Expect(anyone.GetByText("i gyd; pob dyfarniad rhwng")).ToBeVisibleAsync();
        await Assertions.Expect(anyone.GetByText("Yn cyfrif 2 o weithiau. Beth mae pob sgôr yn ei olygu:")).ToBeVisibleAsync();
        await Assertions.Expect(anyone.GetByRole(AriaRole.Link, new() { Name = "Gwneud cais" })).ToBeVisibleAsync();
        await CheckWelshAsync(anyone, "cy-public-round");
        await anyone.Context.CloseAsync();

        // A charity applies in Welsh, and may change its application while the round is open.
        var charity = await InWelshAsync(applicant);
        await charity.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"rounds/{roundId}").ToString());
        await Assertions.Expect(charity.GetByRole(AriaRole.Heading, new() { Name = "Gwneud cais ar ran eich elusen" })).ToBeVisibleAsync();
        await CheckWelshAsync(charity, "cy-round-apply");
        await charity.GetByLabel("Org-id eich elusen").FillAsync(charityOrgId);
        await charity.GetByLabel("Faint rydych chi'n gofyn amdano, mewn punnoedd").FillAsync("4,000");
        await charity.GetByLabel("Yn eich geiriau eich hun: beth yw diben yr arian").FillAsync("Mae ein haelodau'n rhedeg y sesiynau galw heibio.");
        await charity.GetByRole(AriaRole.Group, new() { Name = "Ydy pobl â phrofiad bywyd yn cael eu talu am eu hamser?" }).GetByLabel("Ie", new() { Exact = true }).CheckAsync();
        await charity.GetByRole(AriaRole.Button, new() { Name = "Anfon y cais" }).ClickAsync();
        await Assertions.Expect(charity.GetByRole(AriaRole.Status)).ToContainTextAsync("mae eich cais wedi'i anfon.");
        await Assertions.Expect(charity.GetByRole(AriaRole.Heading, new() { Name = "Newid eich cais" })).ToBeVisibleAsync();
        await Assertions.Expect(charity.GetByRole(AriaRole.Heading, new() { Name = "Tynnu'r cais yn ôl" })).ToBeVisibleAsync();
        await CheckWelshAsync(charity, "cy-round-applied");
        var applicationId = new Uri(charity.Url).AbsolutePath.Split('/')[4];
        await charity.Context.CloseAsync();

        // Scoring: the panellist scores through the API; the officer records their time, valued at the round's rate.
        await moveOn.ClickAsync();
        await Assertions.Expect(page.Locator("p.saved[role=status]")).ToContainTextAsync("mae'r rownd nawr: sgorio.");
        using (var api = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, panellist))
            await api.PutAsync($"api/v1/rounds/{roundId}/applications/{applicationId}/scores/mine", new { scores = new Dictionary<string, int> { ["c1"] = 3 } });
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = title });
        await nav.GetByRole(AriaRole.Link, new() { Name = "Amser a thaliadau'r panel" }).ClickAsync();
        await page.GetByLabel("Beth wnaethon nhw").SelectOptionAsync("Meeting");
        await page.GetByLabel("Am faint o amser, mewn munudau").FillAsync("90");
        await page.GetByLabel("Dyddiad", new() { Exact = true }).FillAsync(ApiSetup.Day(today));
        await page.GetByRole(AriaRole.Button, new() { Name = "Cofnodi'r amser" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Mae 90 munud wedi'u cofnodi ar gyfer");
        var owed = page.GetByRole(AriaRole.Table, new() { Name = "Beth sy'n ddyledus i bob aelod o'r panel" });
        await Assertions.Expect(owed.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^Y panel cyfan") })).ToContainTextAsync("1 awr 30 mun");
        await CheckWelshAsync(page, "cy-round-payments");

        await nav.GetByRole(AriaRole.Link, new() { Name = "Gwrthdaro buddiannau" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Does dim aelod o'r panel wedi datgan gwrthdaro buddiannau.")).ToBeVisibleAsync();
        await CheckWelshAsync(page, "cy-round-conflicts");

        await nav.GetByRole(AriaRole.Link, new() { Name = "Gosodiadau" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Mae'r gosodiadau'n sefydlog unwaith y bydd y rownd yn agor")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("(rhaid ateb ie)")).ToBeVisibleAsync();
        await CheckWelshAsync(page, "cy-round-setup-fixed");

        // The results in Welsh, and a decision recorded with the panel's reasons.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Y rownd" }).ClickAsync();
        await moveOn.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Canlyniadau, yn ôl safle" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Pa mor bell oddi wrth ei gilydd yw sgoriau'r panel, fesul cais" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(new Regex("^Wedi'u rhestru yn ôl "))).ToBeVisibleAsync();
        await CheckWelshAsync(page, "cy-round-results");
        await page.GetByLabel("Swm, mewn punnoedd (dim ond os caiff arian)").FillAsync("4,000");
        await page.GetByLabel("Rhesymau'r panel (mae'r ymgeisydd yn darllen y rhain)").FillAsync("Mae'r aelodau'n arwain y gwaith.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cofnodi'r penderfyniad" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("mae'r penderfyniad wedi'i gofnodi.");
        await CheckWelshAsync(page, "cy-round-decided");
        await page.Context.CloseAsync();
    }
}
