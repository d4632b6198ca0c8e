using System.Net;
using System.Text.RegularExpressions;
using FunderPortal.Notifications;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace FunderPortal.Api.Tests;

/// <summary>What the mail tests (English and Welsh) share: the confirmation link in a mail, following it, and feedback that causes a notice.</summary>
public static partial class MailHttp
{
    [GeneratedRegex(@"/confirm-email/([A-Za-z0-9_\-]+\.[0-9a-f]+)")]
    public static partial Regex ConfirmLink();

    /// <summary>Follows the link in <paramref name="confirmation"/> (as the confirm page does); the subject whose address it confirms.</summary>
    public static async Task<string> ConfirmAsync(PortalFactory portal, MimeMessage confirmation)
    {
        var (subject, secret) = MailTokens.Read(ConfirmLink().Match(confirmation.TextBody ?? "").Groups[1].Value)!.Value;
        await portal.Services.GetRequiredService<IGrainFactory>().GetGrain<INotificationsGrain>(subject).ConfirmEmailAsync(secret);
        return subject;
    }

    /// <summary>The funder's feedback to the charity: a notice to the charity's members.</summary>
    public static async Task FeedbackAsync(HttpClient funder, string funderOrgId, string charityOrgId, string text) =>
        Assert.Equal(HttpStatusCode.Created, (await funder.PostAsync($"/api/v1/funders/{funderOrgId}/feedback",
            Http.Json($$"""{"charityOrgId":"{{charityOrgId}}","kind":"Feedback","text":"{{text}}"}"""))).StatusCode);
}
