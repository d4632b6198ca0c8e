namespace FunderPortal.Notifications;

/// <summary>A person's digests: one every day, one every Monday.</summary>
public enum DigestKind
{
    Daily,
    Weekly,
}

/// <summary>One digest: which, the UK day it is sent on, and the instant it falls due.</summary>
public sealed record DigestPeriod(DigestKind Kind, DateOnly Day, DateTimeOffset At);

/// <summary>
/// When digests fall due, pure: 07:00 UK time (<see cref="UkTime"/>, summer time included) every day for the daily one,
/// every Monday for the weekly one.
/// </summary>
public static class DigestSchedule
{
    public static readonly TimeOnly SendAt = new(7, 0);

    /// <summary>The delivery choice a digest serves.</summary>
    public static DeliveryChoice ChoiceOf(DigestKind kind) => kind == DigestKind.Daily ? DeliveryChoice.DailyDigest : DeliveryChoice.WeeklyDigest;

    /// <summary>The digest of a delivery choice, or null when the choice is not a digest.</summary>
    public static DigestKind? KindOf(DeliveryChoice choice) => choice switch
    {
        DeliveryChoice.DailyDigest => DigestKind.Daily,
        DeliveryChoice.WeeklyDigest => DigestKind.Weekly,
        _ => null,
    };

    /// <summary>The most recent digest of <paramref name="kind"/> due at or before <paramref name="now"/>.</summary>
    public static DigestPeriod LatestDue(DigestKind kind, DateTimeOffset now)
    {
        var day = UkTime.DayAt(now);
        if (kind == DigestKind.Weekly)
            day = day.AddDays(-(((int)day.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
        var at = UkTime.At(day, SendAt);
        if (at > now)
        {
            day = day.AddDays(kind == DigestKind.Weekly ? -7 : -1);
            at = UkTime.At(day, SendAt);
        }
        return new DigestPeriod(kind, day, at);
    }

    /// <summary>The first digest of <paramref name="kind"/> due after <paramref name="now"/>.</summary>
    public static DigestPeriod NextAfter(DigestKind kind, DateTimeOffset now)
    {
        var day = LatestDue(kind, now).Day.AddDays(kind == DigestKind.Weekly ? 7 : 1);
        return new DigestPeriod(kind, day, UkTime.At(day, SendAt));
    }

    /// <summary>How far back the first digest of a kind looks: one day, or one week.</summary>
    public static TimeSpan Interval(DigestKind kind) => kind == DigestKind.Weekly ? TimeSpan.FromDays(7) : TimeSpan.FromDays(1);
}
