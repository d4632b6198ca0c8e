using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>What every flow does on every page it reaches: check it with axe (WCAG 2.2 AA) and keep a screenshot.</summary>
public static class Visit
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>
    /// A full-page screenshot of every page checked, or (in CI, <c>CI=true</c>, where nobody looks at them and each costs
    /// the 2-core machine a PNG encoding) only of a page with violations. <c>WEB_TEST_SCREENSHOTS=all|failures</c> chooses.
    /// </summary>
    private static readonly bool ScreenshotEveryPage = Environment.GetEnvironmentVariable("WEB_TEST_SCREENSHOTS") is { Length: > 0 } choice
        ? choice == "all"
        : !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Zero violations, or a failure naming each rule and the elements that break it.</summary>
    public static async Task CheckAsync(IPage page, string screenshotName)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        if (ScreenshotEveryPage || results.Violations.Length > 0)
        {
            Directory.CreateDirectory(ScreenshotFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{screenshotName}.png"), FullPage = true });
        }
        var violations = results.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join("; ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.True(results.Violations.Length == 0, $"Accessibility violations on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    public static async Task GoAsync(IPage page, Uri baseAddress, string path, string screenshotName)
    {
        await page.GotoAsync(new Uri(baseAddress, path).ToString());
        await CheckAsync(page, screenshotName);
    }

    /// <summary>A fresh browser context (its own cookies) signed in as a development identity.</summary>
    public static async Task<IPage> SignedInAsync(BrowserFixture fixture, string subject, ViewportSize? viewport = null)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.Portal.BaseAddress, $"dev/sign-in?subject={Uri.EscapeDataString(subject)}").ToString());
        return page;
    }
}
