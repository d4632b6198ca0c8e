using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Notifications;
using static FunderPortal.Domain.Tests.Charities;

namespace FunderPortal.Domain.Tests;

/// <summary>When a charity's check-in notifications fall due, by the product's clock, and that each is told once.</summary>
public class DueDateTests
{
    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    [Fact]
    public void DueSevenDaysBeforeAndOverdueTheDayAfterFromMidnightUtc()
    {
        var state = Registered(); // registered at T0, so due 90 days later
        var due = DateOnly.FromDateTime(T0.UtcDateTime).AddDays(CheckInSchedule.DefaultIntervalDays);

        var dates = CharityDueDates.Of(state);

        Assert.Equal([(Midnight(due.AddDays(-7)), NotificationKind.CheckInDue), (Midnight(due.AddDays(1)), NotificationKind.CheckInOverdue)],
            dates.Select(d => (d.At, d.Notice.Kind)));
        Assert.Equal(Midnight(due.AddDays(-7)), CharityDueDates.NextAfter(state, T0));
        Assert.Equal(Midnight(due.AddDays(1)), CharityDueDates.NextAfter(state, Midnight(due)));
        Assert.Null(CharityDueDates.NextAfter(state, Midnight(due.AddDays(2))));
    }

    [Fact]
    public void OnlyWhatFellDueInTheWindowIsOwedToEachMember()
    {
        var state = Registered();
        state.Apply(new MemberRoleGranted("bob", MemberRole.Viewer), T0);
        var due = DateOnly.FromDateTime(T0.UtcDateTime).AddDays(CheckInSchedule.DefaultIntervalDays);
        var soon = Midnight(due.AddDays(-7));

        Assert.Empty(CharityDueDates.Owed(state, null, soon.AddTicks(-1)));
        Assert.Equal(["alice", "bob"], CharityDueDates.Owed(state, null, soon).Select(n => n.Subject));
        Assert.Empty(CharityDueDates.Owed(state, soon, soon.AddDays(3))); // told at the last wake already
        Assert.Equal([NotificationKind.CheckInOverdue, NotificationKind.CheckInOverdue],
            CharityDueDates.Owed(state, soon, Midnight(due.AddDays(1))).Select(n => n.Notice.Kind));
    }

    [Fact]
    public void EachDueDateIsNamedByItsDateSoARecordedCheckInMakesNewOnesAndTheOldAreNeverToldAgain()
    {
        var state = Registered();
        var before = CharityDueDates.Of(state).Select(d => d.Notice.Id).ToList();
        Assert.Equal(before, CharityDueDates.Of(state).Select(d => d.Notice.Id));

        state = state.With(s => CharityDecisions.RecordCheckIn(s, "c1", FullCheckIn(Today), Today));

        var after = CharityDueDates.Of(state);
        Assert.DoesNotContain(after, d => before.Contains(d.Notice.Id));
        Assert.All(after, d => Assert.True(d.At > Midnight(Today)));
    }

    [Fact]
    public void AnUnregisteredCharityHasNothingDue() => Assert.Empty(CharityDueDates.Of(new CharityState()));
}
