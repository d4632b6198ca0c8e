using System.Net;
using System.Net.Http.Headers;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// Pages without forms of their own carry an ETag covering everything they show (issue 23): the browser's copy is
/// answered 304 while it is current, the person and what they may see change the tag, a page with forms carries none,
/// and a page sent as kept still signs out (its antiforgery token is bound to the browser's own cookie).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageETagTests(BrowserFixture fixture)
{
    private const string Journey = "charities/GB-CHC-9000002";

    [Fact]
    public async Task TheJourneyPageIsTaggedAndAnswers304WhileTheBrowsersCopyIsCurrent()
    {
        using var charity = await SignedInAsync("demo-charity");
        await charity.GetAsync(Journey); // the first page sets the antiforgery cookie the header's sign-out form is bound to

        using var first = await charity.GetAsync(Journey);
        var etag = first.Headers.ETag;
        using var again = await charity.GetAsync(Journey);
        using var notModified = await GetIfNoneMatchAsync(charity, Journey, etag!);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        Assert.True(first.Headers.CacheControl is { Private: true, NoCache: true, NoStore: false }, $"Cache-Control: {first.Headers.CacheControl}");
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        // Another person, or the same page asked differently, is another tag.
        using var funder = await SignedInAsync("demo-funder");
        await funder.GetAsync(Journey);
        using var theirs = await funder.GetAsync(Journey);
        using var asOf = await charity.GetAsync($"{Journey}?asOf=2026-01-01");
        Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);
        Assert.NotEqual(etag, theirs.Headers.ETag);
        Assert.NotEqual(etag, asOf.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, (await GetIfNoneMatchAsync(funder, Journey, etag)).StatusCode);
    }

    [Fact]
    public async Task APageWithFormsOfItsOwnCarriesNoETag()
    {
        using var charity = await SignedInAsync("demo-charity");
        await charity.GetAsync(Journey);

        using var plan = await charity.GetAsync($"{Journey}/plan");

        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        Assert.Contains("method=\"post\"", await plan.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(plan.Headers.ETag);
    }

    [Fact]
    public async Task APageSentAsKeptStillSignsOut()
    {
        var page = await Visit.SignedInAsync(fixture, "demo-charity");
        var journey = new Uri(fixture.Portal.BaseAddress, Journey).ToString();
        await page.GotoAsync(journey);
        var answer = await page.GotoAsync(journey); // made once for this ETag, now sent as kept
        Assert.NotNull(await answer!.HeaderValueAsync("etag"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Portal" }).GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private async Task<HttpClient> SignedInAsync(string subject)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var http = new HttpClient(handler) { BaseAddress = fixture.Portal.BaseAddress };
        using var signIn = await http.GetAsync($"dev/sign-in?subject={Uri.EscapeDataString(subject)}");
        Assert.True((int)signIn.StatusCode < 400, $"Signing in as {subject} answered {(int)signIn.StatusCode}.");
        return http;
    }

    private static async Task<HttpResponseMessage> GetIfNoneMatchAsync(HttpClient http, string path, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        return await http.SendAsync(request);
    }
}
