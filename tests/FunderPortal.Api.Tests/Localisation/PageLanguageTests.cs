using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FunderPortal.Api.Tests.Leaks;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FunderPortal.Api.Tests.Localisation;

/// <summary>
/// A page's language (issue 21), over real HTTP: the culture cookie first, then a signed-in person's stored language,
/// then <c>Accept-Language</c>; English when nothing says otherwise. The switch (<c>POST /language</c>) sets the cookie,
/// and a signed-in person's stored language too.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class PageLanguageTests(PortalFactory portal)
{
    private const string CultureCookie = ".AspNetCore.Culture";

    [Theory]
    [InlineData("cy", "cy")]
    [InlineData("cy-GB", "cy")]
    [InlineData("cy-GB,en;q=0.5", "cy")]
    [InlineData("en", "en")]
    [InlineData("en-GB,cy;q=0.5", "en")]
    [InlineData("fr", "en")]
    [InlineData(null, "en")]
    public async Task A_page_is_in_the_language_the_browser_asks_for(string? acceptLanguage, string lang)
    {
        var page = await GetAsync(Browser(), "/sign-in", acceptLanguage);
        Assert.Equal(lang, LangOf(page));
    }

    [Fact]
    public async Task The_culture_cookie_comes_before_the_browsers_language()
    {
        Assert.Equal("cy", LangOf(await GetAsync(Browser(), "/", "en", cookie: "c=cy-GB|uic=cy-GB")));
        Assert.Equal("en", LangOf(await GetAsync(Browser(), "/", "cy", cookie: "c=en-GB|uic=en-GB")));
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_a_400_problem()
    {
        var browser = Browser();
        foreach (var path in new[] { "/language", "/sign-out" })
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["language"] = "cy", ["returnUrl"] = "/" });
            var answer = await browser.PostAsync(path, form);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
            Assert.False(answer.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(CultureCookie, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task The_switch_sets_the_culture_cookie_and_goes_back()
    {
        var browser = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }); // keeps cookies: the antiforgery one
        var page = await GetAsync(browser, "/sign-in", null);
        Assert.Equal("en", LangOf(page));

        var switched = await browser.PostAsync("/language", SwitchForm(page, "cy", "/sign-in"));

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/sign-in", switched.Headers.Location?.OriginalString);
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CultureCookie + "=", StringComparison.Ordinal));
        Assert.StartsWith($"{CultureCookie}=c%3Dcy-GB%7Cuic%3Dcy-GB;", cookie, StringComparison.Ordinal);
        Assert.Equal("cy", LangOf(await GetAsync(browser, "/sign-in", "en")));

        var back = await browser.PostAsync("/language", SwitchForm(await GetAsync(browser, "/sign-in", null), "en", "/sign-in"));
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("en", LangOf(await GetAsync(browser, "/sign-in", "cy")));
    }

    [Fact]
    public async Task The_switch_stores_a_signed_in_persons_language()
    {
        var subject = $"switch-{Guid.NewGuid():n}";
        var api = await portal.ClientForAsync(subject);
        using var browser = await Browsers.SignedInAsync(portal, subject);
        var page = await (await browser.GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Equal("en", LangOf(page));

        var switched = await browser.PostAsync("/language", SwitchForm(page, "cy", "/"));

        Assert.Equal(HttpStatusCode.OK, switched.StatusCode); // followed back to the home page, now in Welsh
        Assert.Equal("cy", LangOf(await switched.Content.ReadAsStringAsync()));
        var preferences = await (await api.GetAsync("/api/v1/me/preferences")).JsonAsync();
        Assert.Equal("cy", preferences.GetProperty("language").GetString());
    }

    [Fact]
    public async Task A_signed_in_persons_stored_language_is_used_without_the_cookie()
    {
        var subject = $"stored-{Guid.NewGuid():n}";
        var api = await portal.ClientForAsync(subject);
        var stored = await api.PutAsync("/api/v1/me/preferences", JsonContent.Create(new { language = "cy" }));
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var browser = Browser();
        var signedIn = await browser.GetAsync($"/dev/sign-in?subject={subject}");
        var session = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("funderportal=", StringComparison.Ordinal)).Split(';')[0];

        // Only the sign-in cookie, no culture cookie, and a browser asking for English: the stored language wins,
        // and is remembered in the culture cookie.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("en");
        request.Headers.Add("Cookie", session);
        var page = await browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("cy", LangOf(await page.Content.ReadAsStringAsync()));
        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CultureCookie + "=c%3Dcy-GB", StringComparison.Ordinal));

        // Someone else, signed in with English stored (which cannot be told from never having chosen), keeps the
        // browser's language: Welsh when it asks for Welsh.
        var other = $"stored-en-{Guid.NewGuid():n}";
        await (await portal.ClientForAsync(other)).PutAsync("/api/v1/me/preferences", JsonContent.Create(new { language = "en" }));
        var otherSession = Assert.Single((await browser.GetAsync($"/dev/sign-in?subject={other}")).Headers.GetValues("Set-Cookie"),
            c => c.StartsWith("funderportal=", StringComparison.Ordinal)).Split(';')[0];
        using var asksWelsh = new HttpRequestMessage(HttpMethod.Get, "/");
        asksWelsh.Headers.AcceptLanguage.ParseAdd("cy");
        asksWelsh.Headers.Add("Cookie", otherSession);
        Assert.Equal("cy", LangOf(await (await browser.SendAsync(asksWelsh)).Content.ReadAsStringAsync()));
    }

    /// <summary>A browser without a cookie jar, that does not follow redirects: each request says what it sends.</summary>
    private HttpClient Browser() => portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static async Task<string> GetAsync(HttpClient browser, string path, string? acceptLanguage, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        if (cookie is not null)
            request.Headers.Add("Cookie", $"{CultureCookie}={cookie}");
        var response = await browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The language switch's form on <paramref name="page"/>, filled in (its antiforgery token is the page's).</summary>
    private static FormUrlEncodedContent SwitchForm(string page, string language, string returnUrl) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = Antiforgery().Match(page).Groups[1].Value,
        ["language"] = language,
        ["returnUrl"] = returnUrl,
    });

    private static string LangOf(string page) => HtmlLang().Match(page) is { Success: true } m ? m.Groups[1].Value : "(no lang)";

    [GeneratedRegex("<html lang=\"([^\"]*)\"")]
    private static partial Regex HtmlLang();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
