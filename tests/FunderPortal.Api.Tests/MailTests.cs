using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FunderPortal.Common;
using FunderPortal.Notifications;
using FunderPortal.Testing.Services;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace FunderPortal.Api.Tests;

/// <summary>
/// Notifications by email: preferences over HTTP (a bad address is 400 naming email; a new one unconfirmed until its
/// link is followed), the embedded default's .eml outbox, one-click unsubscribe without sign-in, and a real SMTP server
/// (aiosmtpd, started here) that is stopped while notices are caused and started again: every message arrives, once.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class MailTests(PortalFactory portal)
{
    private const string Preferences = "/api/v1/me/preferences";

    [GeneratedRegex(@"<https?://[^/>]+/unsubscribe/([^>]+)>")]
    private static partial Regex UnsubscribeLink();

    private static async Task Eventually(Func<bool> condition, string what, int seconds = 30)
    {
        for (var clock = System.Diagnostics.Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(seconds); await Task.Delay(100))
        {
            if (condition())
                return;
        }
        Assert.Fail($"Not {what} within {seconds} s.");
    }

    private static IReadOnlyList<MimeMessage> To(IEnumerable<MimeMessage> messages, string address) =>
        [.. messages.Where(m => m.To.Mailboxes.Any(a => a.Address == address))];

    private static MimeMessage Parse(string raw) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));

    private IReadOnlyList<MimeMessage> Outbox() => Directory.Exists(portal.MailOutbox)
        ? [.. Directory.EnumerateFiles(portal.MailOutbox, "*.eml").Select(f => MimeMessage.Load(f))]
        : [];

    /// <summary>A charity whose owner has an address, a funder sharing in it; the funder's feedback notifies the owner.</summary>
    private static async Task<(HttpClient Owner, HttpClient Funder, string CharityOrgId, string FunderOrgId)> WorldAsync(PortalFactory factory)
    {
        var suffix = Guid.NewGuid().ToString("n")[..8];
        var owner = await factory.ClientForAsync($"mail-owner-{suffix}");
        var orgId = await owner.RegisterAsync();
        var funder = await factory.ClientForAsync($"mail-funder-{suffix}");
        var funderOrgId = Http.NewOrgId();
        Assert.Equal(HttpStatusCode.Created, (await funder.PostAsync("/api/v1/funders", Http.Json($$"""{"orgId":"{{funderOrgId}}","name":"Hope Trust"}"""))).StatusCode);
        await owner.ShareAsync(orgId, funderOrgId, """["Journey"]""");
        return (owner, funder, orgId, funderOrgId);
    }

    [Fact]
    public async Task PreferencesRefuseABadAddressAndANewOneIsUnconfirmedUntilItsLinkIsFollowed()
    {
        var person = await portal.ClientForAsync($"prefs-{Guid.NewGuid():n}");
        var fresh = await (await person.GetAsync(Preferences)).JsonAsync();
        Assert.Equal((JsonValueKind.Null, false, "en"), (fresh.GetProperty("email").ValueKind, fresh.GetProperty("emailConfirmed").GetBoolean(), fresh.GetProperty("language").GetString()));
        Assert.Equal(Enum.GetNames<NotificationKind>().Order(), fresh.GetProperty("delivery").EnumerateObject().Select(p => p.Name).Order());
        Assert.All(fresh.GetProperty("delivery").EnumerateObject(), p => Assert.Equal("Immediately", p.Value.GetString()));

        await (await person.PutAsync(Preferences, Http.Json("""{"email":"not an address"}"""))).AssertInvalidAsync("email");
        await (await person.PutAsync(Preferences, Http.Json("""{"email":"a@b@c.org"}"""))).AssertInvalidAsync("email");
        await (await person.PutAsync(Preferences, Http.Json("""{"language":"fr"}"""))).AssertInvalidAsync("language");

        var address = $"p-{Guid.NewGuid():n}@example.org";
        var changed = await person.PutAsync(Preferences, Http.Json($$$"""{"email":"{{{address}}}","language":"cy","delivery":{"GrantRecorded":"Off","CheckInDue":"WeeklyDigest"}}"""));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var body = await changed.JsonAsync();
        Assert.Equal((address, false, "cy"), (body.GetProperty("email").GetString(), body.GetProperty("emailConfirmed").GetBoolean(), body.GetProperty("language").GetString()));
        Assert.Equal(("Off", "WeeklyDigest", "Immediately"), (body.GetProperty("delivery").GetProperty("GrantRecorded").GetString(),
            body.GetProperty("delivery").GetProperty("CheckInDue").GetString(), body.GetProperty("delivery").GetProperty("FeedbackGiven").GetString()));

        // The link went to the new address, as a file in the embedded default's mail outbox.
        await Eventually(() => To(Outbox(), address).Count == 1, "the confirmation written");
        var confirmation = To(Outbox(), address).Single();
        var token = MailHttp.ConfirmLink().Match(confirmation.TextBody ?? "").Groups[1].Value;
        Assert.Equal((HttpStatusCode.OK, true), ((await portal.CreateClient().GetAsync($"/confirm-email/{token}")).StatusCode, true));
        var (subject, secret) = MailTokens.Read(token)!.Value;
        await portal.Services.GetRequiredService<IGrainFactory>().GetGrain<INotificationsGrain>(subject).ConfirmEmailAsync(secret);
        Assert.True((await (await person.GetAsync(Preferences)).JsonAsync()).GetProperty("emailConfirmed").GetBoolean());
        await Assert.ThrowsAsync<NotFoundException>(() => portal.Services.GetRequiredService<IGrainFactory>().GetGrain<INotificationsGrain>(subject).ConfirmEmailAsync("0" + secret));
    }

    [Fact]
    public async Task ANotificationIsWrittenAsOneEmlWithUnsubscribeHeadersAndOneClickUnsubscribeNeedsNoSignIn()
    {
        var (owner, funder, orgId, funderOrgId) = await WorldAsync(portal);
        var address = $"o-{Guid.NewGuid():n}@example.org";
        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsync(Preferences, Http.Json($$"""{"email":"{{address}}"}"""))).StatusCode);
        await Eventually(() => To(Outbox(), address).Count == 1, "the confirmation written");
        await MailHttp.ConfirmAsync(portal, To(Outbox(), address)[0]);

        await MailHttp.FeedbackAsync(funder, funderOrgId, orgId, "Your map is the report.");

        await Eventually(() => To(Outbox(), address).Count == 2, "the notification written");
        var mail = To(Outbox(), address).Single(m => m.Subject == "Feedback: Your map is the report.");
        Assert.Equal("FunderPortal", mail.From.Mailboxes.Single().Name);
        Assert.Contains($"/charities/{orgId}/feedback/{funderOrgId}/", mail.TextBody);
        Assert.Contains("Go to it", mail.HtmlBody);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        var unsubscribe = UnsubscribeLink().Match(mail.Headers["List-Unsubscribe"] ?? "").Groups[1].Value;
        Assert.EndsWith("@funderportal", mail.MessageId);

        // One click, as a mail program sends it: no sign-in, no form token.
        var clicked = await portal.CreateClient().PostAsync($"/unsubscribe/{unsubscribe}",
            new FormUrlEncodedContent([new KeyValuePair<string, string>("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
        Assert.Equal("Off", (await (await owner.GetAsync(Preferences)).JsonAsync()).GetProperty("delivery").GetProperty("FeedbackGiven").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().PostAsync($"/unsubscribe/{unsubscribe}x", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync($"/unsubscribe/{unsubscribe}")).StatusCode);

        // Off by email: the portal notice still comes, no message does.
        await MailHttp.FeedbackAsync(funder, funderOrgId, orgId, "Second words.");
        for (var i = 0; i < 100 && (await (await owner.GetAsync("/api/v1/me/notifications")).JsonAsync()).GetProperty("items").GetArrayLength() < 2; i++)
            await Task.Delay(100);
        await Task.Delay(500);
        Assert.Equal(2, To(Outbox(), address).Count);
    }

    /// <summary>A portal of the test's own that mails through <paramref name="smtp"/>, retrying every half second.</summary>
    internal static PortalFactory MailingPortal(SmtpInstance smtp) => new PortalFactory()
        .WithSetting("Portal:Smtp:Host", "127.0.0.1")
        .WithSetting("Portal:Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .WithSetting("Portal:Smtp:Security", "None")
        .WithSetting("Portal:Smtp:From", "portal@example.org")
        .WithSetting("Portal:PublicBaseUrl", "https://portal.example.org")
        .WithServices(services => services.AddSingleton(new FunderPortal.Common.Outbox.OutboxOptions { RetryPeriod = TimeSpan.FromMilliseconds(500) }));

    /// <summary>Gives <paramref name="person"/> the address (with <paramref name="delivery"/>) and follows the confirmation link that reached the server; their subject.</summary>
    private static async Task<string> ConfirmedAddressAsync(PortalFactory portal, SmtpInstance smtp, HttpClient person, string address, string delivery = "{}")
    {
        Assert.Equal(HttpStatusCode.OK, (await person.PutAsync(Preferences, Http.Json($$"""{"email":"{{address}}","delivery":{{delivery}}}"""))).StatusCode);
        await Eventually(() => To(smtp.Messages().Select(Parse), address).Count == 1, "the confirmation received");
        var confirmation = To(smtp.Messages().Select(Parse), address)[0];
        Assert.Contains("https://portal.example.org/confirm-email/", confirmation.TextBody);
        return await MailHttp.ConfirmAsync(portal, confirmation);
    }

    [Fact]
    public async Task WithARealSmtpServerStoppedWhileNoticesAreCausedEveryMessageArrivesOnceWhenItIsBack()
    {
        await using var smtp = await SmtpInstance.StartAsync();
        await using var own = MailingPortal(smtp);
        var (owner, funder, orgId, funderOrgId) = await WorldAsync(own);
        var address = $"s-{Guid.NewGuid():n}@example.org";
        IReadOnlyList<MimeMessage> Received() => To(smtp.Messages().Select(Parse), address);
        await ConfirmedAddressAsync(own, smtp, owner, address);

        await smtp.StopAsync();
        for (var i = 1; i <= 3; i++)
            await MailHttp.FeedbackAsync(funder, funderOrgId, orgId, $"Note {i}");
        await Task.Delay(2000); // attempts fail meanwhile, and are retried
        await smtp.StartAgainAsync();

        await Eventually(() => Received().Count >= 4, "every message received");
        await Task.Delay(2000); // and none again
        var received = Received();
        Assert.Equal(4, received.Count);
        Assert.Equal(["Feedback: Note 1", "Feedback: Note 2", "Feedback: Note 3"], received.Skip(1).Select(m => m.Subject).Order());
        Assert.Equal(4, received.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task ADailyDigestArrivesOnceAtSevenUkTimeListingEveryNotificationOfItsKindsAcrossTicksAndARestart()
    {
        await using var smtp = await SmtpInstance.StartAsync();
        await using var own = MailingPortal(smtp);
        var (owner, funder, orgId, funderOrgId) = await WorldAsync(own);
        var address = $"d-{Guid.NewGuid():n}@example.org";
        IReadOnlyList<MimeMessage> Received() => To(smtp.Messages().Select(Parse), address);
        var subject = await ConfirmedAddressAsync(own, smtp, owner, address, """{"FeedbackGiven":"DailyDigest"}""");
        var centre = own.Services.GetRequiredService<IGrainFactory>().GetGrain<INotificationsGrain>(subject);
        var reminders = new FunderPortal.Common.Outbox.SqliteReminderTable(own.DatabasePath);
        await Eventually(() => reminders.ReadRow(centre.GetGrainId(), NotificationsGrain.DigestReminder).Result is not null,
            "the digest reminder in the durable reminder table");

        await MailHttp.FeedbackAsync(funder, funderOrgId, orgId, "First words.");
        await MailHttp.FeedbackAsync(funder, funderOrgId, orgId, "Second words.");
        for (var i = 0; i < 100 && (await (await owner.GetAsync("/api/v1/me/notifications")).JsonAsync()).GetProperty("items").GetArrayLength() < 2; i++)
            await Task.Delay(100);
        await Task.Delay(1000);
        Assert.Single(Received()); // the confirmation alone: the feedback waits for the digest

        // Monday 5 January 2026 in the test clock: Tuesday's digest falls due at 07:00 UK time (GMT in January).
        var tick = new TickStatus(DateTime.UtcNow, TimeSpan.FromDays(1), DateTime.UtcNow);
        await centre.AsReference<IRemindable>().ReceiveReminder(NotificationsGrain.DigestReminder, tick); // not due yet
        own.Clock.Advance(new DateTimeOffset(2026, 1, 6, 7, 0, 30, TimeSpan.Zero) - own.Clock.UtcNow);
        await centre.AsReference<IRemindable>().ReceiveReminder(NotificationsGrain.DigestReminder, tick);
        await Eventually(() => Received().Count == 2, "the digest received");
        var digest = Received().Single(m => m.Subject?.StartsWith("Your FunderPortal digest", StringComparison.Ordinal) == true);
        Assert.Equal("Your FunderPortal digest for Tuesday 6 January 2026: 2 notifications", digest.Subject);
        Assert.Contains("Feedback: First words.", digest.TextBody);
        Assert.Contains("Feedback: Second words.", digest.TextBody);
        Assert.Contains($"https://portal.example.org/charities/{orgId}/feedback/{funderOrgId}/", digest.TextBody);
        Assert.Contains("/unsubscribe/", digest.Headers["List-Unsubscribe"]);

        // Ticked again, and the centre woken afresh (as after a restart): still one digest.
        await centre.AsReference<IRemindable>().ReceiveReminder(NotificationsGrain.DigestReminder, tick);
        await centre.AsReference<Orleans.Core.Internal.IGrainManagementExtension>().DeactivateOnIdle();
        await Task.Delay(500);
        Assert.Equal(2, (await (await owner.GetAsync("/api/v1/me/notifications")).JsonAsync()).GetProperty("items").GetArrayLength());
        await Task.Delay(1500);
        Assert.Equal(2, Received().Count);
        Assert.Single(Received(), m => m.MessageId == digest.MessageId);
    }
}
