using System.Text;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// An applicant on the web: saves a draft, is told what it lacks, sends it, sends a recording instead of writing (with
/// its words and captions), finds it among the charity's applications, and withdraws it; a funder publishes the round
/// and anyone finds it without signing in; a panellist opens the journey an application links.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RoundApplicantTests(BrowserFixture fixture)
{
    private const string DemoRoundId = "de300000000000000000000000000001";

    /// <summary>A round of the demo funder's, open for applications, made through the API (its setup page is another's work).</summary>
    private async Task<(string RoundId, string Title)> OpenRoundAsync(string title)
    {
        using var funder = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, "demo-funder");
        var today = ApiSetup.Today;
        var round = await funder.PostAsync("api/v1/funders/GB-CHC-9000001/rounds", new
        {
            title,
            budgetPence = 2_000_000,
            minAwardPence = 100_000,
            maxAwardPence = 500_000,
            timetable = new { opens = ApiSetup.Day(today), closes = ApiSetup.Day(today.AddDays(14)), scoringEnds = ApiSetup.Day(today.AddDays(28)), decisionsBy = ApiSetup.Day(today.AddDays(42)) },
            eligibilityQuestions = new[] { new { question = "Are people with lived experience paid for their time?", requiredAnswer = true } },
            criteria = new[] { new { wording = "People with lived experience lead the work." } },
        });
        var roundId = round.GetProperty("id").GetString()!;
        await funder.PostAsync($"api/v1/rounds/{roundId}/phase", new { phase = "Open" });
        return (roundId, title);
    }

    private static async Task AssertNoSidewaysScrollAt320Async(BrowserFixture fixture, string subject, string path)
    {
        var page = await Visit.SignedInAsync(fixture, subject, new ViewportSize { Width = 320, Height = 640 });
        await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, path).ToString());
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow} px at 320 px.");
        await page.Context.CloseAsync();
    }

    private static byte[] Mp3() => [.. "ID3\u0004\0\0"u8, .. new byte[2_048]];

    private static byte[] Mp4() => [0, 0, 0, 0x18, .. "ftypisom"u8, .. new byte[2_048]];

    [Fact]
    public async Task AnApplicantDraftsSendsRecordsAndWithdrawsAnApplication()
    {
        var (roundId, title) = await OpenRoundAsync("Voices in the room fund");
        var subject = $"applicant-{Guid.NewGuid():n}"[..20];
        var orgId = ApiSetup.NewOrgId(7);
        using (var charity = await ApiSetup.AsAsync(fixture.Portal.BaseAddress, subject))
            await charity.CharityAsync(orgId, "Harbour Lights Collective");
        var page = await Visit.SignedInAsync(fixture, subject);
        await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"rounds/{roundId}").ToString());

        // A draft may leave out the amount and the answers.
        await page.GetByLabel("Your charity's org-id").FillAsync(orgId);
        await page.GetByLabel("In your own words").FillAsync("Our members run the drop-in and want to pay themselves for it.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a draft" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your draft is saved");
        await Assertions.Expect(page.GetByText("Draft: only your charity sees it").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("No amount given yet.")).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "applicant-draft");

        // Sending it names what is missing, beside each field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();
        await Assertions.Expect(page.Locator("#change-amountRequestedPence-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#change-eligibilityAnswers-q1-error")).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "applicant-draft-errors");
        await page.GetByLabel("How much you ask for, in pounds").FillAsync("4,000");
        await page.GetByRole(AriaRole.Group, new() { Name = "Are people with lived experience paid for their time?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your application is sent");
        await Assertions.Expect(page.GetByText("Asks for £4,000.")).ToBeVisibleAsync();

        // A recording instead of writing: it plays in the page, with its words beside it.
        await page.GetByLabel("A recording (sound or video)").CheckAsync();
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "our-story.mp3", MimeType = "audio/mpeg", Buffer = Mp3() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach the file" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("our-story.mp3 is attached");
        await Assertions.Expect(page.Locator("audio[controls]")).ToHaveCountAsync(1);
        await page.GetByLabel("Its words written out").FillAsync("Hello, we are Harbour Lights. Our members run the drop-in.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the transcript" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the transcript of our-story.mp3 is saved");
        await Assertions.Expect(page.Locator(".transcript", new() { HasText = "Hello, we are Harbour Lights." })).ToBeVisibleAsync();

        // A video, with captions for panellists who cannot hear it; a file that is not a recording is refused as one.
        await page.GetByLabel("A recording (sound or video)").CheckAsync();
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "notes.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach the file" }).ClickAsync();
        await Assertions.Expect(page.Locator("#upload-file-error")).ToContainTextAsync("A recording is a sound or video file.");
        await page.GetByLabel("A recording (sound or video)").CheckAsync();
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "our-story.mp4", MimeType = "video/mp4", Buffer = Mp4() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach the file" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("our-story.mp4 is attached");
        await page.GetByLabel("Captions for the video").SetInputFilesAsync(new FilePayload
        {
            Name = "our-story.vtt",
            MimeType = "text/vtt",
            Buffer = Encoding.UTF8.GetBytes("WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the captions" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the captions of our-story.mp4 are added");
        await Assertions.Expect(page.Locator("video[controls] track[kind=captions]")).ToHaveCountAsync(1);
        await Visit.CheckAsync(page, "applicant-recordings");
        var path = new Uri(page.Url).PathAndQuery.TrimStart('/');
        await AssertNoSidewaysScrollAt320Async(fixture, subject, path);

        // The charity finds its application again among its applications to rounds.
        await page.GetByRole(AriaRole.Link, new() { Name = "All your charity's applications" }).ClickAsync();
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Rounds applied to, newest first" });
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { NameRegex = new System.Text.RegularExpressions.Regex(title) })).ToContainTextAsync("Sent");
        await Visit.CheckAsync(page, "charity-applications");
        await AssertNoSidewaysScrollAt320Async(fixture, subject, $"charities/{orgId}/applications");

        await table.GetByRole(AriaRole.Link, new() { Name = "Application 1" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the application" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your application is withdrawn");
        await Assertions.Expect(page.GetByText("Status: Withdrawn")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the application" })).ToHaveCountAsync(0);
        await Visit.CheckAsync(page, "applicant-withdrawn");
    }

    [Fact]
    public async Task AFunderPublishesARoundAndAnyoneFindsAndReadsItWithoutSigningIn()
    {
        var (roundId, title) = await OpenRoundAsync($"Community voices {Guid.NewGuid():n}"[..24]);
        var funder = await Visit.SignedInAsync(fixture, "demo-funder");
        await funder.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"rounds/{roundId}").ToString());
        await funder.GetByRole(AriaRole.Button, new() { Name = "Publish the public page" }).ClickAsync();
        await Assertions.Expect(funder.GetByRole(AriaRole.Status)).ToContainTextAsync("the public page is published");
        await Visit.CheckAsync(funder, "funder-round-published");

        var context = await fixture.Browser.NewContextAsync();
        var anyone = await context.NewPageAsync();
        await Visit.GoAsync(anyone, fixture.Portal.BaseAddress, "rounds", "public-rounds");
        await anyone.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(anyone.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(anyone.GetByText("Are people with lived experience paid for their time? Yes")).ToBeVisibleAsync();
        await Assertions.Expect(anyone.GetByText("£20,000 in all; each award from £1,000 to £5,000.")).ToBeVisibleAsync();
        await Assertions.Expect(anyone.GetByRole(AriaRole.Link, new() { Name = "Apply" })).ToBeVisibleAsync();
        await Visit.CheckAsync(anyone, "public-round");
        await AssertNoSidewaysScrollAt320Async(fixture, "demo-charity", $"rounds/{roundId}/public");
        await AssertNoSidewaysScrollAt320Async(fixture, "demo-charity", "rounds");

        await funder.GetByRole(AriaRole.Button, new() { Name = "Take down the public page" }).ClickAsync();
        await Assertions.Expect(funder.GetByRole(AriaRole.Status)).ToContainTextAsync("the public page is taken down");
        var gone = await anyone.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"rounds/{roundId}/public").ToString());
        Assert.Equal(404, gone?.Status);
        await Visit.CheckAsync(anyone, "public-round-gone");
        await context.CloseAsync();
    }

    [Fact]
    public async Task APanellistOpensTheJourneyAnApplicationLinksAndTheCharitySeesTheRead()
    {
        var page = await Visit.SignedInAsync(fixture, "demo-panellist");
        await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"rounds/{DemoRoundId}").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Application 2: Riverside Carers Network" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Read their journey map" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Riverside Carers Network", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("You read this as a panellist")).ToBeVisibleAsync();
        await Visit.CheckAsync(page, "panel-journey");

        var charity = await Visit.SignedInAsync(fixture, "demo-charity");
        await charity.GotoAsync(new Uri(fixture.Portal.BaseAddress, "charities/GB-SC-SC900003/audit").ToString());
        await Assertions.Expect(charity.GetByText("on the panel of the round “Lived experience leadership fund”").First).ToBeVisibleAsync();
    }
}
