using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using FunderPortal.TestIdentityProvider;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Playwright;

namespace FunderPortal.Web.Tests;

/// <summary>
/// Single sign-on end to end against a real OpenID Connect provider (OpenIddict) on loopback: a person signs in through
/// it with the code flow and PKCE and lands on the page they asked for, then signs out of the portal and the provider;
/// the API takes the provider's access tokens and refuses, with 401 problem+json, one from another issuer, an expired
/// one and one for another audience.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SingleSignOnTests(BrowserFixture browser, SingleSignOnFixture sso) : IClassFixture<SingleSignOnFixture>
{
    private const string OrgId = "GB-CHC-2468013";

    [Fact]
    public async Task SigningInThroughTheProviderLandsOnThePageAskedForAndSigningOutEndsBothSessions()
    {
        // The provider's certificate is a throwaway one: only its own pages need the exception.
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var portal = sso.Portal.BaseAddress;
        var provider = sso.Provider.BaseAddress;

        try
        {
            // A page that needs someone signed in goes straight on to the provider, which asks who this is.
            await page.GotoAsync(new Uri(portal, "charities/new").ToString());
            await SignInAtTheProviderAsync(page, provider);

            // Back on the page first asked for, as the provider's subject.
            await page.WaitForURLAsync(new Uri(portal, "charities/new").ToString());
            await Assertions.Expect(page.GetByText("Signed in as")).ToContainTextAsync(IdentityProvider.UserName);
            await Visit.CheckAsync(page, "sso-signed-in");

            // Signing out ends the portal's session and the provider's, and comes back to the portal.
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await page.WaitForURLAsync(portal.ToString());
            await Assertions.Expect(SignInLink(page)).ToBeVisibleAsync();
            await Visit.CheckAsync(page, "sso-signed-out");

            // The protected page asks again, and so does the provider: nobody is still signed in there either.
            await page.GotoAsync(new Uri(portal, "charities/new").ToString());
            await page.WaitForURLAsync(url => url.StartsWith(new Uri(provider, "login").ToString(), StringComparison.Ordinal));

            // The portal's own sign-in page leads there too, and back to the page it was asked for.
            await page.GotoAsync(new Uri(portal, "sign-in?returnUrl=%2Ffunders%2Fnew").ToString());
            await Visit.CheckAsync(page, "sso-sign-in");
            await page.GetByRole(AriaRole.Link, new() { Name = "Continue to sign in" }).ClickAsync();
            await SignInAtTheProviderAsync(page, provider);
            await page.WaitForURLAsync(new Uri(portal, "funders/new").ToString());
            await Assertions.Expect(page.GetByText("Signed in as")).ToContainTextAsync(IdentityProvider.UserName);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"Stopped at {page.Url}.{Environment.NewLine}Portal:{Environment.NewLine}{sso.Portal.Output()}{Environment.NewLine}Provider:{Environment.NewLine}{sso.Provider.Output()}", ex);
        }
    }

    [Fact]
    public async Task WithoutAProviderSigningOutEndsTheCookieAndStaysOnThePortal()
    {
        var page = await Visit.SignedInAsync(browser, "sso-bob");
        await page.GotoAsync(new Uri(browser.Portal.BaseAddress, "charities/new").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(browser.Portal.BaseAddress.ToString());
        await Assertions.Expect(SignInLink(page)).ToBeVisibleAsync();
        await page.GotoAsync(new Uri(browser.Portal.BaseAddress, "charities/new").ToString());
        await page.WaitForURLAsync(url => url.StartsWith(new Uri(browser.Portal.BaseAddress, "sign-in").ToString(), StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheApiTakesTheProvidersAccessTokensAndRefusesAnotherIssuersAnExpiredOneAndAnotherAudiences()
    {
        var issuer = sso.Provider.BaseAddress.ToString();
        var now = DateTime.UtcNow;
        using var api = new HttpClient { BaseAddress = sso.Portal.BaseAddress };

        // A token from the provider's own token endpoint works: a charity registered, then read.
        var issued = await IssuedTokenAsync();
        using (var registered = await SendAsync(api, HttpMethod.Post, "api/v1/charities", issued, new { orgId = OrgId, name = "Single Sign-On Trust" }))
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        using (var read = await SendAsync(api, HttpMethod.Get, $"api/v1/charities/{OrgId}", issued))
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);

        // So does one made here with the provider's key, issuer and audience: each refusal below differs in one thing.
        var control = sso.Provider.MintAccessToken(IdentityProvider.UserName, issuer, IdentityProvider.Audience, now.AddMinutes(-1), now.AddMinutes(10));
        using (var read = await SendAsync(api, HttpMethod.Get, $"api/v1/charities/{OrgId}", control))
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);

        using var otherRsa = RSA.Create(2048);
        var otherKey = new RsaSecurityKey(otherRsa) { KeyId = "another-provider" };
        var refused = new Dictionary<string, string>
        {
            ["another issuer, its own key"] = sso.Provider.MintAccessToken(
                IdentityProvider.UserName, "https://127.0.0.1:1/", IdentityProvider.Audience, now.AddMinutes(-1), now.AddMinutes(10), otherKey),
            ["this issuer's name, another key"] = sso.Provider.MintAccessToken(
                IdentityProvider.UserName, issuer, IdentityProvider.Audience, now.AddMinutes(-1), now.AddMinutes(10), otherKey),
            ["expired"] = sso.Provider.MintAccessToken(IdentityProvider.UserName, issuer, IdentityProvider.Audience, now.AddHours(-2), now.AddHours(-1)),
            ["another audience"] = sso.Provider.MintAccessToken(IdentityProvider.UserName, issuer, "another-api", now.AddMinutes(-1), now.AddMinutes(10)),
        };
        foreach (var (why, token) in refused)
        {
            using var response = await SendAsync(api, HttpMethod.Get, $"api/v1/charities/{OrgId}", token);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{why}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(401, problem.RootElement.GetProperty("status").GetInt32());
        }
    }

    /// <summary>The provider's form, filled in as the test user.</summary>
    private static async Task SignInAtTheProviderAsync(IPage page, Uri provider)
    {
        await page.WaitForURLAsync(url => url.StartsWith(new Uri(provider, "login").ToString(), StringComparison.Ordinal));
        await page.GetByLabel("User name").FillAsync(IdentityProvider.UserName);
        await page.GetByLabel("Password").FillAsync(IdentityProvider.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in at the provider" }).ClickAsync();
    }

    private static ILocator SignInLink(IPage page) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Portal" }).GetByRole(AriaRole.Link, new() { Name = "Sign in" });

    /// <summary>An access token from the provider's token endpoint (the password grant of its API test client).</summary>
    private async Task<string> IssuedTokenAsync()
    {
        using var provider = sso.ProviderClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = IdentityProvider.UserName,
            ["password"] = IdentityProvider.Password,
            ["client_id"] = IdentityProvider.ApiTestClientId,
            ["client_secret"] = IdentityProvider.ApiTestClientSecret,
        });
        using var response = await provider.PostAsync(new Uri("connect/token", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"The provider refused: {body}{Environment.NewLine}{sso.Provider.Output()}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("access_token").GetString()!;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient api, HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return await api.SendAsync(request);
    }
}
