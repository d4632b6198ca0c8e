using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// What the pages offer for mail: an email field per participant on the evidence page (the link then goes to them alone),
/// an optional address on the charity's invitation, and the platform admins' page of failing mail; each checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MailPagesTests(BrowserFixture fixture)
{
    private const string HopeStreet = "GB-CHC-9000002";

    [Fact]
    public async Task TheCharityEmailsAParticipantTheirLinkInsteadOfSeeingIt()
    {
        var charity = await Visit.SignedInAsync(fixture, "demo-charity");
        await Visit.GoAsync(charity, fixture.Portal.BaseAddress, $"charities/{HopeStreet}/evidence", "charity-evidence-recipients");
        await charity.GetByLabel("Which evidence").SelectOptionAsync(new SelectOptionValue { Label = "Six facilitators trained and paid" });
        await charity.GetByLabel("Participant 1 to email").FillAsync("p-44");
        await charity.Locator("#ask-recipients-0-email").FillAsync("sam@localhost"); // the browser takes it; the portal wants a domain with a dot
        await charity.GetByRole(AriaRole.Button, new() { Name = "Make the links" }).ClickAsync();
        await Assertions.Expect(charity.Locator("#ask-recipients-0-email-error")).ToBeVisibleAsync();
        await Visit.CheckAsync(charity, "charity-evidence-recipients-error");

        await charity.Locator("#ask-recipients-0-email").FillAsync("sam@example.org");
        await charity.GetByRole(AriaRole.Button, new() { Name = "Make the links" }).ClickAsync();
        await Assertions.Expect(charity.GetByRole(AriaRole.Status)).ToContainTextAsync("p-44: the link was emailed to them");
        await Assertions.Expect(charity.GetByRole(AriaRole.Status).GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await Visit.CheckAsync(charity, "charity-evidence-recipients-emailed");
    }

    [Fact]
    public async Task AnInvitationCanBeEmailedAsWellAsShown()
    {
        var page = await Visit.SignedInAsync(fixture, "demo-charity");
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{HopeStreet}/members", "charity-members-email");
        await page.GetByLabel("Their email address").FillAsync("kim@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make an invitation link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The link was emailed to kim@example.org");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).GetByRole(AriaRole.Link)).ToHaveTextAsync(new Regex("/join/"));
        await Visit.CheckAsync(page, "charity-invitation-emailed");
    }

    [Fact]
    public async Task PlatformAdminsSeeFailingMailAndNobodyElseDoes()
    {
        var admin = await Visit.SignedInAsync(fixture, PortalHost.Admin);
        await Visit.GoAsync(admin, fixture.Portal.BaseAddress, "admin/mail", "admin-mail");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mail that keeps failing");
        // The embedded default writes mail as files: nothing fails.
        await Assertions.Expect(admin.GetByText("No message is failing.")).ToBeVisibleAsync();

        var charity = await Visit.SignedInAsync(fixture, "demo-charity");
        await Visit.GoAsync(charity, fixture.Portal.BaseAddress, "admin/mail", "admin-mail-refused");
        await Assertions.Expect(charity.GetByText("Only a platform admin may do this.")).ToBeVisibleAsync();
    }
}
