using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CharityUpkeepTests(BrowserFixture fixture)
{
    private const string HopeStreet = "GB-CHC-9000002";

    [Fact]
    public async Task TheCharityMarksAMilestoneDoneAndABarrierOvercomeAndAttachesAFile()
    {
        var page = await Visit.SignedInAsync(fixture, "demo-charity");
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{HopeStreet}", "charity-journey-demo");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change rungs, milestones and barriers of Service user advisory board" }).ClickAsync();
        await Visit.CheckAsync(page, "charity-workstream-lists");

        await page.GetByRole(AriaRole.Link, new() { Name = "Change the milestone: Two board members join the interview panel" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Change a milestone" })).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "charity-milestone-change");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GetByLabel("Done on").FillAsync(today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the milestone" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the milestone is saved as done");
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Two board members join the interview panel" }))
            .ToContainTextAsync($"done on {DateTime.UtcNow.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Change the barrier: Lack of understanding" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Change a barrier" })).ToBeVisibleAsync();
        await page.GetByLabel("Status").SelectOptionAsync("Overcome");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the barrier" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the barrier is saved: overcome");
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Trustees are unsure" })).ToContainTextAsync("(overcome)");

        // A file on an evidence item: uploaded by form, listed, and downloadable.
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{HopeStreet}/evidence", "charity-evidence-list");
        await page.GetByRole(AriaRole.Link, new() { Name = "Six facilitators trained and paid" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Six facilitators trained and paid", Level = 1 })).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "charity-evidence-item");
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach the file" }).ClickAsync();
        await Assertions.Expect(page.Locator("#attach-file-error")).ToContainTextAsync("Choose a file to attach");
        await page.GetByLabel("File").SetInputFilesAsync(new FilePayload { Name = "attendance.pdf", MimeType = "application/pdf", Buffer = MinimalPdf() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach the file" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("attendance.pdf is attached");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "attendance.pdf" }).ClickAsync());
        Assert.Equal("attendance.pdf", download.SuggestedFilename);

        await page.GetByLabel("Participant", new() { Exact = true }).SelectOptionAsync("p-2");
        await page.GetByLabel("Your reply").FillAsync("Thank you: we will keep paying the staff rate.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the reply" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your reply to p-2 is added");
        await Assertions.Expect(page.GetByText("You replied: “Thank you: we will keep paying the staff rate.”")).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "charity-evidence-item-done");
    }

    [Fact]
    public async Task TheCharityInvitesAMemberWhoJoinsByTheLinkAndAFunderIsToldWhatIsNotShared()
    {
        var page = await Visit.SignedInAsync(fixture, "demo-charity");
        await Visit.GoAsync(page, fixture.Portal.BaseAddress, $"charities/{HopeStreet}/members", "charity-members");
        await page.GetByLabel("They join as").SelectOptionAsync("Viewer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make an invitation link" }).ClickAsync();
        var link = page.GetByRole(AriaRole.Status).GetByRole(AriaRole.Link);
        await Assertions.Expect(link).ToHaveTextAsync(new Regex("/join/"));
        var url = await link.TextContentAsync();
        await Visit.CheckAsync(page, "charity-invitation");

        var newcomer = $"volunteer-{Guid.NewGuid():n}";
        var joiner = await Visit.SignedInAsync(fixture, newcomer);
        await joiner.GotoAsync(url!);
        await Visit.CheckAsync(joiner, "charity-join");
        await joiner.GetByRole(AriaRole.Button, new() { Name = "Join the charity" }).ClickAsync();
        await Assertions.Expect(joiner.GetByRole(AriaRole.Status)).ToContainTextAsync("you joined the charity as a viewer");
        await Assertions.Expect(joiner.GetByRole(AriaRole.Heading, new() { Name = "Hope Street Peer Support", Level = 1 })).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = newcomer })).ToContainTextAsync("Viewer");

        // A funder the charity shares with, opening a tab for members only, is told so and sent to what it may see.
        var funder = await Visit.SignedInAsync(fixture, "demo-funder");
        var response = await funder.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"charities/{HopeStreet}/timeline").ToString());
        Assert.Equal(403, response!.Status);
        await Visit.CheckAsync(funder, "funder-members-only-tab");
        await Assertions.Expect(funder.GetByText("is for the charity's own members: it is not shared with you")).ToBeVisibleAsync();
        await funder.GetByRole(AriaRole.Link, new() { Name = "See what Hope Street Peer Support shares with you" }).ClickAsync();
        await Assertions.Expect(funder.GetByRole(AriaRole.Heading, new() { Name = "Hope Street Peer Support", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>The smallest file the portal takes as a PDF (its type is checked by the first bytes).</summary>
    private static byte[] MinimalPdf() => System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
}
