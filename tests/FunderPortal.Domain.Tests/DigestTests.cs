using FunderPortal.Common;
using FunderPortal.Notifications;

namespace FunderPortal.Domain.Tests;

/// <summary>What a person's digest lists, once: the kinds they want in it, since the last one, up to seven o'clock.</summary>
public class DigestTests
{
    /// <summary>Monday 5 January 2026, 09:00 UTC (GMT).</summary>
    private static readonly DateTimeOffset Monday = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private static NotificationState Person(params (NotificationKind Kind, DeliveryChoice Choice)[] delivery)
    {
        var state = new NotificationState();
        Apply(state, Monday.AddDays(-1), new EmailChanged("sam@example.org", "hash", "secret"), new EmailConfirmed("sam@example.org"),
            new DeliveryChanged("en", delivery.ToDictionary(d => d.Kind, d => d.Choice)));
        return state;
    }

    private static void Apply(NotificationState state, DateTimeOffset at, params NotificationEvent[] events)
    {
        foreach (var e in events)
            state.Apply(e, at);
    }

    private static void Receive(NotificationState state, string id, NotificationKind kind, DateTimeOffset at) =>
        Apply(state, at, [.. NotificationRules.Receive(state, new NotificationNotice(id, kind, at, $"Title {id}", "Text", "/notifications"))]);

    [Fact]
    public void TheDailyDigestListsTheDailyKindsReceivedUpToSevenAndIsDueOnce()
    {
        var state = Person((NotificationKind.FeedbackGiven, DeliveryChoice.DailyDigest), (NotificationKind.GrantRecorded, DeliveryChoice.WeeklyDigest));
        Receive(state, "feedback", NotificationKind.FeedbackGiven, Monday);
        Receive(state, "grant", NotificationKind.GrantRecorded, Monday.AddHours(1));
        Receive(state, "pledge", NotificationKind.PledgeOffered, Monday.AddHours(2)); // at once: emailed on its own
        Receive(state, "late", NotificationKind.FeedbackGiven, Monday.AddHours(22).AddMinutes(1)); // Tuesday 07:01

        Assert.Null(DigestRules.Due(state, DigestKind.Daily, Monday.AddHours(21))); // Tuesday 06:00: Monday's had nothing
        var tuesday = Assert.IsType<DigestSent>(DigestRules.Due(state, DigestKind.Daily, Monday.AddHours(23)));
        Assert.Equal((new DateOnly(2026, 1, 6), Monday.AddHours(22)), (tuesday.Day, tuesday.At));
        Assert.Equal(["feedback"], tuesday.Ids);

        Apply(state, Monday.AddHours(23), tuesday);
        Assert.Null(DigestRules.Due(state, DigestKind.Daily, Monday.AddHours(23).AddMinutes(5)));
        Assert.Equal(["late"], DigestRules.Due(state, DigestKind.Daily, Monday.AddDays(2))!.Ids);
        Assert.True(state.Find("pledge")!.EmailedAtOnce);
    }

    [Fact]
    public void TheWeeklyDigestWaitsForMondayAndListsTheWholeWeek()
    {
        var state = Person((NotificationKind.GrantRecorded, DeliveryChoice.WeeklyDigest));
        Receive(state, "tuesday", NotificationKind.GrantRecorded, Monday.AddDays(1));
        Receive(state, "sunday", NotificationKind.GrantRecorded, Monday.AddDays(6));

        Assert.Null(DigestRules.Due(state, DigestKind.Weekly, Monday.AddDays(6).AddHours(12)));
        var weekly = DigestRules.Due(state, DigestKind.Weekly, Monday.AddDays(7))!;
        Assert.Equal(new DateOnly(2026, 1, 12), weekly.Day);
        Assert.Equal(["tuesday", "sunday"], weekly.Ids);
        Assert.Null(DigestRules.Due(state, DigestKind.Daily, Monday.AddDays(7)));
    }

    [Fact]
    public void NothingIsDueWithoutAConfirmedAddressAndTheFirstDigestLooksBackOneInterval()
    {
        var state = Person((NotificationKind.FeedbackGiven, DeliveryChoice.DailyDigest));
        Receive(state, "old", NotificationKind.FeedbackGiven, Monday.AddDays(-3));
        Receive(state, "new", NotificationKind.FeedbackGiven, Monday);
        Assert.Equal(["new"], DigestRules.Due(state, DigestKind.Daily, Monday.AddDays(1))!.Ids);

        Apply(state, Monday, new EmailChanged("new@example.org", "hash2", "secret2"));
        Assert.Null(DigestRules.Due(state, DigestKind.Daily, Monday.AddDays(1)));
    }

    [Fact]
    public void ANotificationWhoseKindIsTurnedOffBeforeTheDigestIsNotListed()
    {
        var state = Person((NotificationKind.FeedbackGiven, DeliveryChoice.DailyDigest));
        Receive(state, "a", NotificationKind.FeedbackGiven, Monday);
        Apply(state, Monday.AddHours(1), [.. PreferenceRules.Unsubscribe(state, DigestKind.Daily, "secret")]);

        Assert.Equal(DeliveryChoice.Off, state.DeliveryOf(NotificationKind.FeedbackGiven));
        Assert.Null(DigestRules.Due(state, DigestKind.Daily, Monday.AddDays(1)));
        Assert.Empty(DigestRules.InUse(state));
        Assert.Null(DigestRules.NextAfter(state, Monday));
        Assert.Throws<NotFoundException>(() => PreferenceRules.Unsubscribe(state, DigestKind.Daily, "wrong"));
    }

    [Fact]
    public void TheNextWakeIsTheSoonerOfTheDigestsWanted()
    {
        var state = Person((NotificationKind.FeedbackGiven, DeliveryChoice.WeeklyDigest), (NotificationKind.GrantRecorded, DeliveryChoice.DailyDigest));

        Assert.Equal([DigestKind.Daily, DigestKind.Weekly], DigestRules.InUse(state));
        Assert.Equal(Monday.AddHours(22), DigestRules.NextAfter(state, Monday));
    }
}
