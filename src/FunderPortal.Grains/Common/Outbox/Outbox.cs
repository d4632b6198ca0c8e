using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Common.Outbox;

/// <summary>
/// Notices between grains, delivered at least once, written once for every grain. The owner posts the notices its change
/// causes once the change is committed (they are derived from its events and state, so what it owes is recorded with the
/// change), and posts again at activation what its state still implies: a crash loses nothing. Each is sent at once without
/// the owner waiting (no deadlock with a receiver calling back); one not confirmed is retried on a grain timer every
/// <see cref="OutboxOptions.RetryPeriod"/>, and a reminder (<see cref="ReminderName"/>, once a minute) is the backstop that
/// re-activates the owner after a restart or deactivation until everything is delivered. A refusal
/// (<see cref="IsRefusal"/>: the receiver is not on the portal, or says no) is final and only logged.
/// </summary>
public sealed class Outbox(IGrainBase owner, IGrainFactory grains, IServiceProvider services, ILogger logger)
{
    public const string ReminderName = "outbox";
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, Notice> _pending = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);
    private readonly TimeSpan _retryPeriod = (services.GetService<OutboxOptions>() ?? new OutboxOptions()).RetryPeriod;
    private IGrainTimer? _timer;
    private bool _reminderMayExist;

    /// <summary>How many notices wait for their receiver's confirmation.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Records the notices (each replaces an older pending one with its key) and sends them now, without waiting.</summary>
    public void Post(IEnumerable<Notice> notices)
    {
        if (Record(notices))
            DeliverAsync().Forget(e => logger.LogWarning(e, "Delivering the notices of {Owner} failed; retrying later", owner.GrainContext.GrainId));
    }

    private bool Record(IEnumerable<Notice> notices)
    {
        var any = false;
        foreach (var notice in notices)
        {
            if (_pending.TryGetValue(notice.Key, out var older) && older.Version > notice.Version)
                continue;
            _pending[notice.Key] = notice;
            any = true;
        }
        return any;
    }

    /// <summary>
    /// Records the notices and awaits this first attempt to send them (for a caller whose answer should follow the
    /// receiver's); a notice not confirmed stays pending and is retried, never failing the caller.
    /// </summary>
    public Task PostAsync(IEnumerable<Notice> notices) => Record(notices) ? DeliverAsync() : Task.CompletedTask;

    /// <summary>The owner's <see cref="IRemindable.ReceiveReminder"/>: the backstop's tick retries what is pending.</summary>
    public Task ReceiveReminderAsync()
    {
        _reminderMayExist = true;
        return DeliverAsync();
    }

    /// <summary>Sends every pending notice not already on its way; returns once this round of sends has settled.</summary>
    public async Task DeliverAsync()
    {
        var sends = _pending.Values.Where(n => !_inFlight.Contains(n.Key)).ToList();
        await Task.WhenAll(sends.Select(SendAsync));
        await SettleAsync();
    }

    private async Task SendAsync(Notice notice)
    {
        _inFlight.Add(notice.Key);
        try
        {
            await notice.Send(grains);
            Delivered(notice);
        }
        catch (Exception refused) when (IsRefusal(refused))
        {
            // Often only "not on the portal" (a grant to a charity that has not joined): worth a line, not a warning.
            logger.LogInformation("Notice {Key} from {Owner} was refused ({Reason}); not sent again", notice.Key, owner.GrainContext.GrainId, refused.Message);
            Delivered(notice);
        }
        catch (Exception failure)
        {
            logger.LogWarning(failure, "Notice {Key} from {Owner} was not confirmed; retrying in {Period}", notice.Key, owner.GrainContext.GrainId, _retryPeriod);
        }
        finally
        {
            _inFlight.Remove(notice.Key);
        }
    }

    /// <summary>
    /// A receiver's final answer: it is not on the portal, or says no. Its storage being down, or a write conflicting at
    /// the same moment, is not: those are sent again like any other failure.
    /// </summary>
    internal static bool IsRefusal(Exception failure) =>
        failure is PortalException and not (StorageUnavailableException or ConflictException);

    /// <summary>Confirmed: forgotten, unless a newer notice with its key was posted meanwhile.</summary>
    private void Delivered(Notice notice)
    {
        if (_pending.TryGetValue(notice.Key, out var current) && current == notice)
            _pending.Remove(notice.Key);
    }

    /// <summary>While anything is pending, a timer retries it and a reminder stands behind the timer; neither once all is delivered.</summary>
    private async Task SettleAsync()
    {
        if (_pending.Count > 0)
        {
            _timer ??= owner.RegisterGrainTimer(_ => DeliverAsync(), new GrainTimerCreationOptions(_retryPeriod, _retryPeriod) { Interleave = true });
            if (!_reminderMayExist)
            {
                _reminderMayExist = true;
                await TryAsync(() => owner.RegisterOrUpdateReminder(ReminderName, ReminderPeriod, ReminderPeriod), "register");
            }
            return;
        }
        _timer?.Dispose();
        _timer = null;
        if (_reminderMayExist && _inFlight.Count == 0)
        {
            _reminderMayExist = false;
            await TryAsync(async () =>
            {
                if (await owner.GetReminder(ReminderName) is { } reminder)
                    await owner.UnregisterReminder(reminder);
            }, "unregister");
        }
    }

    private async Task TryAsync(Func<Task> reminderCall, string what)
    {
        try
        {
            await reminderCall();
        }
        catch (Exception failure)
        {
            // The timer still retries while the grain is active; the next settling tries the reminder again.
            _reminderMayExist = what == "unregister";
            logger.LogWarning(failure, "Could not {What} the outbox reminder of {Owner}", what, owner.GrainContext.GrainId);
        }
    }
}
