using FunderPortal.Charities;
using FunderPortal.Common.Outbox;
using FunderPortal.Notifications;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Charities;

/// <summary>
/// What the clock makes due (<see cref="CharityDueDates"/>: a check-in due soon, overdue), kept by the charity with a
/// durable Orleans reminder (<see cref="DueDatesReminder"/>, in the event store's database or Redis) that wakes it when
/// the next one falls due. Each wake tells what fell due since the last (the outbox's delivered mark keeps that instant
/// across restarts: what fell due after it is told again at activation), and notifications are named by their due date,
/// so a restart or failover neither loses nor repeats one.
/// </summary>
public sealed partial class CharityGrain
{
    public const string DueDatesReminder = "due-dates";

    /// <summary>The reminder is a backstop at most this far apart; it is set to wake when the next one falls due.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);

    /// <summary>Reminders tick no more often than once a minute.</summary>
    private static readonly TimeSpan ShortestWait = TimeSpan.FromMinutes(1);

    /// <summary>Up to when due notifications have been posted (this activation's start, then each wake).</summary>
    private DateTimeOffset _dueToldThrough;

    /// <summary>When this activation last set the reminder to wake (null: not yet, perhaps set by an earlier one).</summary>
    private DateTimeOffset? _wakeAt;

    /// <summary>At activation: what fell due since the delivered mark's instant.</summary>
    private IEnumerable<Notice> DueSince(DateTimeOffset? markAt)
    {
        _dueToldThrough = Clock.UtcNow;
        return PersonNotices.ToNotices(CharityDueDates.Owed(State, markAt, _dueToldThrough));
    }

    /// <summary>
    /// After a change that moves the schedule (registration, a check-in recorded, a new interval): tells what is due by now
    /// under the new schedule, and sets the reminder for the next.
    /// </summary>
    private void KeepDueDates(IReadOnlyList<CharityEvent> events)
    {
        if (!events.Any(e => e is CharityRegistered or CheckInRecorded or CharityProfileChanged { CheckInIntervalDays: not null }))
            return;
        var now = Clock.UtcNow;
        Outbox.Post(PersonNotices.ToNotices(CharityDueDates.Owed(State, null, now)), State.Version, State.Version, now);
        SoonAfter(() => SetDueReminderAsync(now));
    }

    private IGrainTimer? _dueTimer;

    /// <summary>
    /// Reminder calls go to the reminder table (SQLite, or Redis in a cluster): made just after, on a one-shot grain timer,
    /// so neither a write nor an activation waits on that table (or on its being down).
    /// </summary>
    private void SoonAfter(Func<Task> reminderCall)
    {
        _dueTimer?.Dispose();
        _dueTimer = this.RegisterGrainTimer(_ => reminderCall(), new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    protected override async Task ReceiveOwnReminderAsync(string reminderName)
    {
        if (reminderName != DueDatesReminder || !State.IsRegistered)
            return;
        var now = Clock.UtcNow;
        Outbox.Post(PersonNotices.ToNotices(CharityDueDates.Owed(State, _dueToldThrough, now)), State.Version, State.Version, now);
        _dueToldThrough = now;
        await SetDueReminderAsync(now);
    }

    /// <summary>Wakes the charity when the next one falls due (by the product's clock), or after <see cref="LongestWait"/> at most.</summary>
    private async Task SetDueReminderAsync(DateTimeOffset now)
    {
        var wait = CharityDueDates.NextAfter(State, now) is { } next ? next - now : LongestWait;
        wait = wait < ShortestWait ? ShortestWait : wait > LongestWait ? LongestWait : wait;
        try
        {
            await this.RegisterOrUpdateReminder(DueDatesReminder, wait, LongestWait);
            _wakeAt = now + wait;
        }
        catch (Exception failure)
        {
            // Not fatal: the next change or activation sets it again, and activation tells what fell due meanwhile.
            Logger.LogWarning(failure, "Could not set the due-dates reminder of {OrgId}", OrgId);
        }
    }

    /// <summary>A charity registered before due dates were kept has no reminder yet: set just after activation when missing.</summary>
    private void EnsureDueReminder()
    {
        if (State.IsRegistered)
            SoonAfter(EnsureDueReminderAsync);
    }

    private async Task EnsureDueReminderAsync()
    {
        if (_wakeAt is not null)
            return;
        try
        {
            if (await this.GetReminder(DueDatesReminder) is null)
                await SetDueReminderAsync(Clock.UtcNow);
        }
        catch (Exception failure)
        {
            Logger.LogWarning(failure, "Could not read the due-dates reminder of {OrgId}", OrgId);
        }
    }
}
