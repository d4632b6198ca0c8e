using System.Net;

namespace FunderPortal.Api.Tests;

/// <summary>
/// Every setting is bound once and validated at start-up: a bad one stops the portal before it serves anything, with
/// a message that names the setting and what it should be. Secrets in a bad value are never repeated.
/// </summary>
public sealed class SettingsTests
{
    [Theory]
    [InlineData("Portal:Mode", "Sideways", "Portal:Mode must be Embedded or Cluster (was Sideways)")]
    [InlineData("Portal:Mode", "2", "Portal:Mode must be Embedded or Cluster (was 2)")]
    [InlineData("Portal:DataPath", " ", "Portal:DataPath must be a folder (was empty)")]
    [InlineData("Portal:MaxJsonBodyBytes", "0", "Portal:MaxJsonBodyBytes must be 1 or more (was 0)")]
    [InlineData("Portal:MaxAttachmentBytes", "25MB", "Portal:MaxAttachmentBytes must be a whole number (was 25MB)")]
    [InlineData("Portal:PublicBaseUrl", "portal.example.org", "Portal:PublicBaseUrl must be an absolute http or https address such as https://portal.example.org (was portal.example.org)")]
    [InlineData("Portal:PublicBaseUrl", "ftp://portal.example.org", "Portal:PublicBaseUrl must be an absolute http or https address such as https://portal.example.org (was ftp://portal.example.org)")]
    [InlineData("Portal:RateLimit:PermitsPerMinute", "-5", "Portal:RateLimit:PermitsPerMinute must be 0 or more (was -5)")]
    [InlineData("Portal:RateLimit:PermitsPerMinute", "lots", "Portal:RateLimit:PermitsPerMinute must be a whole number (was lots)")]
    [InlineData("Portal:Retention:PanelCommentDays", "-1", "Portal:Retention:PanelCommentDays must be 0 (kept until erased) or more (was -1)")]
    [InlineData("Portal:Retention:AttestationCommentDays", "-30", "Portal:Retention:AttestationCommentDays must be 0 (kept until erased) or more (was -30)")]
    [InlineData("Portal:PersonalData:MasterKey", "AAAA", "Portal:PersonalData:MasterKey must be base64 of 32 bytes (was 3 bytes)")]
    [InlineData("Portal:KeyRing:ProtectionKey", "AAAA", "Portal:KeyRing:ProtectionKey must be base64 of 32 bytes (was 3 bytes)")]
    [InlineData("Auth:DevTokens", "maybe", "Auth:DevTokens must be true or false (was maybe)")]
    [InlineData("Auth:Authority", "login", "Auth:Authority must be an absolute http or https address such as https://portal.example.org (was login)")]
    [InlineData("Auth:ClientId", "portal", "Auth:Authority must be set when Auth:ClientId is: the OpenID Connect authority of that client (was empty)")]
    [InlineData("Auth:Authority", "https://login.example.org", "Auth:DevTokens must be unset or false when Auth:Authority is set: development tokens let anyone act as anyone (was true)")]
    [InlineData("Portal:TrustedProxies", "10.0.0.5,proxy.internal", "Portal:TrustedProxies must be addresses and CIDR networks separated by commas, such as 10.0.0.5,10.1.0.0/16 (was proxy.internal)")]
    [InlineData("Portal:TrustedProxies", "10.0.0.0/33", "Portal:TrustedProxies must be addresses and CIDR networks separated by commas, such as 10.0.0.5,10.1.0.0/16 (was 10.0.0.0/33)")]
    [InlineData("Orleans:SiloPort", "70000", "Orleans:SiloPort must be between 1 and 65535 (was 70000)")]
    [InlineData("Orleans:GatewayPort", "-1", "Orleans:GatewayPort must be between 0 and 65535 (was -1)")]
    [InlineData("Orleans:AdvertisedIPAddress", "here", "Orleans:AdvertisedIPAddress must be an IP address such as 127.0.0.1 (was here)")]
    public async Task ABadSettingStopsStartUpNamingIt(string key, string value, string message)
    {
        var failure = await StartUpFailureAsync(new() { [key] = value });

        Assert.Contains(message, failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClusterModeWithoutItsConnectionStringsDoesNotStart()
    {
        var failure = await StartUpFailureAsync(new() { ["Portal:Mode"] = "Cluster" });

        Assert.Contains("ConnectionStrings:Events must be set in cluster mode", failure, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Redis must be set in cluster mode", failure, StringComparison.Ordinal);
        Assert.Contains("Portal:KeyRing:ProtectionKey must be set in cluster mode, the same on every silo", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedSecretIsNamedButNeverShown()
    {
        var failure = await StartUpFailureAsync(new()
        {
            ["Portal:Mode"] = "Cluster",
            ["ConnectionStrings:Events"] = "Host=db;Password=hunter2;nonsense",
            ["ConnectionStrings:Redis"] = "127.0.0.1:6390",
            ["Portal:PersonalData:MasterKey"] = "s3cret-but-not-base64!",
        });

        Assert.Contains("ConnectionStrings:Events must be an Npgsql connection string", failure, StringComparison.Ordinal);
        Assert.Contains("Portal:PersonalData:MasterKey must be base64 of 32 bytes (was not base64)", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentTokensInClusterModeNeedTheSharedKey()
    {
        await using var portal = new PortalFactory()
            .WithSetting("Portal:Mode", "Cluster")
            .WithSetting("ConnectionStrings:Events", "Host=127.0.0.1;Database=portal;Username=portal")
            .WithSetting("ConnectionStrings:Redis", "127.0.0.1:6390")
            .WithSetting("Auth:DevSigningKey", "");

        var failure = StartUpFailure(portal);

        Assert.Contains("Auth:DevSigningKey must be set, the same on every silo, when Auth:DevTokens is on in cluster mode (was empty)", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryBadSettingIsNamedAtOnce()
    {
        var failure = await StartUpFailureAsync(new()
        {
            ["Portal:MaxJsonBodyBytes"] = "-1",
            ["Orleans:AdvertisedIPAddress"] = "here",
        });

        Assert.Contains("Portal:MaxJsonBodyBytes must be 1 or more (was -1)", failure, StringComparison.Ordinal);
        Assert.Contains("Orleans:AdvertisedIPAddress must be an IP address", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoodSettingsInAnyCaseStart()
    {
        await using var portal = new PortalFactory()
            .WithSetting("Portal:Mode", "embedded")
            .WithSetting("Portal:PublicBaseUrl", "https://portal.example.org/")
            .WithSetting("Portal:RateLimit:PermitsPerMinute", "0")
            .WithSetting("Portal:Retention:PanelCommentDays", "0")
            .WithSetting("Portal:PersonalData:MasterKey", Convert.ToBase64String(new byte[32]));

        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync("/health/live")).StatusCode);
    }

    private static async Task<string> StartUpFailureAsync(Dictionary<string, string> settings)
    {
        await using var portal = new PortalFactory();
        foreach (var (key, value) in settings)
            portal.WithSetting(key, value);
        return StartUpFailure(portal);
    }

    /// <summary>Every message of the exception start-up failed with (inner ones included).</summary>
    private static string StartUpFailure(PortalFactory portal)
    {
        var failed = Assert.ThrowsAny<Exception>(() => portal.CreateClient());
        var messages = new List<string>();
        for (Exception? e = failed; e is not null; e = e.InnerException)
            messages.Add(e.Message);
        if (failed is AggregateException aggregate)
            messages.AddRange(aggregate.Flatten().InnerExceptions.Select(e => e.Message));
        return string.Join(Environment.NewLine, messages);
    }
}
