namespace FunderPortal.System.Tests;

/// <summary>
/// The real host refuses to start on a bad setting: it exits with a failure code before serving anything, and what it
/// writes names the setting and what it should be.
/// </summary>
public sealed class BadSettingsTests
{
    private static readonly TimeSpan ExitWithin = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("Portal__Mode", "Sideways", "Portal:Mode must be Embedded or Cluster (was Sideways)")]
    [InlineData("Portal__RateLimit__PermitsPerMinute", "-5", "Portal:RateLimit:PermitsPerMinute must be 0 or more (was -5)")]
    [InlineData("Portal__PublicBaseUrl", "portal.example.org", "Portal:PublicBaseUrl must be an absolute http or https address")]
    public async Task TheHostExitsNamingTheBadSetting(string variable, string value, string message)
    {
        await using var sandbox = PortalSandbox.Create(devSigningKey: "system-tests: bad settings");
        var settings = new WithSetting(sandbox.Settings, variable, value);

        var (exitCode, output) = await PortalProcess.RunUntilExitAsync(settings, ExitWithin);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening on", output, StringComparison.Ordinal);
    }

    /// <summary>The sandbox's settings with one more variable.</summary>
    private sealed record WithSetting(PortalSettings Inner, string Variable, string Value) : IHostSettings
    {
        public Uri BaseAddress => Inner.BaseAddress;

        public string Description => $"{Inner.Description}, {Variable}={Value}";

        public IReadOnlyDictionary<string, string> Environment() =>
            new Dictionary<string, string>(Inner.Environment(), StringComparer.Ordinal) { [Variable] = Value };
    }
}
