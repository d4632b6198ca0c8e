using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using FunderPortal.Notifications;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace FunderPortal.Api.Tests;

/// <summary>
/// Notifications and mail in Welsh and English (issue 21): a person is mailed in their stored language and reads their
/// notifications in the language of the request; mail to an address with no account (an invitation) is in the language of
/// the person who sent it, and a panellist who joined by an emailed link is mailed the round's notices in the language
/// they joined in.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class WelshMailTests(PortalFactory portal)
{
    private const string Preferences = "/api/v1/me/preferences";

    private static readonly CultureInfo Cy = CultureInfo.GetCultureInfo("cy-GB");

    [GeneratedRegex(@"/panel/join/([^\s""<>]+)")]
    private static partial Regex PanelJoinLink();

    private IReadOnlyList<MimeMessage> To(string address) => Directory.Exists(portal.MailOutbox)
        ? [.. Directory.EnumerateFiles(portal.MailOutbox, "*.eml").Select(f => MimeMessage.Load(f)).Where(m => m.To.Mailboxes.Any(a => a.Address == address))]
        : [];

    private async Task<IReadOnlyList<MimeMessage>> ReceivedAsync(string address, int count)
    {
        for (var clock = System.Diagnostics.Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(30); await Task.Delay(100))
        {
            if (To(address).Count >= count)
                return To(address);
        }
        throw new Xunit.Sdk.XunitException($"{count} message(s) did not reach {address} within 30 s.");
    }

    private static HttpRequestMessage In(string language, HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return request;
    }

    /// <summary>A charity's owner with a confirmed address and <paramref name="language"/>, and a funder the charity shares with.</summary>
    private async Task<(HttpClient Owner, HttpClient Funder, string OrgId, string FunderOrgId, string Address)> WorldAsync(string language)
    {
        var suffix = Guid.NewGuid().ToString("n")[..8];
        var owner = await portal.ClientForAsync($"welsh-mail-owner-{suffix}");
        var orgId = await owner.RegisterAsync();
        var funder = await portal.ClientForAsync($"welsh-mail-funder-{suffix}");
        var funderOrgId = Http.NewOrgId();
        Assert.Equal(HttpStatusCode.Created, (await funder.PostAsync("/api/v1/funders", Http.Json($$"""{"orgId":"{{funderOrgId}}","name":"Hope Trust"}"""))).StatusCode);
        await owner.ShareAsync(orgId, funderOrgId, """["Journey"]""");

        var address = $"{language}-{suffix}@example.org";
        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsync(Preferences, Http.Json($$"""{"email":"{{address}}","language":"{{language}}"}"""))).StatusCode);
        var confirmation = Assert.Single(await ReceivedAsync(address, 1));
        await MailHttp.ConfirmAsync(portal, confirmation);
        return (owner, funder, orgId, funderOrgId, address);
    }

    private static async Task<JsonElement> NewestNotificationAsync(HttpClient person, string? language = null)
    {
        for (var clock = System.Diagnostics.Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(30); await Task.Delay(100))
        {
            var response = await person.SendAsync(language is null
                ? new HttpRequestMessage(HttpMethod.Get, "/api/v1/me/notifications")
                : In(language, HttpMethod.Get, "/api/v1/me/notifications"));
            var items = (await response.JsonAsync()).GetProperty("items");
            if (items.GetArrayLength() > 0)
                return items[0];
        }
        throw new Xunit.Sdk.XunitException("No notification within 30 s.");
    }

    [Fact]
    public async Task APersonWhoseLanguageIsWelshIsMailedInWelshAndReadsTheirNotificationsInTheLanguageTheyAskFor()
    {
        var (owner, funder, orgId, funderOrgId, address) = await WorldAsync("cy");
        var confirmation = To(address)[0];
        Assert.Equal("Cadarnhewch eich cyfeiriad e-bost ar gyfer FunderPortal", confirmation.Subject);
        Assert.Contains("Dilynwch y ddolen hon i gael hysbysiadau FunderPortal yn y cyfeiriad hwn:", confirmation.TextBody, StringComparison.Ordinal);
        Assert.Contains(">Cadarnhewch y cyfeiriad hwn</a>", confirmation.HtmlBody, StringComparison.Ordinal);

        await MailHttp.FeedbackAsync(funder, funderOrgId, orgId, "Da iawn & diolch.");

        var mail = (await ReceivedAsync(address, 2)).Single(m => m.MessageId != confirmation.MessageId);
        Assert.Equal("Adborth: Da iawn & diolch.", mail.Subject);
        Assert.Contains("Hope Trust i Hope Street: adborth.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Mynd ato: ", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Dim rhagor o negeseuon e-bost fel hyn: ", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<strong>Adborth: Da iawn &amp; diolch.</strong>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(">Mynd ato</a>", mail.HtmlBody, StringComparison.Ordinal);

        // Read in the language of the request, whatever the stored one: Welsh asked for, Welsh; English asked for, English.
        var welsh = await NewestNotificationAsync(owner, "cy");
        Assert.Equal(("Adborth: Da iawn & diolch.", "Hope Trust i Hope Street: adborth."), (welsh.GetProperty("title").GetString(), welsh.GetProperty("text").GetString()));
        var english = await NewestNotificationAsync(owner, "en");
        Assert.Equal(("Feedback: Da iawn & diolch.", "Hope Trust to Hope Street: feedback."), (english.GetProperty("title").GetString(), english.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task APersonWhoseLanguageIsEnglishIsMailedInEnglishAndReadsEnglishWithoutAsking()
    {
        var (owner, funder, orgId, funderOrgId, address) = await WorldAsync("en");
        Assert.Equal("Confirm your email address for FunderPortal", To(address)[0].Subject);

        await MailHttp.FeedbackAsync(funder, funderOrgId, orgId, "Well done.");

        var mail = (await ReceivedAsync(address, 2)).Single(m => m.Subject != "Confirm your email address for FunderPortal");
        Assert.Equal("Feedback: Well done.", mail.Subject);
        Assert.Contains("Hope Trust to Hope Street: feedback.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Go to it: ", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(">Go to it</a>", mail.HtmlBody, StringComparison.Ordinal);
        var listed = await NewestNotificationAsync(owner);
        Assert.Equal(("Feedback: Well done.", "Hope Trust to Hope Street: feedback."), (listed.GetProperty("title").GetString(), listed.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task AnInvitationIsMailedInTheSendersLanguageAndAPanellistIsMailedTheRoundsNoticesInTheLanguageTheyJoinedIn()
    {
        var cast = await portal.CastAsync();

        // A charity's invitation sent from a Welsh page: in Welsh, its date too.
        var invitee = $"jo-{cast.Suffix}@example.org";
        var invited = await cast.CharityA.SendAsync(In("cy", HttpMethod.Post, $"/api/v1/charities/{cast.OrgA}/invitations",
            Http.Json($$"""{"role":"Viewer","email":"{{invitee}}"}""")));
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var expires = (await invited.JsonAsync()).GetProperty("links")[0].GetProperty("expiresAt").GetDateTimeOffset();
        var invitation = Assert.Single(await ReceivedAsync(invitee, 1));
        Assert.Equal("Fe'ch gwahoddir i ymuno â Hope Street ar FunderPortal", invitation.Subject);
        Assert.Contains("Fe'ch gwahoddir i ymuno â Hope Street ar FunderPortal fel darllenydd.", invitation.TextBody, StringComparison.Ordinal);
        Assert.Contains($"tan {DateOnly.FromDateTime(expires.UtcDateTime).ToString("d MMMM yyyy", Cy)}", invitation.TextBody, StringComparison.Ordinal);
        Assert.Contains("Os nad oeddech yn disgwyl hyn, gallwch anwybyddu'r neges hon.", invitation.HtmlBody, StringComparison.Ordinal);

        // A panel's, sent from an English page: in English. The invitee joins from a Welsh page, and is told in Welsh.
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        var panellist = $"kim-{cast.Suffix}@example.org";
        await cast.Funder.InviteAsync(roundId, $$"""{"email":"{{panellist}}"}""");
        var panelInvitation = Assert.Single(await ReceivedAsync(panellist, 1));
        Assert.Equal("You are invited to the panel of Lived experience fund", panelInvitation.Subject);
        var token = Uri.UnescapeDataString(PanelJoinLink().Match(panelInvitation.TextBody ?? "").Groups[1].Value);
        var accepted = await portal.CreateClient().SendAsync(In("cy", HttpMethod.Post, $"/api/v1/panel-invitations/{Uri.EscapeDataString(token)}/accept", Http.Json("{}")));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        await cast.Funder.MoveToAsync(roundId, "Open");

        var notice = (await ReceivedAsync(panellist, 2)).Single(m => m.MessageId != panelInvitation.MessageId);
        Assert.Equal("Mae “Lived experience fund” bellach ar agor i geisiadau", notice.Subject);
        Assert.Contains("Mae'r rownd ar agor i geisiadau: darllenwch nhw wrth iddynt gyrraedd a datganwch unrhyw wrthdaro buddiannau.", notice.TextBody, StringComparison.Ordinal);
        Assert.Contains("Rydych yn cael hwn oherwydd i chi ymuno â phanel y rownd hon gyda'r cyfeiriad hwn.", notice.TextBody, StringComparison.Ordinal);
    }
}
