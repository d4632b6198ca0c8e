using FunderPortal.Common;
using FunderPortal.Notifications;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace FunderPortal.Mail;

/// <summary>Hands messages to the <see cref="MailSender"/>; grains' outboxes call it until it confirms (the server accepted).</summary>
[Alias("FunderPortal.IMailGrain")]
public interface IMailGrain : IGrainWithIntegerKey
{
    [Alias("Send")]
    Task SendAsync(OutgoingMail mail);
}

/// <summary>
/// A failure reaches the caller (whose outbox retries) as <see cref="MailNotSentException"/>, its reason with every address
/// masked, so no log line anywhere holds the recipient's address. A message that keeps failing is recorded for platform
/// admins (<see cref="IMailFailuresGrain"/>); one the server refuses for good (a 5xx answer to the recipient, the sender or
/// the message, or an address that does not parse) is recorded at once and confirmed, so it is not sent again.
/// </summary>
[StatelessWorker]
public sealed class MailGrain(MailSender sender, MailFailureTracker tracker, IClock clock, ILogger<MailGrain> logger) : Grain, IMailGrain
{
    public async Task SendAsync(OutgoingMail mail)
    {
        try
        {
            await sender.SendAsync(mail);
        }
        catch (Exception failure)
        {
            var permanent = MailSender.IsPermanent(failure);
            var reason = MailFailureTracker.Reason(failure);
            if (tracker.Failed(mail, failure, permanent, clock.UtcNow) is { } report)
                await RecordAsync(failures => failures.RecordFailingAsync(report));
            if (!permanent)
                throw new MailNotSentException($"Mail {mail.MessageId} ({mail.What}) was not accepted: {reason}");
            logger.LogWarning("Mail {MessageId} ({What}) was refused for good and is not sent again: {Reason}", mail.MessageId, mail.What, reason);
            return;
        }
        if (tracker.Delivered(mail.MessageId))
            await RecordAsync(failures => failures.RecordDeliveredAsync(mail.MessageId));
    }

    /// <summary>Best effort: recording a failure never changes whether the message counts as sent.</summary>
    private async Task RecordAsync(Func<IMailFailuresGrain, Task> record)
    {
        try
        {
            await record(GrainFactory.GetGrain<IMailFailuresGrain>(0));
        }
        catch (Exception failure)
        {
            logger.LogWarning(failure, "Could not record failing mail for platform admins");
        }
    }
}

/// <summary>A message the SMTP server did not accept (yet): the caller retries. Its message holds no address.</summary>
[GenerateSerializer, Alias("FunderPortal.MailNotSentException")]
public sealed class MailNotSentException(string message) : Exception(message);
