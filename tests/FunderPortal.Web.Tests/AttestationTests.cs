using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AttestationTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AParticipantAttestsThroughTheLinkOnAPhone()
    {
        var charity = await Visit.SignedInAsync(fixture, "demo-charity");
        await Visit.GoAsync(charity, fixture.Portal.BaseAddress, "charities/GB-CHC-9000002/evidence", "charity-evidence");
        await charity.GetByLabel("Which evidence").SelectOptionAsync(new SelectOptionValue { Label = "Six facilitators trained and paid" });
        await charity.GetByLabel("Participants", new() { Exact = true }).FillAsync("p-42");
        await charity.GetByRole(AriaRole.Button, new() { Name = "Make the links" }).ClickAsync();
        var link = charity.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("attest") });
        var url = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("No link was shown.");
        Assert.Contains("/attest/GB-CHC-9000002.", url, StringComparison.Ordinal);

        // The participant has no account: a fresh browser, phone-sized.
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 700 } });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync(url);
        await Visit.CheckAsync(phone, "participant-attest");
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hope Street Peer Support asks: is this right?");
        await Assertions.Expect(phone.GetByText("Six people who use our groups finished facilitation training")).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Link, new() { Name = "Journey map" })).ToHaveCountAsync(0); // nothing else of the charity
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 320, $"The page is {width} px wide on a 320 px screen.");

        // Adding something needs words: the error is tied to the field.
        await phone.GetByLabel("Yes, and I want to add something").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#answer-comment-error")).ToBeVisibleAsync();
        await Visit.CheckAsync(phone, "participant-attest-error");
        await phone.GetByLabel("Your words").FillAsync("I co-led the training on the second day.");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        await Visit.CheckAsync(phone, "participant-thank-you");

        await Visit.GoAsync(charity, fixture.Portal.BaseAddress, "charities/GB-CHC-9000002/evidence", "charity-evidence-attested");
        await Assertions.Expect(charity.GetByText("I co-led the training on the second day.")).ToBeVisibleAsync();

        await phone.GotoAsync(url);
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("We cannot show this page");
    }
}
