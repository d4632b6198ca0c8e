using FunderPortal.EventStore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FunderPortal.Common.Outbox;

/// <summary>
/// Notices between grains, delivered at least once, written once for every grain. The owner posts the notices its change
/// causes once the change is committed (they are derived from its events and state, so what it owes is recorded with the
/// change), and posts again at activation what it may still owe: a crash loses nothing. Each is sent at once without the
/// owner waiting (no deadlock with a receiver calling back); one not confirmed is retried on a grain timer every
/// <see cref="OutboxOptions.RetryPeriod"/>, and a reminder (<see cref="ReminderName"/>, once a minute) is the backstop that
/// re-activates the owner after a restart or deactivation until everything is delivered. A refusal
/// (<see cref="IsRefusal"/>: the receiver is not on the portal, or says no) is final and only logged.
/// <para>
/// An owner that opens its mark (<see cref="OpenMarkAsync"/>) keeps how far everything is delivered
/// (<see cref="DeliveredMark"/>, in a small stream of its own): once nothing is pending for
/// <see cref="OutboxOptions.MarkAfter"/>, and when it deactivates, one write records the version its posts had reached, so at
/// activation it posts again only what its changes after that version owe.
/// </para>
/// </summary>
public sealed class Outbox(IGrainBase owner, IGrainFactory grains, IServiceProvider services, ILogger logger)
{
    public const string ReminderName = "outbox";
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, Notice> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task> _inFlight = new(StringComparer.Ordinal);
    private readonly OutboxOptions _options = services.GetService<OutboxOptions>() ?? new OutboxOptions();
    private IGrainTimer? _timer;
    private bool _reminderMayExist;
    private EventSourcedState<DeliveredMarkState, OutboxEvent>? _marks;
    private long _postedThrough;
    private DateTimeOffset? _postedAt;
    private IGrainTimer? _markTimer;
    private Task? _marking;

    /// <summary>How many notices wait for their receiver's confirmation.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>The mark as recorded (<see cref="DeliveredMark.None"/> before one is).</summary>
    public DeliveredMark Mark => _marks?.State.ToMark() ?? DeliveredMark.None;

    /// <summary>Loads the owner's delivered mark from <paramref name="streamId"/>; from now on the outbox keeps it up to date.</summary>
    public async Task<DeliveredMark> OpenMarkAsync(string streamId, CancellationToken cancellationToken)
    {
        _marks = new EventSourcedState<DeliveredMarkState, OutboxEvent>(streamId, DeliveredMarkState.SnapshotSchema,
            services.GetRequiredService<IEventStore>(), services.GetRequiredService<IClock>(), logger);
        await _marks.LoadAsync(cancellationToken);
        (_postedThrough, _postedAt) = (Mark.Through, Mark.At);
        return Mark;
    }

    /// <summary>Records the notices (each replaces an older pending one with its key) and sends them now, without waiting.</summary>
    public void Post(IEnumerable<Notice> notices) => Post(notices, after: 0, through: 0);

    /// <summary>
    /// Records everything the owner's changes after version <paramref name="after"/> up to <paramref name="through"/> owe
    /// (and, at activation, what time owed up to <paramref name="postedAt"/>) and sends it now, without waiting. The mark
    /// passes only changes whose notices were all posted (<see cref="DeliveredMark.PostedThrough"/>).
    /// </summary>
    public void Post(IEnumerable<Notice> notices, long after, long through, DateTimeOffset? postedAt = null)
    {
        var fresh = Record(notices).Fresh;
        _postedThrough = DeliveredMark.PostedThrough(_postedThrough, after, through);
        if (postedAt is { } at && (_postedAt is not { } before || at > before))
            _postedAt = at;
        if (fresh)
            DeliverAsync().Forget(e => logger.LogWarning(e, "Delivering the notices of {Owner} failed; retrying later", owner.GrainContext.GrainId));
        else
            ScheduleMarkIfQuiet();
    }

    /// <summary>
    /// Records the notices and awaits the first attempt to send each (one already on its way included), for a caller
    /// whose answer should follow the receiver's; a notice not confirmed stays pending and is retried, never failing the caller.
    /// </summary>
    public Task PostAsync(IEnumerable<Notice> notices)
    {
        var keys = Record(notices).Keys;
        return keys.Count > 0 ? DeliverAsync(keys) : Task.CompletedTask;
    }

