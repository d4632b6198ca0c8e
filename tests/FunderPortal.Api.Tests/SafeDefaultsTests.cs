using System.Net;
using System.Net.Http.Json;
using FunderPortal.Api.Hosting;
using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FunderPortal.Api.Tests;

/// <summary>
/// Safe by default: development sign-in only on a machine of one's own, redirects only to this site, and grains that
/// check a platform admin themselves. (Proxies and cookies are tested over real HTTP, with nginx, in the system tests.)
/// </summary>
public sealed class SafeDefaultsTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/charities/GB-CHC-1/journey?tab=2", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("charities", false)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("/\t/evil.example", false)]
    [InlineData("/ok\r\nSet-Cookie: x=1", false)]
    [InlineData("https://evil.example/", false)]
    public void OnlyALocalPathIsAReturnAddress(string? url, bool local)
    {
        Assert.Equal(local, LocalReturnUrl.IsLocal(url));
        Assert.Equal(local ? url : "/", LocalReturnUrl.OrHome(url));
    }

    [Theory]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://LOCALHOST:5080", true)]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("http://127.0.0.2:8080", true)]
    [InlineData("https://[::1]:5001", true)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://[::]:8080", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://+:8080", false)]
    [InlineData("http://10.0.0.4:8080", false)]
    [InlineData("http://portal.example.org:80", false)]
    [InlineData("not an address", false)]
    public void OnlyLoopbackAddressesAreThisMachinesOwn(string url, bool loopback) =>
        Assert.Equal(loopback, ListenAddresses.IsLoopback(url));

    [Fact]
    public void EveryAddressMustBeLoopback()
    {
        Assert.True(ListenAddresses.AllLoopback(["http://localhost:5080", "http://127.0.0.1:5081"]));
        Assert.False(ListenAddresses.AllLoopback(["http://localhost:5080", "http://0.0.0.0:5081"]));
    }

    [Theory]
    [InlineData(null, "", false)] // the README's dotnet run: localhost
    [InlineData("http://127.0.0.1:5090;http://localhost:5091", "", false)]
    [InlineData("http://0.0.0.0:8080", "", true)] // the container image
    [InlineData("http://127.0.0.1:5090;http://0.0.0.0:8080", "", true)]
    [InlineData(null, "false", true)] // turned off on loopback too
    [InlineData("http://0.0.0.0:8080", "true", false)] // turned on by name
    public async Task DevelopmentSignInIsOnByDefaultOnlyOnLoopback(string? urls, string devTokens, bool off)
    {
        await using var portal = new PortalFactory().WithSetting("Auth:DevTokens", devTokens);
        if (urls is not null)
            portal.WithSetting("urls", urls);
        // Unchecked: a portal without development sign-in has no /dev/token, which the contract describes.
        var http = portal.CreateUncheckedClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var token = await http.PostAsJsonAsync("/dev/token", new { subject = "mallory" });
        var signIn = await http.GetAsync("/dev/sign-in?subject=mallory");
        var demo = await http.PostAsync("/dev/demo", null);

        if (off)
        {
            // No such route: POST meets only the pages' catch-all GET (405), GET the not-found page (404).
            Assert.True(token.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"POST /dev/token answered {token.StatusCode}");
            Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);
            Assert.False(signIn.Headers.Contains("Set-Cookie"));
            Assert.True(demo.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"POST /dev/demo answered {demo.StatusCode}");
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
    }

    [Theory]
    [InlineData("%2F%09%2Fevil.example", "/")]
    [InlineData("%2F%2Fevil.example", "/")]
    [InlineData("%2F%5Cevil.example", "/")]
    [InlineData("https%3A%2F%2Fevil.example", "/")]
    [InlineData("%2Fcharities%3Fpage%3D2", "/charities?page=2")]
    public async Task DevelopmentSignInSendsPeopleOnlyToThisSite(string returnUrl, string expected)
    {
        await using var portal = new PortalFactory();
        var http = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await http.GetAsync($"/dev/sign-in?subject=alice&returnUrl={returnUrl}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AGrainRefusesAVerificationByAnyoneButAPlatformAdmin()
    {
        await using var portal = new PortalFactory().WithSetting("Portal:Admins", "admin-ada");
        var orgId = await (await portal.ClientForAsync("alice")).RegisterAsync();
        var charity = portal.Services.GetRequiredService<IGrainFactory>().GetGrain<ICharityGrain>(orgId);

        // A caller inside the silo naming a subject is not believed: the grain checks the host's own list.
        await Assert.ThrowsAsync<ForbiddenException>(() => charity.VerifyAsync("self-verified", "alice"));
        await Assert.ThrowsAsync<ForbiddenException>(() => charity.WithdrawVerificationAsync("alice"));
        var verified = await charity.VerifyAsync("Found on the register", "admin-ada");

        Assert.NotNull(verified.Verification);
    }
}
