using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>WCAG reflow: the main pages work at 320 px wide and at 200% zoom without scrolling sideways.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture fixture)
{
    private static readonly (string Subject, string Path)[] MainPages =
    [
        ("demo-charity", "charities/GB-CHC-9000002"),
        ("demo-charity", "charities/GB-CHC-9000002/plan"),
        ("demo-charity", "charities/GB-CHC-9000002/evidence"),
        ("demo-charity", "charities/GB-CHC-9000002/participants"),
        ("demo-charity", "charities/GB-CHC-9000002/leadership"),
        ("demo-charity", "charities/GB-CHC-9000002/audit"),
        ("demo-charity", "charities/GB-CHC-9000002/progress"),
        ("demo-charity", "charities/GB-CHC-9000002/timeline"),
        ("demo-charity", "charities/GB-CHC-9000002/check-in"),
        ("demo-charity", "charities/GB-CHC-9000002/sharing"),
        ("demo-charity", "charities/GB-CHC-9000002/grants"),
        ("demo-charity", "charities/GB-CHC-9000002/inbox"),
        ("demo-charity", "charities/GB-CHC-9000002/feedback"),
        ("demo-charity", "charities/GB-CHC-9000002/members"),
        ("demo-charity", "notifications"),
        ("demo-charity", "me/preferences"),
        ("demo-funder", "funders/GB-CHC-9000001"),
        ("demo-funder", "funders/GB-CHC-9000001/grants"),
        ("demo-funder", "funders/GB-CHC-9000001/imports"),
        ("demo-funder", "funders/GB-CHC-9000001/programmes"),
        ("demo-funder", "funders/GB-CHC-9000001/connect?barrier=TimeResourcesSkills"),
        ("demo-funder", "funders/GB-CHC-9000001/members"),
        ("demo-funder", "funders/GB-CHC-9000001/profile"),
        ("demo-funder", "funders/GB-CHC-9000001/access-log"),
        ("demo-funder", "funders/GB-CHC-9000001/grants/1/report"),
        ("demo-funder", "funders/GB-CHC-9000001/insights"),
        ("demo-funder", "funders/GB-CHC-9000001/feedback"),
        ("demo-funder", "funders/GB-CHC-9000001/charities/GB-CHC-9000002"),
        ("demo-funder", "funders/GB-CHC-9000001/rounds"),
        ("demo-funder", "funders/GB-CHC-9000001/rounds/new"),
        ("demo-funder", "rounds/de300000000000000000000000000001"),
        ("demo-funder", "rounds/de300000000000000000000000000001/setup"),
        ("demo-funder", "rounds/de300000000000000000000000000001/conflicts"),
        ("demo-funder", "rounds/de300000000000000000000000000001/payments"),
        ("demo-panellist", "rounds/de300000000000000000000000000001"),
    ];

    /// <summary>
    /// The pages live in their own library: the host must still serve the stylesheet at the root and the framework's
    /// script that makes forms and links enhanced (a host without .razor files of its own is not given it by default).
    /// </summary>
    [Theory]
    [InlineData("app.css", "text/css")]
    [InlineData("_framework/blazor.web.js", "text/javascript")]
    public async Task TheHostServesThePagesStylesheetAndTheFrameworksScript(string path, string mediaType)
    {
        using var http = new HttpClient { BaseAddress = fixture.Portal.BaseAddress };
        using var response = await http.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheMainPagesDoNotScrollSidewaysAt320PixelsOrAt200PercentZoom()
    {
        // The pages of one workstream, plan line and piece of evidence, found by their links (the demo's ids are made fresh).
        var finder = await Visit.SignedInAsync(fixture, "demo-charity");
        List<(string Subject, string Path)> pagesToCheck = [.. MainPages];
        foreach (var (from, link) in new[] { ("charities/GB-CHC-9000002", "/workstreams/"), ("charities/GB-CHC-9000002/plan", "/plan/lines/"), ("charities/GB-CHC-9000002/evidence", "/evidence/") })
        {
            await finder.GotoAsync(new Uri(fixture.Portal.BaseAddress, from).ToString());
            var href = await finder.Locator($"main a[href*='{link}']").First.GetAttributeAsync("href");
            Assert.False(string.IsNullOrEmpty(href), $"{from} links to no page under {link}.");
            pagesToCheck.Add(("demo-charity", href!.TrimStart('/')));
        }
        await finder.Context.CloseAsync();

        // 320 CSS pixels is WCAG's reflow width; 640 pixels at twice the density is a 1280-pixel screen zoomed to 200%.
        foreach (var (name, viewport, scale) in new[] { ("320", new ViewportSize { Width = 320, Height = 640 }, 1f), ("zoom200", new ViewportSize { Width = 640, Height = 450 }, 2f) })
        {
            var pages = new Dictionary<string, IPage>();
            foreach (var (subject, path) in pagesToCheck)
            {
                if (!pages.TryGetValue(subject, out var page))
                {
                    var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport, DeviceScaleFactor = scale });
                    page = await context.NewPageAsync();
                    await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"dev/sign-in?subject={subject}").ToString());
                    pages[subject] = page;
                }
                var response = await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, path).ToString());
                Assert.True(response?.Status == 200, $"{path} answered {response?.Status} to {subject}.");
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow} px at {name}.");
            }
            foreach (var page in pages.Values)
                await page.Context.CloseAsync();
        }
        var check = await Visit.SignedInAsync(fixture, "demo-charity", new ViewportSize { Width = 320, Height = 640 });
        await Visit.GoAsync(check, fixture.Portal.BaseAddress, "charities/GB-CHC-9000002/members", "charity-members-320");
    }

    [Fact]
    public async Task AJourneyPrintsWithoutNavigationOrForms()
    {
        var page = await Visit.SignedInAsync(fixture, "demo-charity");
        await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, "charities/GB-CHC-9000002").ToString());
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Portal" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hope Street Peer Support", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table").First).ToBeVisibleAsync();
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
        Assert.True(pdf.Length > 1000);
    }
}
