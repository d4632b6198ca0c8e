using FunderPortal.Notifications;

namespace FunderPortal.Domain.Tests;

/// <summary>
/// When digests fall due: 07:00 UK time every day, and Mondays for the weekly one, British Summer Time included (the
/// clocks change at 01:00 UTC on the last Sundays of March and October). The UK rule is worked out in code; the
/// machine's own Europe/London zone (tzdata, readable with invariant globalisation) is the reference it is checked against.
/// </summary>
public class DigestScheduleTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void TheUkRuleAgreesWithTheMachinesEuropeLondonZoneEveryHalfHourFrom1997To2040()
    {
        // With InvariantGlobalization the zone still comes from /usr/share/zoneinfo on Linux: this finds it or fails.
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        for (var instant = Utc(1997, 1, 1, 0); instant < Utc(2041, 1, 1, 0); instant = instant.AddMinutes(30))
        {
            if (UkTime.OffsetAt(instant) != london.GetUtcOffset(instant))
                Assert.Fail($"At {instant:O} the rule says UTC+{UkTime.OffsetAt(instant).TotalHours}, Europe/London UTC+{london.GetUtcOffset(instant).TotalHours}.");
        }
    }

    [Theory]
    [InlineData("2026-01-14", "2026-01-14T07:00:00+00:00")] // winter: GMT
    [InlineData("2026-07-14", "2026-07-14T06:00:00+00:00")] // summer: BST
    [InlineData("2026-03-28", "2026-03-28T07:00:00+00:00")] // the Saturday before the clocks go forward
    [InlineData("2026-03-29", "2026-03-29T06:00:00+00:00")] // they went forward at 01:00 UTC that Sunday
    [InlineData("2026-10-24", "2026-10-24T06:00:00+00:00")] // the Saturday before they go back
    [InlineData("2026-10-25", "2026-10-25T07:00:00+00:00")] // they went back at 01:00 UTC that Sunday
    public void SevenInTheMorningUkTimeIsSixOrSevenUtcAcrossTheClockChanges(string day, string instant) =>
        Assert.Equal(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), UkTime.At(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), DigestSchedule.SendAt));

    [Fact]
    public void TheUkDayTurnsAtMidnightLocalTime()
    {
        Assert.Equal(new DateOnly(2026, 7, 15), UkTime.DayAt(Utc(2026, 7, 14, 23, 30))); // 00:30 BST
        Assert.Equal(new DateOnly(2026, 1, 14), UkTime.DayAt(Utc(2026, 1, 14, 23, 30)));
    }

    [Fact]
    public void TheDailyDigestIsDueAtSevenAndNotAMinuteBefore()
    {
        Assert.Equal(new DigestPeriod(DigestKind.Daily, new DateOnly(2026, 1, 13), Utc(2026, 1, 13, 7)), DigestSchedule.LatestDue(DigestKind.Daily, Utc(2026, 1, 14, 6, 59)));
        Assert.Equal(new DigestPeriod(DigestKind.Daily, new DateOnly(2026, 1, 14), Utc(2026, 1, 14, 7)), DigestSchedule.LatestDue(DigestKind.Daily, Utc(2026, 1, 14, 7)));
        Assert.Equal(Utc(2026, 1, 15, 7), DigestSchedule.NextAfter(DigestKind.Daily, Utc(2026, 1, 14, 7)).At);
        // In summer 07:00 is 06:00 UTC: at 06:30 UTC today's is due already.
        Assert.Equal(new DateOnly(2026, 7, 14), DigestSchedule.LatestDue(DigestKind.Daily, Utc(2026, 7, 14, 6, 30)).Day);
    }

    [Fact]
    public void OverTheNightTheClocksGoForwardTheNextDigestIsTwentyThreeHoursAfterTheLast()
    {
        var saturday = DigestSchedule.LatestDue(DigestKind.Daily, Utc(2026, 3, 28, 12));
        var sunday = DigestSchedule.NextAfter(DigestKind.Daily, saturday.At);

        Assert.Equal((new DateOnly(2026, 3, 29), TimeSpan.FromHours(23)), (sunday.Day, sunday.At - saturday.At));
        Assert.Equal(TimeSpan.FromHours(25), DigestSchedule.NextAfter(DigestKind.Daily, Utc(2026, 10, 24, 12)).At - Utc(2026, 10, 24, 6));
    }

    [Theory]
    [InlineData("2026-01-11T12:00:00Z", "2026-01-05")] // a Sunday: last Monday's
    [InlineData("2026-01-12T06:59:00Z", "2026-01-05")] // Monday before seven: still last week's
    [InlineData("2026-01-12T07:00:00Z", "2026-01-12")] // Monday at seven
    [InlineData("2026-01-14T07:00:00Z", "2026-01-12")] // Wednesday
    [InlineData("2026-03-30T06:00:00Z", "2026-03-30")] // the Monday after the clocks went forward: 07:00 BST
    public void TheWeeklyDigestIsDueOnMondaysAtSeven(string now, string monday)
    {
        var due = DigestSchedule.LatestDue(DigestKind.Weekly, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((DayOfWeek.Monday, DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture)), (due.Day.DayOfWeek, due.Day));
        Assert.Equal(due.Day.AddDays(7), DigestSchedule.NextAfter(DigestKind.Weekly, due.At).Day);
    }
}
