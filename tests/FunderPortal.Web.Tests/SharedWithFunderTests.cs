using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// A funder reads on the web what a charity shares with it, read-only: evidence (items meant for funders, with their
/// attestation status and participants' words) and check-ins (reflections, readiness, principles, leadership beside the
/// national benchmarks). The demo's Hope Street shares its journey, plan and evidence with the demo funder.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SharedWithFunderTests(BrowserFixture fixture)
{
    private const string HopeStreet = "GB-CHC-9000002";

    [Fact]
    public async Task AFunderReadsSharedEvidenceWithParticipantsWordsAndNothingThatWrites()
    {
        var page = await Visit.SignedInAsync(fixture, "demo-funder");
        var response = await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"charities/{HopeStreet}/evidence").ToString());

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Six facilitators trained and paid" })).ToBeVisibleAsync();
        var trained = page.Locator("section.card", new() { HasText = "Six facilitators trained and paid" });
        await Assertions.Expect(trained).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Confirmed by participants:\s+(yes|not yet): \d+ of \d+ agreed"));
        await Assertions.Expect(page.GetByText("Being paid the same as staff made me feel valued.")).ToBeVisibleAsync();
        // Disagreement stays visible to the funder too.
        await Assertions.Expect(page.GetByText("The morning group is only once a month, so it does not help me yet.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Shown to you: the items Hope Street Peer Support shares with funders")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("main form").CountAsync());
        Assert.Equal(0, await page.Locator($"main a[href^='/charities/{HopeStreet}/evidence/']").CountAsync());
        await Visit.CheckAsync(page, "funder-shared-evidence");
    }

    [Fact]
    public async Task AFunderReadsCheckInsAndLeadershipBesideTheBenchmarksAndNothingThatWrites()
    {
        var page = await Visit.SignedInAsync(fixture, "demo-funder");
        var response = await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"charities/{HopeStreet}/check-in").ToString());

        Assert.Equal(200, response!.Status);
        var checkIn = page.Locator("section.card", new() { HasText = "Paying facilitators made people stay." });
        await Assertions.Expect(checkIn).ToContainTextAsync("Evening sessions clashed with caring duties.");
        // The readiness answers (board buy-in only partly) and the principle ratings (diversity 3, the rest 4).
        await Assertions.Expect(checkIn.Locator("dl.facts").Nth(1)).ToContainTextAsync("Partly");
        await Assertions.Expect(checkIn.Locator("dl.facts").Nth(2)).ToContainTextAsync("Diversity3 of 5");
        await Assertions.Expect(checkIn.Locator("dl.facts").Nth(2)).ToContainTextAsync("Equality4 of 5");
        var leadership = page.GetByRole(AriaRole.Table, new() { Name = "Lived-experience leadership" });
        await Assertions.Expect(leadership).ToContainTextAsync("Nationally, 67% of charities' volunteers are or were users of their services.");
        await Assertions.Expect(leadership).ToContainTextAsync("just under 8%");
        Assert.Equal(0, await page.Locator("main form").CountAsync());
        await Visit.CheckAsync(page, "funder-shared-check-ins");
    }

    [Fact]
    public async Task WithoutTheShareTheFunderIsRefusedAsBefore()
    {
        // Riverside shares its journey and plan with the demo funder, not its evidence.
        var page = await Visit.SignedInAsync(fixture, "demo-funder");
        var response = await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, "charities/GB-SC-SC900003/evidence").ToString());

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "We cannot show this page" })).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "funder-evidence-not-shared");
    }
}
