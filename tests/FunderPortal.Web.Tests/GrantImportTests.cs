using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// A grants officer brings the funder's grants in from a 360Giving spreadsheet: checks it first (a dry run, row by row),
/// imports it, sends the invitation of a charity not on the portal, and publishes the grants as open data; a charity
/// gives its area codes. With the keyboard where it matters, on a 320 px screen, every page checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GrantImportTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TheOfficerChecksASpreadsheetImportsItAndPublishesTheGrants()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var officer = $"importer-{id}";
        var funderOrgId = ApiSetup.NewOrgId(8);
        var (known, unknown) = (ApiSetup.NewOrgId(7), ApiSetup.NewOrgId(7));
        using (var api = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, officer))
            await api.PostAsync("api/v1/funders", new { orgId = funderOrgId, name = $"Import Trust {id}", grantIdPrefix = "360G-import" });
        using (var charity = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, $"import-charity-{id}"))
            await charity.CharityAsync(known, $"Known Carers {id}");
        var csv = Encoding.UTF8.GetBytes(string.Join("\n",
            "Identifier,Title,Description,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,Recipient Org:Name",
            $"360G-import-{id}-1,Peer support,Two years of peer support,GBP,12500.50,2025-03-31,{known},Known Carers {id}",
            $"360G-import-{id}-2,Drop-ins,Weekly drop-ins,GBP,\"£1,000\",2025-03-31,{unknown},Unknown Elders {id}",
            $"360G-import-{id}-3,Training,Training peer mentors,GBP,800,2025-04-30,{unknown},Unknown Elders {id}", ""));

        var page = await Visit.SignedInAsync(fixture, officer);
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"funders/{funderOrgId}/grants", "imports-grants-empty");
        await page.GetByRole(AriaRole.Navigation, new() { Name = $"Import Trust {id}" }).GetByRole(AriaRole.Link, new() { Name = "Imports" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Nothing imported yet.")).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "imports-empty");

        // The file is chosen, then the form sent with the keyboard alone: each stop shows where the focus is.
        await page.GetByLabel("File of grants").SetInputFilesAsync(new FilePayload { Name = "grants.csv", MimeType = "text/csv", Buffer = csv });
        await Keys.TabUntilAsync(page, page.GetByLabel("File of grants"));
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Check the file" })).ToBeFocusedAsync();
        await Keys.ExpectVisibleFocusAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("imports\\?import="));

        // The check runs in the background; the page is read again by its refresh link until it is done.
        await RefreshUntilAsync(page, "Checked: 2 would be imported");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Checking grants.csv" })).ToBeVisibleAsync();
        var problem = page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("problem") }).GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^3 ") });
        await Assertions.Expect(problem).ToContainTextAsync("Amount Awarded");
        await Assertions.Expect(problem).ToContainTextAsync("without £ or commas");
        await Assertions.Expect(page.Locator("ul.invitations")).ToContainTextAsync($"Unknown Elders {id} ({unknown})");
        await Assertions.Expect(page.Locator("ul.invitations")).Not.ToContainTextAsync(known);
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex($"360G-import-{id}-1") })).ToContainTextAsync("New: would be imported");
        await Visit.CheckAsync(page, "imports-checked");
        var checkedUrl = page.Url;

        await Keys.TabUntilAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Import these grants" }));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url != checkedUrl);
        await RefreshUntilAsync(page, "Imported: 2 new, 0 already here, 1 not imported");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex($"360G-import-{id}-3") })).ToContainTextAsync("Imported as grant");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "2 imports and checks, newest first" })).ToContainTextAsync("Checked only");
        await Visit.CheckAsync(page, "imports-done");

        // The invitation leads to registration, filled in, naming the funder that invites.
        var invitation = await page.GetByRole(AriaRole.Link, new() { Name = $"invitation link for Unknown Elders {id}" }).GetAttributeAsync("href");
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, invitation!.TrimStart('/'), "imports-invitation");
        await Assertions.Expect(page.GetByLabel("Org-id")).ToHaveValueAsync(unknown);
        await Assertions.Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync($"Unknown Elders {id}");
        await Assertions.Expect(page.GetByText($"Import Trust {id} funds this charity and invites it")).ToBeVisibleAsync();

        // The grants keep their 360Giving ids.
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"funders/{funderOrgId}/grants", "imports-grants");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("Peer support") })).ToContainTextAsync($"360G-import-{id}-1");

        // Published as open data from the profile: the public address is shown, and answers without signing in.
        await page.GetByRole(AriaRole.Link, new() { Name = "Profile" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Your grants are not published.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish our grants as 360Giving open data" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your grants are published");
        var feed = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("360giving.json$") });
        await Assertions.Expect(feed).ToHaveAttributeAsync("href", new Uri(fixture.Portal.BaseAddress, $"api/v1/public/funders/{funderOrgId}/360giving.json").ToString());
        await Visit.CheckAsync(page, "imports-published");
        using (var anyone = new HttpClient())
            Assert.Contains($"360G-import-{id}-1", await anyone.GetStringAsync((await feed.GetAttributeAsync("href"))!), StringComparison.Ordinal);

        // The report on a phone: nothing scrolls sideways.
        var phone = await Visit.SignedInAsync(fixture, officer, new ViewportSize { Width = 320, Height = 700 });
        await Visit.GoAsync(phone, fixture.Portal.BaseAddress, new Uri(checkedUrl).PathAndQuery.TrimStart('/'), "imports-checked-320");
        var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The import's report scrolls sideways by {overflow} px at 320 px.");
        await phone.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ACharityGivesItsAreaCodesAndAWrongOneIsToldBesideTheField()
    {
        var id = Guid.NewGuid().ToString("n")[..8];
        var worker = $"area-worker-{id}";
        var orgId = ApiSetup.NewOrgId(6);
        using (var api = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, worker))
            await api.CharityAsync(orgId, $"Area Carers {id}");
        var page = await Visit.SignedInAsync(fixture, worker);
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{orgId}/members", "charity-area-codes");

        await page.GetByLabel("Area codes (optional)").FillAsync("E06000014, York");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the profile" }).ClickAsync();
        await Assertions.Expect(page.Locator("#profile-areaCodes-error")).ToContainTextAsync("Not an ONS area code: York");
        await Assertions.Expect(page.GetByLabel("Area codes (optional)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Visit.CheckAsync(page, "charity-area-codes-error");

        await page.GetByLabel("Area codes (optional)").FillAsync("E06000014, W06000015");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the profile" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the profile is saved");
        await Assertions.Expect(page.GetByLabel("Area codes (optional)")).ToHaveValueAsync("E06000014, W06000015");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Reads the page again, as its refresh link does (it points at the page's own address), until its status says
    /// <paramref name="words"/>: the import runs in the background.
    /// </summary>
    private static async Task RefreshUntilAsync(IPage page, string words)
    {
        var status = page.Locator("section[aria-labelledby='import-heading'] [role='status']");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await status.TextContentAsync())?.Contains(words, StringComparison.Ordinal) == true)
                return;
            var refresh = page.GetByRole(AriaRole.Link, new() { Name = "Refresh to see how far it has got" });
            if (await refresh.CountAsync() > 0)
                Assert.Equal(new Uri(page.Url).PathAndQuery, await refresh.GetAttributeAsync("href"));
            await page.GotoAsync(page.Url);
        }
        await Assertions.Expect(status).ToContainTextAsync(words);
    }
}
