using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Mail;

/// <summary>The platform's failing mail, in its own stream, thin over <see cref="MailFailureRules"/>.</summary>
public sealed class MailFailuresGrain(IEventStore store, IClock clock, ILogger<MailFailuresGrain> logger) : Grain, IMailFailuresGrain
{
    private EventSourcedState<MailFailuresState, MailFailureEvent> _stream = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stream = new EventSourcedState<MailFailuresState, MailFailureEvent>(StreamIds.MailFailures, MailFailuresState.SnapshotSchema, store, clock, logger);
        return _stream.LoadAsync(cancellationToken);
    }

    public Task RecordFailingAsync(MailFailureReport report) => _stream.AppendAsync(MailFailureRules.Record(report), "mail");

    public Task RecordDeliveredAsync(string messageId) => _stream.AppendAsync(MailFailureRules.Delivered(_stream.State, messageId), "mail");

    public Task<IReadOnlyList<MailFailureView>> GetAsync(string subject)
    {
        (ServiceProvider.GetService<PlatformAdminList>() ?? new PlatformAdminList(null)).Demand(subject);
        return Task.FromResult(MailFailureRules.View(_stream.State));
    }
}
