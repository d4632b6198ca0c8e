using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FunderPortal.Testing.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace FunderPortal.Api.Tests;

/// <summary>
/// Links mailed over a real SMTP server (aiosmtpd, started here): attestation links to recipients (the answer's url null;
/// the address sealed under the participant's key, exported and erased with them, never in the database as text nor in
/// a log line), and charity and panel invitations emailed as well as returned.
/// </summary>
public sealed partial class MailedLinksTests
{
    private const string Admin = "mail-links-admin";

    private static readonly string[] DatabaseFiles = ["", "-wal"];

    [GeneratedRegex(@"https://portal\.example\.org/attest/([^\s""<>]+)")]
    private static partial Regex AttestLink();

    [GeneratedRegex(@"https://portal\.example\.org/voice/([^\s""<>]+)")]
    private static partial Regex VoiceLink();

    [GeneratedRegex(@"https://portal\.example\.org/join/([^\s""<>]+)")]
    private static partial Regex JoinLink();

    [GeneratedRegex(@"https://portal\.example\.org/panel/join/([^\s""<>]+)")]
    private static partial Regex PanelJoinLink();

    private static async Task<MimeMessage> MailToAsync(SmtpInstance smtp, string address)
    {
        for (var clock = System.Diagnostics.Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(30); await Task.Delay(100))
        {
            var found = smtp.Messages().Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m))))
                .Where(m => m.To.Mailboxes.Any(a => a.Address == address)).ToList();
            if (found.Count > 0)
                return Assert.Single(found);
        }
        throw new Xunit.Sdk.XunitException($"No message reached {address} within 30 s.");
    }

    /// <summary>The database files as anyone holding them would read them.</summary>
    private static string DatabaseText(PortalFactory portal) => string.Concat(DatabaseFiles
        .Select(suffix => portal.DatabasePath + suffix).Where(File.Exists)
        .Select(path => Encoding.UTF8.GetString(File.ReadAllBytes(path))));

    [Fact]
    public async Task RecipientsGetTheirLinkByMailTheAnswerHidesItAndTheirAddressIsSealedExportedAndErasedWithThem()
    {
        await using var smtp = await SmtpInstance.StartAsync();
        var logs = new CapturedLogs();
        await using var portal = MailTests.MailingPortal(smtp).WithSetting("Portal:Admins", Admin)
            .WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
        var charity = await portal.ClientForAsync($"charity-{Guid.NewGuid():n}");
        var orgId = await charity.RegisterAsync();
        var ws = await charity.StartWorkstreamAsync(orgId);
        var created = await charity.PostAsync($"/api/v1/charities/{orgId}/evidence", Http.Json($$"""
            {"kind":"DecisionRecord","title":"Members chose the new worker","workstreamId":"{{ws}}"}
            """));
        var evidence = (await created.JsonAsync()).GetProperty("id").GetString()!;
        var attestations = $"/api/v1/charities/{orgId}/evidence/{evidence}/attestations";
        var address = $"sam-{Guid.NewGuid():n}@example.org";

        await (await charity.PostAsync(attestations, Http.Json("""{"recipients":[{"participant":"p-2","email":"not an address"}]}""")))
            .AssertInvalidAsync("recipients[0].email");
        await (await charity.PostAsync(attestations, Http.Json("""{"participants":[]}"""))).AssertInvalidAsync("participants");
        await (await charity.PostAsync(attestations, Http.Json($$"""{"participants":["p-2"],"recipients":[{"participant":"p-2","email":"{{address}}"}]}""")))
            .AssertInvalidAsync("participants");

        var asked = await charity.PostAsync(attestations, Http.Json($$"""{"participants":["p-1"],"recipients":[{"participant":"p-2","email":"{{address}}"}]}"""));
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var links = (await asked.JsonAsync()).GetProperty("links");
        Assert.Equal(("p-1", JsonValueKind.String), (links[0].GetProperty("participant").GetString(), links[0].GetProperty("url").ValueKind));
        Assert.Equal(("p-2", JsonValueKind.Null), (links[1].GetProperty("participant").GetString(), links[1].GetProperty("url").ValueKind));

        // The participant's link came by mail, and works like any other.
        var mail = await MailToAsync(smtp, address);
        Assert.Equal(("FunderPortal", true), (mail.From.Mailboxes.Single().Name, mail.MessageId?.EndsWith("@funderportal", StringComparison.Ordinal) == true));
        var token = Uri.UnescapeDataString(AttestLink().Match(mail.TextBody ?? "").Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync($"/api/v1/attestations/{Uri.EscapeDataString(token)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await portal.CreateClient().PostAsync($"/api/v1/attestations/{Uri.EscapeDataString(token)}",
            Http.Json("""{"stance":"Agree"}"""))).StatusCode);
        var item = await (await charity.GetAsync($"/api/v1/charities/{orgId}/evidence/{evidence}")).JsonAsync();
        Assert.Equal("Agree", item.GetProperty("attestation").GetProperty("responses").EnumerateArray()
            .Single(r => r.GetProperty("participant").GetString() == "p-2").GetProperty("stance").GetString());
        Assert.DoesNotContain(address, item.GetRawText(), StringComparison.Ordinal);

        // Sealed: nowhere in the database as text, in no log line; the admin's export of the participant holds it.
        Assert.DoesNotContain(address, DatabaseText(portal), StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(address, StringComparison.Ordinal));
        var admin = await portal.ClientForAsync(Admin);
        var person = $"/api/v1/admin/people/participants/{orgId}/p-2";
        var export = await (await admin.GetAsync($"{person}/export")).JsonAsync();
        var held = Assert.Single(export.GetProperty("items").EnumerateArray(), i => i.GetProperty("text").GetString() == address);
        Assert.Equal("contact", held.GetProperty("purpose").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(person)).StatusCode);
        var after = await (await admin.GetAsync($"{person}/export")).JsonAsync();
        Assert.All(after.GetProperty("items").EnumerateArray(), i => Assert.Equal("erased", i.GetProperty("text").GetString()));
        Assert.DoesNotContain(address, await charity.GetStringAsync($"/api/v1/charities/{orgId}/history"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AParticipantCheckInLinkIsMailedToARecipientAndTheirAddressIsSealed()
    {
        await using var smtp = await SmtpInstance.StartAsync();
        await using var portal = MailTests.MailingPortal(smtp);
        var charity = await portal.ClientForAsync($"charity-{Guid.NewGuid():n}");
        var orgId = await charity.RegisterAsync();
        var checkIn = (await (await charity.PostAsync($"/api/v1/charities/{orgId}/check-ins", Http.Json(JourneyRoutesTests.FullCheckIn))).JsonAsync())
            .GetProperty("id").GetString()!;
        var address = $"kim-{Guid.NewGuid():n}@example.org";

        var made = await charity.PostAsync($"/api/v1/charities/{orgId}/check-ins/{checkIn}/participant-links",
            Http.Json($$"""{"recipients":[{"participant":"p-7","email":"{{address}}"}]}"""));
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await made.JsonAsync()).GetProperty("links")[0].GetProperty("url").ValueKind);

        var mail = await MailToAsync(smtp, address);
        var token = Uri.UnescapeDataString(VoiceLink().Match(mail.TextBody ?? "").Groups[1].Value);
        var prompt = await (await portal.CreateClient().GetAsync($"/api/v1/participant-check-ins/{Uri.EscapeDataString(token)}")).JsonAsync();
        Assert.Equal("p-7", prompt.GetProperty("participant").GetString());
        Assert.DoesNotContain(address, DatabaseText(portal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvitationWithAnAddressIsEmailedAsWellAsReturnedAndThePanelKeepsAnInviteesAddressSealed()
    {
        await using var smtp = await SmtpInstance.StartAsync();
        var logs = new CapturedLogs();
        await using var portal = MailTests.MailingPortal(smtp).WithSetting("Portal:Admins", Admin)
            .WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
        var cast = await portal.CastAsync();

        // A charity's invitation: the link in the answer is the link in the mail, and it works once.
        var invitee = $"jo-{Guid.NewGuid():n}@example.org";
        var invitations = $"/api/v1/charities/{cast.OrgA}/invitations";
        await (await cast.CharityA.PostAsync(invitations, Http.Json("""{"role":"Viewer","email":"jo@"}"""))).AssertInvalidAsync("email");
        var invited = await cast.CharityA.PostAsync(invitations, Http.Json($$"""{"role":"Viewer","email":"{{invitee}}"}"""));
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var url = (await invited.JsonAsync()).GetProperty("links")[0].GetProperty("url").GetString()!;
        var mail = await MailToAsync(smtp, invitee);
        Assert.StartsWith("You are invited to join", mail.Subject, StringComparison.Ordinal);
        var token = JoinLink().Match(mail.TextBody ?? "").Groups[1].Value;
        Assert.EndsWith($"/join/{token}", url, StringComparison.Ordinal);
        var joiner = await portal.ClientForAsync($"jo-{Guid.NewGuid():n}");
        Assert.Equal(HttpStatusCode.OK, (await joiner.PostAsync($"/api/v1/invitations/{token}/accept", null)).StatusCode);

        // A panel's: emailed too; the invitee joins by the mailed link without an account, and the round keeps their
        // address sealed under their own key (exported with them), the copy under the invitee's key destroyed.
        var roundId = (await cast.Funder.CreateRoundAsync(cast.FunderOrgId)).GetProperty("id").GetString()!;
        var panellistAddress = $"kim-{Guid.NewGuid():n}@example.org";
        await (await cast.Funder.PostAsync($"/api/v1/rounds/{roundId}/invitations", Http.Json("""{"email":"kim"}"""))).AssertInvalidAsync("email");
        var panelUrl = await cast.Funder.InviteAsync(roundId, $$"""{"email":"{{panellistAddress}}"}""");
        var panelMail = await MailToAsync(smtp, panellistAddress);
        var panelToken = Uri.UnescapeDataString(PanelJoinLink().Match(panelMail.TextBody ?? "").Groups[1].Value);
        Assert.Equal(panelUrl, panelToken);
        var accepted = await portal.CreateClient().PostAsync($"/api/v1/panel-invitations/{Uri.EscapeDataString(panelToken)}/accept", Http.Json("{}"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var panellistId = (await accepted.JsonAsync()).GetProperty("panellistId").GetString()!;

        Assert.DoesNotContain(panellistAddress, DatabaseText(portal), StringComparison.Ordinal);
        Assert.DoesNotContain(invitee, DatabaseText(portal), StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(panellistAddress, StringComparison.Ordinal) || line.Contains(invitee, StringComparison.Ordinal));
        var admin = await portal.ClientForAsync(Admin);
        var export = await (await admin.GetAsync($"/api/v1/admin/people/panellists/{roundId}/{panellistId}/export")).JsonAsync();
        Assert.Contains(panellistAddress, export.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()));
        var people = await (await admin.GetAsync($"/api/v1/admin/people?round={roundId}")).JsonAsync();
        var inviteeKey = people.EnumerateArray().Select(p => p.GetProperty("personId").GetString()!).Single(p => p.Contains("/invitation-", StringComparison.Ordinal));
        var inviteeExport = await (await admin.GetAsync($"/api/v1/admin/people/panellists/{roundId}/{inviteeKey.Split('/')[^1]}/export")).JsonAsync();
        Assert.All(inviteeExport.GetProperty("items").EnumerateArray(), i => Assert.Equal("erased", i.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task MailThatKeepsFailingIsShownToPlatformAdminsWithTheReasonAndTheAddressMaskedUntilItIsDelivered()
    {
        await using var smtp = await SmtpInstance.StartAsync();
        var logs = new CapturedLogs();
        await using var portal = MailTests.MailingPortal(smtp).WithSetting("Portal:Admins", Admin)
            .WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
        var person = await portal.ClientForAsync($"failing-{Guid.NewGuid():n}");
        var admin = await portal.ClientForAsync(Admin);
        Assert.Equal(HttpStatusCode.Forbidden, (await person.GetAsync("/api/v1/admin/mail-failures")).StatusCode);
        Assert.Equal(0, (await (await admin.GetAsync("/api/v1/admin/mail-failures")).JsonAsync()).GetArrayLength());

        await smtp.StopAsync();
        var address = $"fay-{Guid.NewGuid():n}@example.org";
        Assert.Equal(HttpStatusCode.OK, (await person.PutAsync("/api/v1/me/preferences", Http.Json($$"""{"email":"{{address}}"}"""))).StatusCode);
        JsonElement failing = default;
        for (var clock = System.Diagnostics.Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(250))
        {
            var listed = await (await admin.GetAsync("/api/v1/admin/mail-failures")).JsonAsync();
            if (listed.GetArrayLength() > 0)
            {
                failing = listed[0];
                break;
            }
        }
        Assert.Equal(JsonValueKind.Object, failing.ValueKind);
        Assert.Equal(("address confirmation", $"f***@example.org", "Failing"),
            (failing.GetProperty("what").GetString(), failing.GetProperty("to").GetString(), failing.GetProperty("status").GetString()));
        Assert.True(failing.GetProperty("attempts").GetInt32() >= 3);
        Assert.Contains("refused", failing.GetProperty("reason").GetString(), StringComparison.OrdinalIgnoreCase);

        // The page shows the same, the address masked.
        var browser = portal.CreateClient();
        var page = await browser.GetAsync($"/dev/sign-in?subject={Admin}&returnUrl={Uri.EscapeDataString("/admin/mail")}");
        var html = System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("address confirmation", html, StringComparison.Ordinal);
        Assert.Contains("f***@example.org", html, StringComparison.Ordinal);
        Assert.DoesNotContain(address, html, StringComparison.Ordinal);

        // Back: it is delivered, and shown so.
        await smtp.StartAgainAsync();
        await MailToAsync(smtp, address);
        for (var clock = System.Diagnostics.Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(30); await Task.Delay(250))
        {
            if ((await (await admin.GetAsync("/api/v1/admin/mail-failures")).JsonAsync())[0].GetProperty("status").GetString() == "DeliveredLater")
                break;
        }
        var delivered = (await (await admin.GetAsync("/api/v1/admin/mail-failures")).JsonAsync())[0];
        Assert.Equal("DeliveredLater", delivered.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, delivered.GetProperty("deliveredAt").ValueKind);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(address, StringComparison.Ordinal));
    }
}
