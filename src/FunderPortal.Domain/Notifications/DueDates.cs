using FunderPortal.Charities;

namespace FunderPortal.Notifications;

/// <summary>Something the clock makes due: at <see cref="At"/>, its members are told <see cref="Notice"/>.</summary>
public sealed record DueNotification(DateTimeOffset At, NotificationNotice Notice);

/// <summary>
/// A charity's time-bound notifications, pure over its state and the product's clock: its next check-in is due soon
/// (<see cref="DaysBefore"/> days before, from midnight UTC) and overdue (from midnight UTC the day after). Each is
/// named by the due date it is about, so it is told once however often it is worked out; recording the check-in moves
/// the due date, and what was not yet due is never told.
/// </summary>
public static class CharityDueDates
{
    public const int DaysBefore = 7;

    public static IReadOnlyList<DueNotification> Of(CharityState state)
    {
        if (!state.IsRegistered)
            return [];
        var due = CheckInSchedule.NextDue(state);
        var org = Uri.EscapeDataString(state.OrgId);
        var link = $"/charities/{org}/check-in";
        var day = due.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            new(Midnight(due.AddDays(-DaysBefore)), new NotificationNotice(
                NotificationIds.For(state.OrgId, $"check-in-due/{due:yyyy-MM-dd}"), NotificationKind.CheckInDue, Midnight(due.AddDays(-DaysBefore)),
                $"{state.Name}'s check-in is due on {day}", $"{state.Name}'s next check-in is due on {day}: reflections, readiness and principles.", link)),
            new(Midnight(due.AddDays(1)), new NotificationNotice(
                NotificationIds.For(state.OrgId, $"check-in-overdue/{due:yyyy-MM-dd}"), NotificationKind.CheckInOverdue, Midnight(due.AddDays(1)),
                $"{state.Name}'s check-in is overdue", $"{state.Name}'s check-in was due on {day} and is not recorded yet.", link)),
        ];
    }

    /// <summary>What fell due after <paramref name="since"/> (from the start when null) up to <paramref name="now"/>, to each member.</summary>
    public static IReadOnlyList<PersonNotice> Owed(CharityState state, DateTimeOffset? since, DateTimeOffset now) =>
        [.. Of(state).Where(d => d.At <= now && (since is not { } after || d.At > after)).SelectMany(d => NotificationFanOut.ToMembers(state, null, d.Notice))];

    /// <summary>When the next one falls due after <paramref name="now"/> (null when none will).</summary>
    public static DateTimeOffset? NextAfter(CharityState state, DateTimeOffset now) =>
        Of(state).Select(d => d.At).Where(at => at > now).Order().Cast<DateTimeOffset?>().FirstOrDefault();

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
