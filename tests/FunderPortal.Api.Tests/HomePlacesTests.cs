using System.Diagnostics;
using System.Net;
using FunderPortal.Api.Tests.Leaks;

namespace FunderPortal.Api.Tests;

/// <summary>
/// The home page lists the charities, funders and rounds a signed-in person belongs to, from the index each
/// organisation keeps up to date after a membership change (told without waiting, so the test allows a moment).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class HomePlacesTests(PortalFactory portal)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task APersonsHomePageListsTheirCharitiesAndFundersAndForgetsOnesTheyLeave()
    {
        var suffix = Guid.NewGuid().ToString("n")[..8];
        var (alice, bob) = ($"home-alice-{suffix}", $"home-bob-{suffix}");
        var api = await portal.ClientForAsync(alice);
        var charity = await api.RegisterAsync();
        var funder = await api.RegisterFunderAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsync($"/api/v1/charities/{charity}/members/{bob}", Http.Json("""{"role":"Viewer"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PatchAsync($"/api/v1/charities/{charity}", Http.Json("""{"name":"Hope Street Peer Support"}"""))).StatusCode);

        var alicesHome = await HomeWhenAsync(alice, page => page.Contains($"/funders/{funder}", StringComparison.Ordinal)
            && page.Contains("Hope Street Peer Support", StringComparison.Ordinal));
        Assert.Contains($"href=\"/charities/{charity}\"", alicesHome, StringComparison.Ordinal);
        Assert.Contains("charity, editor", alicesHome, StringComparison.Ordinal);
        Assert.Contains("funder, editor", alicesHome, StringComparison.Ordinal);
        var bobsHome = await HomeWhenAsync(bob, page => page.Contains($"/charities/{charity}", StringComparison.Ordinal));
        Assert.Contains("charity, viewer", bobsHome, StringComparison.Ordinal);
        Assert.DoesNotContain($"/funders/{funder}", bobsHome, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/charities/{charity}/members/{bob}")).StatusCode);
        var afterLeaving = await HomeWhenAsync(bob, page => !page.Contains($"/charities/{charity}", StringComparison.Ordinal));
        Assert.DoesNotContain("Your places", afterLeaving, StringComparison.Ordinal);
    }

    /// <summary>The signed-in person's home page, once it satisfies <paramref name="ready"/> (bounded wait).</summary>
    private async Task<string> HomeWhenAsync(string subject, Func<string, bool> ready)
    {
        using var browser = await Browsers.SignedInAsync(portal, subject);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var page = await browser.GetStringAsync("/");
            if (ready(page) || waited.Elapsed > Within)
            {
                Assert.True(ready(page), $"The home page of {subject} did not show the expected places within {Within.TotalSeconds} s:\n{page}");
                return page;
            }
            await Task.Delay(100);
        }
    }
}