    /// <summary>
    /// Keeps each notice unless one with its key at the same or a newer version is pending already (the same word,
    /// perhaps on its way: sending it twice would only repeat it). Answers every notice's key, and whether any was new.
    /// </summary>
    private (IReadOnlyList<string> Keys, bool Fresh) Record(IEnumerable<Notice> notices)
    {
        List<string> keys = [];
        var fresh = false;
        foreach (var notice in notices)
        {
            keys.Add(notice.Key);
            if (_pending.TryGetValue(notice.Key, out var older) && older.Version >= notice.Version)
                continue;
            _pending[notice.Key] = notice;
            fresh = true;
        }
        return (keys, fresh);
    }

    /// <summary>The owner's <see cref="IRemindable.ReceiveReminder"/>: the backstop's tick retries what is pending.</summary>
    public Task ReceiveReminderAsync()
    {
        _reminderMayExist = true;
        return DeliverAsync();
    }

    /// <summary>Sends every pending notice not already on its way; returns once this round of sends has settled.</summary>
    public Task DeliverAsync() => DeliverAsync(awaited: null);

    /// <param name="awaited">Whose sends to await (begun now or earlier); every send begun now when null.</param>
    private async Task DeliverAsync(IReadOnlyList<string>? awaited)
    {
        List<Task> begun = [];
        foreach (var notice in _pending.Values.Where(n => !_inFlight.ContainsKey(n.Key)).ToList())
        {
            var send = SendAsync(notice);
            if (!send.IsCompleted)
                _inFlight[notice.Key] = send; // SendAsync forgets it when done
            begun.Add(send);
        }
        await Task.WhenAll(awaited is null ? begun : awaited.Select(k => _inFlight.GetValueOrDefault(k)).OfType<Task>());
        await SettleAsync();
    }

    /// <summary>Never throws: a failure leaves the notice pending.</summary>
    private async Task SendAsync(Notice notice)
    {
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
            logger.LogWarning(failure, "Notice {Key} from {Owner} was not confirmed; retrying in {Period}", notice.Key, owner.GrainContext.GrainId, _options.RetryPeriod);
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

    /// <summary>
    /// While anything is pending, a timer retries it and a reminder stands behind the timer; neither once all is
    /// delivered, and then the mark may be recorded.
    /// </summary>
    private async Task SettleAsync()
    {
        if (_pending.Count > 0)
        {
            _timer ??= owner.RegisterGrainTimer(_ => DeliverAsync(), new GrainTimerCreationOptions(_options.RetryPeriod, _options.RetryPeriod) { Interleave = true });
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
        ScheduleMarkIfQuiet();
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

    /// <summary>A mark due once nothing is pending is recorded after <see cref="OutboxOptions.MarkAfter"/>, if all is still delivered then.</summary>
    private void ScheduleMarkIfQuiet()
    {
        if (_marks is null || _markTimer is not null || DeliveredMark.Next(Mark, _postedThrough, _postedAt, _pending.Count) is null)
            return;
        _markTimer = owner.RegisterGrainTimer(_ =>
        {
            _markTimer?.Dispose();
            _markTimer = null;
            return RecordMarkAsync();
        }, new GrainTimerCreationOptions(_options.MarkAfter, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    /// <summary>
    /// Records the mark when one is due (<see cref="DeliveredMark.Next"/>): after a quiet spell, and by the owner as it
    /// deactivates. Best effort: a mark not recorded only means the next activation posts a little more again.
    /// </summary>
    public async Task RecordMarkAsync()
    {
        while (_marking is { } running)
            await running;
        if (_marks is null || DeliveredMark.Next(Mark, _postedThrough, _postedAt, _pending.Count) is not { } next)
            return;
        _marking = WriteMarkAsync(_marks, next);
        try
        {
            await _marking;
        }
        finally
        {
            _marking = null;
        }
    }

    private async Task WriteMarkAsync(EventSourcedState<DeliveredMarkState, OutboxEvent> marks, DeliveredMark next)
    {
        try
        {
            await marks.AppendAsync([new NoticesDelivered(next.Through, next.At)], "outbox");
        }
        catch (Exception failure)
        {
            logger.LogWarning(failure, "Could not record the delivered mark of {Owner}; the next activation posts a little more again", owner.GrainContext.GrainId);
        }
    }
}
