using System.Net;

namespace FunderPortal.Api.Tests;

/// <summary>Security headers on every answer, and the per-person rate limit.</summary>
[Collection(PortalCollection.Name)]
public sealed class ProtectionTests(PortalFactory portal)
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/api/v1/vocabulary")]
    [InlineData("/api/v1/charities/GB-CHC-1")] // 401, a problem
    [InlineData("/no/such/page")]              // 404
    public async Task EveryAnswerCarriesTheSecurityHeaders(string path)
    {
        var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PastThePerPersonLimitTheAnswerIs429WithRetryAfter()
    {
        await using var limited = new PortalFactory().WithSetting("Portal:RateLimit:PermitsPerMinute", "5");
        var alice = await limited.ClientForAsync("alice");
        var bob = await limited.ClientForAsync("bob");

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync("/api/v1/vocabulary")).StatusCode);
        var refused = await alice.GetAsync("/api/v1/vocabulary");

        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        // Each person has their own allowance, and health probes are never limited.
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync("/api/v1/vocabulary")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync("/health")).StatusCode);
    }
}
