using Microsoft.Extensions.Logging;

namespace FunderPortal.Common;

/// <summary>
/// What the clock makes due for an owner (a charity, a funder, a round), kept with a durable Orleans reminder
/// (<see cref="Name"/>, in the event store's database or Redis) that wakes the owner when the next one falls due by the
/// product's clock — written once for every owner. Each wake tells what fell due since the last
/// (<see cref="Wake"/>); at activation, what fell due since the outbox's delivered mark's instant
/// (<see cref="Activate"/>: the mark keeps that instant across restarts). Notifications are named by what they are about
/// and when, so a restart or failover neither loses nor repeats one. An owner with nothing to come holds no reminder.
/// </summary>
/// <param name="nextAfter">The owner's pure rule: when the next one falls due after an instant (null: none will).</param>
public sealed class DueDateReminder(IGrainBase owner, IClock clock, ILogger logger, Func<DateTimeOffset, DateTimeOffset?> nextAfter)
{
    public const string Name = "due-dates";

    /// <summary>The reminder is a backstop at most this far apart; it is set to wake when the next one falls due.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);

    /// <summary>Reminders tick no more often than once a minute.</summary>
    private static readonly TimeSpan ShortestWait = TimeSpan.FromMinutes(1);

    private IGrainTimer? _timer;

    /// <summary>Whether this activation has set (or cleared) the reminder already.</summary>
    private bool _kept;

    /// <summary>Up to when due notifications have been posted (this activation's start, then each wake).</summary>
    public DateTimeOffset ToldThrough { get; private set; }

    /// <summary>At activation: the window to tell now, from the delivered mark's instant (the start when null) up to now.</summary>
    public (DateTimeOffset? Since, DateTimeOffset Now) Activate(DateTimeOffset? markAt)
    {
        ToldThrough = clock.UtcNow;
        return (markAt, ToldThrough);
    }

    /// <summary>A wake: the window since the last one; tell it, then <see cref="SetAsync"/> for the next.</summary>
    public (DateTimeOffset Since, DateTimeOffset Now) Wake()
    {
        var since = ToldThrough;
        ToldThrough = clock.UtcNow;
        return (since, ToldThrough);
    }

    /// <summary>Sets the reminder to wake the owner when the next one falls due (or after a backstop wait), or drops it when none will.</summary>
    public Task SetAsync() => SetAsync(clock.UtcNow);

    /// <summary>After a change that may move the next one: set just after, on a one-shot timer.</summary>
    public void SetSoon()
    {
        var now = clock.UtcNow;
        SoonAfter(() => SetAsync(now));
    }

    /// <summary>
    /// At activation: an owner with something to come but no reminder (made before due dates were kept, or a set that
    /// failed) gets one, just after. One with nothing to come is left alone (it costs no reminder-table read).
    /// </summary>
    public void EnsureSoon()
    {
        if (nextAfter(clock.UtcNow) is not null)
            SoonAfter(EnsureAsync);
    }

    /// <summary>
    /// Reminder calls go to the reminder table (SQLite, or Redis in a cluster): made just after, on a one-shot grain timer,
    /// so neither a write nor an activation waits on that table (or on its being down).
    /// </summary>
    private void SoonAfter(Func<Task> reminderCall)
    {
        _timer?.Dispose();
        _timer = owner.RegisterGrainTimer(_ => reminderCall(), new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    private async Task SetAsync(DateTimeOffset now)
    {
        try
        {
            if (nextAfter(now) is { } next)
            {
                var wait = next - now;
                wait = wait < ShortestWait ? ShortestWait : wait > LongestWait ? LongestWait : wait;
                await owner.RegisterOrUpdateReminder(Name, wait, LongestWait);
            }
            else if (await owner.GetReminder(Name) is { } held)
            {
                await owner.UnregisterReminder(held);
            }
            _kept = true;
        }
        catch (Exception failure)
        {
            // Not fatal: the next change or activation sets it again, and activation tells what fell due meanwhile.
            logger.LogWarning(failure, "Could not set the due-dates reminder of {Owner}", owner.GrainContext.GrainId);
        }
    }

    private async Task EnsureAsync()
    {
        if (_kept)
            return;
        try
        {
            if (await owner.GetReminder(Name) is null)
                await SetAsync(clock.UtcNow);
        }
        catch (Exception failure)
        {
            logger.LogWarning(failure, "Could not read the due-dates reminder of {Owner}", owner.GrainContext.GrainId);
        }
    }
}
