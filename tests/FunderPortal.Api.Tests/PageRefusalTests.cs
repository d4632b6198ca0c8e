using System.Net;
using System.Text.RegularExpressions;
using FunderPortal.Api.Tests.Leaks;

namespace FunderPortal.Api.Tests;

/// <summary>
/// The pages refuse by the table the API answers by: a form saved against a version someone else has replaced (the
/// API's 412) is told so, saves nothing, and shows the latest version; it is never called invalid.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class PageRefusalTests(PortalFactory portal)
{
    private const string StaleWords =
        "Someone else changed this while you were editing; your changes were not saved. Here is the latest version.";

    [Fact]
    public async Task AProfileFormMadeStaleBySomeoneElseIsToldSoAndShowsTheLatestVersion()
    {
        var subject = $"stale-{Guid.NewGuid():n}";
        var api = await portal.ClientForAsync(subject);
        var orgId = await api.RegisterAsync();
        using var browser = await Browsers.SignedInAsync(portal, subject);
        var path = $"/charities/{orgId}/members";
        var form = await browser.GetStringAsync(path);
        var shownVersion = HiddenVersion().Match(form).Groups[1].Value;

        // Someone else saves first, through the API.
        Assert.Equal(HttpStatusCode.OK, (await api.PatchAsync($"/api/v1/charities/{orgId}", Http.Json("""{"name":"Hope Street Trust"}"""))).StatusCode);
        var saved = await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "profile",
            ["__RequestVerificationToken"] = Antiforgery().Match(form).Groups[1].Value,
            ["Input.Version"] = shownVersion,
            ["Input.Name"] = "Lost update",
            ["Input.Areas"] = "",
            ["Input.Causes"] = "",
            ["Input.Meaning"] = "",
        }));
        var page = await saved.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode); // an enhanced form shows it in place
        Assert.Contains(StaleWords, page, StringComparison.Ordinal);
        Assert.DoesNotContain("not valid", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("value=\"Hope Street Trust\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Lost update\"", page, StringComparison.Ordinal);
        Assert.NotEqual(shownVersion, HiddenVersion().Match(page).Groups[1].Value);
        var profile = await (await api.GetAsync($"/api/v1/charities/{orgId}")).JsonAsync();
        Assert.Equal("Hope Street Trust", profile.GetProperty("name").GetString());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("name=\"Input.Version\" value=\"([0-9]+)\"")]
    private static partial Regex HiddenVersion();
}
