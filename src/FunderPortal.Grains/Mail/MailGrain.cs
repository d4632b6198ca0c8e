using Orleans.Concurrency;

namespace FunderPortal.Mail;

/// <summary>Hands messages to the <see cref="MailSender"/>; grains' outboxes call it until it confirms (the server accepted).</summary>
[Alias("FunderPortal.IMailGrain")]
public interface IMailGrain : IGrainWithIntegerKey
{
    [Alias("Send")]
    Task SendAsync(OutgoingMail mail);
}

[StatelessWorker]
public sealed class MailGrain(MailSender sender) : Grain, IMailGrain
{
    public Task SendAsync(OutgoingMail mail) => sender.SendAsync(mail);
}
