namespace FunderPortal.Common;

public static class ClockExtensions
{
    /// <summary>Today in UTC: the day "not in the future", "due" and "as it stood at the start" are judged on, everywhere.</summary>
    public static DateOnly Today(this IClock clock) => DateOnly.FromDateTime(clock.UtcNow.UtcDateTime);
}
