namespace FunderPortal.Common;

/// <summary>
/// How far an owner's notices to other grains are known to be delivered, kept durably so that waking up it posts again
/// only what came after: never every notice it ever owed (a funder with thousands of grants would call thousands of
/// charities each time it woke). Every notice owed by the owner's changes up to version <see cref="Through"/> was
/// confirmed by its receiver, and every notice that time passing owed up to <see cref="At"/> (the instant an activation
/// looked, such as a share that expired without a change).
/// </summary>
public sealed record DeliveredMark(long Through, DateTimeOffset? At)
{
    /// <summary>No mark yet: everything the owner's history owes is posted again.</summary>
    public static readonly DeliveredMark None = new(0, null);

    /// <summary>
    /// How far the owner has posted every notice its changes owe, once it posts those of its changes after version
    /// <paramref name="after"/> up to <paramref name="through"/>: further only when nothing lies between. A change
    /// committed without its notices being posted (its append's answer lost, the state then reloaded) is a gap no later
    /// post closes, so no mark passes it, and the next activation posts it again.
    /// </summary>
    public static long PostedThrough(long postedThrough, long after, long through) =>
        after <= postedThrough && through > postedThrough ? through : postedThrough;

    /// <summary>
    /// The mark to record now, or null when none is due. Due only when nothing waits for its receiver
    /// (<paramref name="pending"/> is 0) and the owner has posted the notices of changes after the recorded mark
    /// (<paramref name="postedThrough"/>): so at most one write per quiet spell, none while nothing changes.
    /// <paramref name="postedAt"/> is when the owner last posted what time owed.
    /// </summary>
    public static DeliveredMark? Next(DeliveredMark recorded, long postedThrough, DateTimeOffset? postedAt, int pending) =>
        pending == 0 && postedThrough > recorded.Through
            ? new(postedThrough, postedAt is { } at && (recorded.At is not { } before || at > before) ? at : recorded.At)
            : null;
}
