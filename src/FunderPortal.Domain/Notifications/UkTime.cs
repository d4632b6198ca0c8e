namespace FunderPortal.Notifications;

/// <summary>
/// Wall-clock time in the United Kingdom (Europe/London), worked out from the UK's rule rather than the machine's time-zone
/// files, so it is the same on every host (a container image may carry none): Greenwich Mean Time, and British Summer
/// Time (UTC+1) from 01:00 UTC on the last Sunday of March until 01:00 UTC on the last Sunday of October (the rule since 1996).
/// </summary>
public static class UkTime
{
    private static readonly TimeSpan SummerOffset = TimeSpan.FromHours(1);

    /// <summary>UTC+1 during British Summer Time, else UTC+0.</summary>
    public static TimeSpan OffsetAt(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return utc >= SummerStarts(utc.Year) && utc < SummerEnds(utc.Year) ? SummerOffset : TimeSpan.Zero;
    }

    /// <summary>The UK's calendar day at <paramref name="instant"/>.</summary>
    public static DateOnly DayAt(DateTimeOffset instant) =>
        DateOnly.FromDateTime(instant.UtcDateTime + OffsetAt(instant));

    /// <summary>
    /// The instant the UK's clocks show <paramref name="time"/> on <paramref name="day"/>. For a time outside 01:00–02:00
    /// (the hour the clocks skip or repeat) there is exactly one.
    /// </summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var wall = day.ToDateTime(time);
        var summer = new DateTimeOffset(wall - SummerOffset, TimeSpan.Zero);
        return OffsetAt(summer) == SummerOffset ? summer : new DateTimeOffset(wall, TimeSpan.Zero);
    }

    /// <summary>01:00 UTC on the last Sunday of March.</summary>
    public static DateTime SummerStarts(int year) => LastSunday(year, 3).AddHours(1);

    /// <summary>01:00 UTC on the last Sunday of October.</summary>
    public static DateTime SummerEnds(int year) => LastSunday(year, 10).AddHours(1);

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
