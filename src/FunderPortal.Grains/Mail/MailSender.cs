using System.Security.Cryptography;
using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;
using Polly;
using Polly.Retry;

namespace FunderPortal.Mail;

/// <summary>Sends one message: over SMTP when a host is set, else as an <c>.eml</c> file in the mail outbox folder.</summary>
public sealed class MailSender(MailSettings settings, ILogger<MailSender> logger)
{
    /// <summary>A few quick retries with back-off inside one attempt; the caller's outbox retries beyond them until accepted.</summary>
    private readonly ResiliencePipeline _retry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromMilliseconds(200),
            ShouldHandle = new PredicateBuilder().Handle<IOException>().Handle<SmtpCommandException>(e => !IsPermanent(e)).Handle<SmtpProtocolException>()
                .Handle<System.Net.Sockets.SocketException>().Handle<ServiceNotConnectedException>(),
        })
        .Build();

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var message = Compose(mail);
        if (settings.UsesSmtp)
        {
            await _retry.ExecuteAsync(async token => await SendOverSmtpAsync(message, token), cancellationToken);
            // Never the address: it is personal data. The message id names it.
            logger.LogInformation("Mail {MessageId} accepted by the SMTP server", mail.MessageId);
            return;
        }
        Directory.CreateDirectory(settings.OutboxFolder);
        var path = Path.Combine(settings.OutboxFolder, FileName(mail.MessageId));
        if (File.Exists(path))
            return; // written already: the same message is never written twice
        var partial = $"{path}.{Guid.NewGuid():n}.part";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: false);
    }

    /// <summary>
    /// The server refused for good: a 5xx answer to the recipient, the sender or the message, or an address that does not
    /// parse. Anything else (no connection, a 4xx "try later", a dropped line) may pass on a later attempt.
    /// </summary>
    public static bool IsPermanent(Exception failure) => failure switch
    {
        SmtpCommandException e => (int)e.StatusCode >= 500
            && e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.SenderNotAccepted or SmtpErrorCode.MessageNotAccepted,
        ParseException or FormatException => true,
        _ => false,
    };

    private async Task SendOverSmtpAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        var security = settings.Smtp.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(settings.Smtp.Host!, settings.Smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
            await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>Plain text and HTML, the portal's name as sender, a stable Message-Id, and the one-click unsubscribe headers.</summary>
    public MimeMessage Compose(OutgoingMail mail)
    {
        var message = new MimeMessage { Subject = mail.Subject, MessageId = mail.MessageId };
        message.From.Add(new MailboxAddress(MailSettings.PortalName, settings.Smtp.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        if (mail.UnsubscribeUrl is { } unsubscribe)
        {
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();
        return message;
    }

    private static string FileName(string messageId) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)), 0, 16)}.eml";
}
