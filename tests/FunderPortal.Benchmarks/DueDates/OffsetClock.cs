using FunderPortal.Common;

namespace FunderPortal.Benchmarks.DueDates;

/// <summary>
/// The product clock of the in-process silo: real time shifted by a fixed offset, so it runs at real speed (the due-dates
/// reminders, which wait in real time, fire when the product clock reaches the due instant) from an instant the scenario chose.
/// </summary>
internal sealed class OffsetClock(TimeSpan offset) : IClock
{
    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow + offset;

    /// <summary>A clock that reads <paramref name="instant"/> now.</summary>
    public static OffsetClock ReadingNow(DateTimeOffset instant) => new(instant - DateTimeOffset.UtcNow);
}
