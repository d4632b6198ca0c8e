using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.Notifications;

namespace FunderPortal.Charities;

/// <summary>
/// What the clock makes due (<see cref="CharityDueDates"/>: a check-in due soon and overdue, links to confirm evidence
/// about to expire unanswered, to its members; a share about to end and ended, to that funder's members), kept by the
/// charity with its durable due-dates reminder (<see cref="DueDateReminder"/>) that wakes it when the next one falls due.
/// Each wake tells what fell due since the last; at activation, what fell due since the delivered mark's instant; and
/// notifications are named by what they are about and when, so a restart or failover neither loses nor repeats one.
/// </summary>
public sealed partial class CharityGrain
{
    public const string DueDatesReminder = DueDateReminder.Name;

    private DueDateReminder? _dueDates;

    private DueDateReminder DueDates => _dueDates ??= new(this, Clock, Logger, now => CharityDueDates.NextAfter(State, now));

    /// <summary>At activation: what fell due since the delivered mark's instant.</summary>
    private IEnumerable<Notice> DueSince(DateTimeOffset? markAt)
    {
        var (since, now) = DueDates.Activate(markAt);
        return DueNotices(since, now);
    }

    /// <summary>What fell due in the window: to members, and to funders' members through their grains.</summary>
    private IEnumerable<Notice> DueNotices(DateTimeOffset? since, DateTimeOffset now) =>
        [.. PersonNotices.ToNotices(CharityDueDates.Owed(State, since, now)), .. PersonNotices.ToNotices(CharityDueDates.OwedElsewhere(State, since, now))];

    /// <summary>
    /// After a change that moves the schedule: a new check-in schedule (registration, a check-in recorded, a new interval)
    /// tells what is due by now under it, wherever its new due date fell; links asked for or answered, and shares made or
    /// stopped, only move the next wake (nothing of theirs is due at the moment they are made).
    /// </summary>
    private void KeepDueDates(IReadOnlyList<CharityEvent> events)
    {
        if (events.Any(e => e is CharityRegistered or CheckInRecorded or CharityProfileChanged { CheckInIntervalDays: not null }))
            Outbox.Post(PersonNotices.ToNotices(CharityDueDates.CheckInsOwed(State, Clock.UtcNow)), State.Version, State.Version);
        if (events.Any(e => e is CharityRegistered or CheckInRecorded or CharityProfileChanged { CheckInIntervalDays: not null }
                or AttestationsRequested or AttestationAnswered or ParticipantCheckInLinksMade or ParticipantCheckInAnswered
                or SharedWithFunder or ShareRevoked))
            DueDates.SetSoon();
    }

    protected override async Task ReceiveOwnReminderAsync(string reminderName)
    {
        if (reminderName != DueDatesReminder || !State.IsRegistered)
            return;
        var (since, now) = DueDates.Wake();
        Outbox.Post(DueNotices(since, now), State.Version, State.Version, now);
        await DueDates.SetAsync();
    }

    /// <summary>A charity registered before due dates were kept has no reminder yet: set just after activation when missing.</summary>
    private void EnsureDueReminder()
    {
        if (State.IsRegistered)
            DueDates.EnsureSoon();
    }
}
