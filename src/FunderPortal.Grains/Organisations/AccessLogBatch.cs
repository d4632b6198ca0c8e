using System.Diagnostics;

namespace FunderPortal.Organisations;

/// <summary>
/// Reads held by an access log until they are stored together (<see cref="AccessLogStream"/>): in the order they were
/// made, with when and by whom, and how long the oldest has waited (by <see cref="Stopwatch"/> timestamps, which the
/// wall clock cannot move).
/// </summary>
public sealed class AccessLogBatch<TRead>(TimeSpan within, int flushAt)
{
    private List<HeldRead<TRead>> _held = [];

    public int Count => _held.Count;

    /// <summary>Holds one more read; true when the batch is full and should be stored now.</summary>
    public bool Add(TRead read, DateTimeOffset at, string actor, long timestamp)
    {
        _held.Add(new HeldRead<TRead>(read, at, actor, timestamp));
        return _held.Count >= flushAt;
    }

    /// <summary>True when the oldest read held has waited <c>within</c> or longer at <paramref name="timestamp"/>.</summary>
    public bool IsOverdue(long timestamp) =>
        _held.Count > 0 && Stopwatch.GetElapsedTime(_held[0].Timestamp, timestamp) >= within;

    /// <summary>Everything held, oldest first; the batch is empty afterwards.</summary>
    public IReadOnlyList<HeldRead<TRead>> Take()
    {
        var taken = _held;
        _held = [];
        return taken;
    }

    /// <summary>Reads taken but not stored, put back before any held since, so the order and the oldest's age stay true.</summary>
    public void PutBack(IReadOnlyList<HeldRead<TRead>> taken) => _held = [.. taken, .. _held];
}

/// <summary>A read held for storing: the read, when it was made, by whom, and its <see cref="Stopwatch"/> timestamp.</summary>
public sealed record HeldRead<TRead>(TRead Read, DateTimeOffset At, string Actor, long Timestamp);
