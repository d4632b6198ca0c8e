using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// One host and one headless chromium for the whole collection. The browser is Debian's (apt package chromium, which
/// test.sh installs): Playwright never downloads one. Without it the tests fail, never skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumNames = ["chromium", "chromium-browser"];

    private IPlaywright? _playwright;

    public PortalHost Portal { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var chromium = FindChromium() ?? throw new InvalidOperationException(
            "Browser tests need Debian's chromium on PATH: apt-get install -y chromium (./test.sh installs it).");
        Portal = await PortalHost.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Portal is not null)
            await Portal.DisposeAsync();
    }

    private static string? FindChromium() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .SelectMany(dir => ChromiumNames.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
