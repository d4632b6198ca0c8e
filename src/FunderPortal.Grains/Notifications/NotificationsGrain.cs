using FunderPortal.Common;
using FunderPortal.EventStore;
using FunderPortal.Rounds;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Notifications;

/// <summary>One person's notification centre, in its own stream (<c>notifications/{subject}</c>): thin over <see cref="NotificationRules"/>.</summary>
public sealed class NotificationsGrain(IEventStore store, IClock clock, ILogger<NotificationsGrain> logger) : Grain, INotificationsGrain
{
    private EventSourcedState<NotificationState, NotificationEvent> _stream = null!;

    private string Subject => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stream = new EventSourcedState<NotificationState, NotificationEvent>(
            StreamIds.Notifications(Subject), NotificationState.SnapshotSchema, store, clock, logger);
        return _stream.LoadAsync(cancellationToken);
    }

    public Task ReceiveAsync(NotificationNotice notice) =>
        _stream.AppendAsync(NotificationRules.Receive(_stream.State, notice), "notice");

    public Task<NotificationsPage> GetPageAsync(bool unreadOnly, long? after, int limit)
    {
        RequirePerson();
        return Task.FromResult(NotificationRules.Page(_stream.State, unreadOnly, after, Paging.Check(after, limit)));
    }

    public Task<int> GetUnreadCountAsync()
    {
        RequirePerson();
        return Task.FromResult(_stream.State.UnreadCount);
    }

    public Task MarkReadAsync(string id)
    {
        RequirePerson();
        return _stream.AppendAsync(NotificationRules.MarkRead(_stream.State, id), Subject);
    }

    public Task MarkAllReadAsync()
    {
        RequirePerson();
        return _stream.AppendAsync(NotificationRules.MarkAllRead(_stream.State), Subject);
    }

    /// <summary>A panellist-only token has no person behind it, so no notification centre.</summary>
    private void RequirePerson()
    {
        if (PanelSubjects.IsPanelSubject(Subject))
            throw new ForbiddenException("A panellist's link has no notifications: sign in as yourself to see yours.");
    }
}
