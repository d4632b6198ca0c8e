using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.Notifications;

namespace FunderPortal.Funders;

/// <summary>
/// What the clock makes due for a funder (<see cref="FunderDueDates"/>: each grant's report on the anniversaries of its
/// start, to its members and, through the charity's grain, to the charity's), kept as the charity keeps its own: a durable
/// due-dates reminder (<see cref="DueDateReminder"/>) wakes the funder when the next one falls due; each wake tells what fell
/// due since the last, activation what fell due since the delivered mark's instant. A funder with no grant to come holds
/// no reminder.
/// </summary>
public sealed partial class FunderGrain
{
    public const string DueDatesReminder = DueDateReminder.Name;

    private DueDateReminder? _dueDates;

    private DueDateReminder DueDates => _dueDates ??= new(this, Clock, Logger, now => FunderDueDates.NextAfter(State, now));

    /// <summary>At activation: what the changes after the mark owe, and what fell due since its instant.</summary>
    protected override IEnumerable<Notice> NoticesOwedSince(IReadOnlyList<FunderEvent> events, DateTimeOffset? markAt)
    {
        var (since, now) = DueDates.Activate(markAt);
        return [.. NoticesOwedBy(events), .. DueNotices(since, now)];
    }

    private IEnumerable<Notice> DueNotices(DateTimeOffset? since, DateTimeOffset now) =>
        [.. PersonNotices.ToNotices(FunderDueDates.Owed(State, since, now)), .. PersonNotices.ToNotices(FunderDueDates.OwedElsewhere(State, since, now))];

    /// <summary>A grant recorded moves the next wake (an anniversary already past when it was recorded is not news).</summary>
    private void KeepDueDates(IReadOnlyList<FunderEvent> events)
    {
        if (events.Any(e => e is GrantRecorded))
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
}
