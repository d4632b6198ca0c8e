using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.EventStore;
using FunderPortal.Mail;
using FunderPortal.Rounds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static FunderPortal.Notifications.NoticeWords;

namespace FunderPortal.Notifications;

/// <summary>
/// One person's notification centre, in its own stream (<c>notifications/{subject}</c>): thin over
/// <see cref="NotificationRules"/> and <see cref="PreferenceRules"/>. A notification to be emailed at once is posted to
/// the person's outbox with the change that recorded it (sent to the <see cref="IMailGrain"/> until the server accepts
/// it, posted again at activation for what came after the delivered mark), as one message with a stable Message-Id.
/// </summary>
public sealed partial class NotificationsGrain(IEventStore store, IClock clock, IServiceProvider services, ILogger<NotificationsGrain> logger)
    : Grain, INotificationsGrain, IRemindable
{
    private EventSourcedState<NotificationState, NotificationEvent> _stream = null!;
    private Outbox? _outbox;
    private readonly MailSettings? _mail = services.GetService<MailSettings>();

    private string Subject => this.GetPrimaryKeyString();

    private NotificationState State => _stream.State;

    private Outbox Outbox => _outbox ??= new(this, GrainFactory, services, logger);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stream = new EventSourcedState<NotificationState, NotificationEvent>(
            StreamIds.Notifications(Subject), NotificationState.SnapshotSchema, store, clock, logger);
        await _stream.LoadAsync(cancellationToken);
        var mark = await Outbox.OpenMarkAsync(StreamIds.Outbox(_stream.StreamId), cancellationToken);
        var since = await _stream.ReadEventsAfterAsync(mark.Through, cancellationToken);
        Outbox.Post(MailOwed(since), mark.Through, State.Version);
        if (DigestRules.InUse(State).Count > 0)
            KeepDigestsSoon(catchUp: true);
        _localReads = services.GetService<LocalReads>();
        PublishUnread();
    }

    /// <summary>Where this silo keeps the person's unread count and language for every page (<see cref="LocalReads"/>), when the host has one.</summary>
    private LocalReads? _localReads;

    private void PublishUnread()
    {
        if (_localReads is not null && !PanelSubjects.IsPanelSubject(Subject))
            _localReads.PublishPerson(Subject, State.UnreadCount, State.Language);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _localReads?.WithdrawPerson(Subject);
        if (_outbox is not null)
            await _outbox.RecordMarkAsync();
        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => reminderName switch
    {
        Outbox.ReminderName => Outbox.ReceiveReminderAsync(),
        DigestReminder => ReceiveDigestReminderAsync(),
        _ => Task.CompletedTask,
    };

    public Task ReceiveAsync(NotificationNotice notice) => AppendAsync(NotificationRules.Receive(State, notice), "notice");

    public Task<NotificationsPage> GetPageAsync(bool unreadOnly, long? after, int limit)
    {
        RequirePerson();
        return Task.FromResult(NotificationRules.Page(State, unreadOnly, after, Paging.Check(after, limit), CallerLanguage.Culture));
    }

    public Task<int> GetUnreadCountAsync()
    {
        RequirePerson();
        return Task.FromResult(State.UnreadCount);
    }

    public Task MarkReadAsync(string id)
    {
        RequirePerson();
        return AppendAsync(NotificationRules.MarkRead(State, id), Subject);
    }

    public Task MarkAllReadAsync()
    {
        RequirePerson();
        return AppendAsync(NotificationRules.MarkAllRead(State), Subject);
    }

    public Task<PreferencesView> GetPreferencesAsync()
    {
        RequirePerson();
        return Task.FromResult(PreferenceRules.View(State));
    }

    public async Task<PreferencesView> ChangePreferencesAsync(ChangePreferences change)
    {
        RequirePerson();
        var token = MailTokens.Confirmation(Subject, Ids.New() + Ids.New());
        var events = PreferenceRules.Change(State, change, token, Ids.New() + Ids.New());
        await AppendAsync(events, Subject);
        if (events.OfType<EmailChanged>().FirstOrDefault() is { Email: { } email } && _mail is not null)
        {
            // The token is never stored (only its hash), so its message is sent now and retried while the grain is
            // active; if it is lost, changing the address again sends a new link.
            await Outbox.PostAsync([MailNotice($"confirm/{PreferenceRules.Hash(token)}", ConfirmationMail(email, token))]);
        }
        return PreferenceRules.View(State);
    }

    public Task ConfirmEmailAsync(string token) =>
        AppendAsync(PreferenceRules.Confirm(State, MailTokens.Confirmation(Subject, token)), Subject);

    public async Task UnsubscribeAsync(string rest)
    {
        var dot = rest.IndexOf('.');
        var what = dot > 0 ? rest[..dot] : "";
        var secret = rest[(dot + 1)..];
        if (Enum.TryParse<NotificationKind>(what, out var kind) && Enum.IsDefined(kind) && !what.All(char.IsAsciiDigit))
            await AppendAsync(PreferenceRules.Unsubscribe(State, kind, secret), "unsubscribe");
        else if (Enum.TryParse<DeliveryChoice>(what, out var choice) && !what.All(char.IsAsciiDigit) && DigestSchedule.KindOf(choice) is { } digest)
            await AppendAsync(PreferenceRules.Unsubscribe(State, digest, secret), "unsubscribe");
        else
            throw new NotFoundException("This unsubscribe link is not known.");
    }

    /// <summary>Every write: committed, then the mail it owes posted to the outbox with the versions it covers.</summary>
    private async Task AppendAsync(IReadOnlyList<NotificationEvent> events, string actor)
    {
        try
        {
            await _stream.AppendAsync(events, actor);
        }
        catch
        {
            _localReads?.WithdrawPerson(Subject); // reloaded: the header's count asks the grain until published again
            throw;
        }
        PublishUnread();
        if (events.Count > 0)
            Outbox.Post(MailOwed(events), State.Version - events.Count, State.Version);
        if (events.Any(e => e is DeliveryChanged or EmailChanged or EmailConfirmed))
            KeepDigestsSoon(catchUp: false);
    }

    /// <summary>Each new notification the person wanted at once, and each digest recorded, to their confirmed address.</summary>
    private IEnumerable<Notice> MailOwed(IEnumerable<NotificationEvent> events)
    {
        if (_mail is null || !State.EmailConfirmed || State.Email is null)
            yield break;
        foreach (var change in events)
        {
            if (change is NotificationReceived received && State.Find(received.Id) is { EmailedAtOnce: true } item)
                yield return MailNotice($"mail/{item.Id}", NotificationMail(item));
            else if (change is DigestSent digest)
                yield return MailNotice(DigestKey(digest), DigestMail(digest));
        }
    }

    private static Notice MailNotice(string key, OutgoingMail mail) =>
        new(key, 1, grains => grains.GetGrain<IMailGrain>(0).SendAsync(mail));

    /// <summary>A Message-Id made from the notification and the person: every attempt is the same message.</summary>
    private string MessageId(string what) => $"{Ids.For("mail", $"{what}\n{Subject}")}@funderportal";

    /// <summary>The person's language (their preferences): every message to them is written in it.</summary>
    private System.Globalization.CultureInfo Culture => NoticeWords.CultureOf(State.Language);

    private OutgoingMail NotificationMail(NotificationEntry item)
    {
        var c = Culture;
        var (title, body) = (item.TitleIn(c), item.TextIn(c));
        var link = _mail!.Link(item.Link);
        var unsubscribe = State.UnsubscribeSecret is { } secret ? _mail.Link($"/unsubscribe/{MailTokens.Unsubscribe(Subject, item.Kind, secret)}") : null;
        var text = $"{title}\n\n{body}\n\n{Say("Go to it: {0}", link).In(c)}\n";
        if (unsubscribe is not null)
            text += $"\n{Say("No more emails like this: {0}", unsubscribe).In(c)}\n";
        var html = $"<p><strong>{Html(title)}</strong></p><p>{Html(body)}</p><p><a href=\"{Html(link)}\">{Say("Go to it").HtmlIn(c)}</a></p>"
            + (unsubscribe is null ? "" : $"<p><a href=\"{Html(unsubscribe)}\">{Say("No more emails like this").HtmlIn(c)}</a></p>");
        return new OutgoingMail(MessageId(item.Id), State.Email!, title, text, html, unsubscribe, $"notification {item.Kind}");
    }

    private OutgoingMail ConfirmationMail(string email, string token)
    {
        var c = Culture;
        var link = _mail!.Link($"/confirm-email/{token}");
        var notAsked = Say("If you did not ask for this, ignore this message.");
        return new OutgoingMail(MessageId($"confirm/{PreferenceRules.Hash(token)}"), email, Say("Confirm your email address for FunderPortal").In(c),
            $"{Say("Follow this link to receive FunderPortal's notifications at this address:").In(c)}\n{link}\n\n{notAsked.In(c)}\n",
            $"<p>{Say("<a href=\"{0}\">Confirm this address</a> to receive FunderPortal's notifications here.", link).HtmlIn(c)}</p><p>{notAsked.HtmlIn(c)}</p>",
            UnsubscribeUrl: null, What: "address confirmation");
    }

    private static string Html(string text) => System.Net.WebUtility.HtmlEncode(text);

    /// <summary>A panellist-only token has no person behind it, so no notification centre.</summary>
    private void RequirePerson()
    {
        if (PanelSubjects.IsPanelSubject(Subject))
            throw new ForbiddenException("A panellist's link has no notifications: sign in as yourself to see yours.");
    }
}
