using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace FunderPortal.Api.Tests.Leaks;

/// <summary>Clients that keep cookies as a browser does, signed in the ways people sign in to the web portal.</summary>
public static partial class Browsers
{
    /// <summary>A browser signed in by cookie as <paramref name="subject"/> through <c>GET /dev/sign-in</c>.</summary>
    public static async Task<HttpClient> SignedInAsync(PortalFactory portal, string subject)
    {
        var browser = portal.CreateClient();
        var signedIn = await browser.GetAsync($"/dev/sign-in?subject={Uri.EscapeDataString(subject)}");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains(subject, await signedIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        return browser;
    }

    /// <summary>A browser with no account that joins a panel through the invitation page, and keeps its panel cookie.</summary>
    public static async Task<HttpClient> JoinedPanelAsync(PortalFactory portal, string invitationToken)
    {
        var browser = portal.CreateClient();
        var path = $"/panel/join/{Uri.EscapeDataString(invitationToken)}";
        var page = await (await browser.GetAsync(path)).Content.ReadAsStringAsync();
        var joined = await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "join",
            ["__RequestVerificationToken"] = Antiforgery().Match(page).Groups[1].Value,
            ["Input.MeetingTimes"] = "",
        }));
        Assert.Contains("you are on the panel", await joined.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        return browser;
    }

    /// <summary>A browser that sends a bearer token with every page request (a panellist-only token is honoured on pages).</summary>
    public static HttpClient WithBearer(PortalFactory portal, string token)
    {
        var browser = portal.CreateClient();
        browser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return browser;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
