using FunderPortal.Common;
using FunderPortal.Common.Outbox;
using FunderPortal.EventStore;
using FunderPortal.Notifications;

namespace FunderPortal.Rounds;

/// <summary>
/// What the round tells people, as charities and funders do: its committed events' notifications
/// (<see cref="RoundFanOut"/>: phase changes to the panel and applicants, decisions to applicants) through the outbox with
/// the versions they cover, posted again at activation for the changes after the delivered mark; and what the clock makes
/// due (<see cref="RoundDueDates"/>: the scoring deadline to panellists with sheets left), kept with the round's durable
/// due-dates reminder (<see cref="DueDateReminder"/>). Applicants' members are told through their charity's grain.
/// </summary>
public sealed partial class GrantRoundGrain
{
    private DueDateReminder? _dueDates;

    private DueDateReminder DueDates => _dueDates ??= new(this, clock, logger, now => RoundDueDates.NextAfter(State, now));

    /// <summary>At activation: what the changes after the delivered mark owe, and what fell due since its instant.</summary>
    private async Task PostOwedNotificationsAsync(CancellationToken cancellationToken)
    {
        var mark = await _outbox.OpenMarkAsync(StreamIds.Outbox(_stream.StreamId), cancellationToken);
        var (dueSince, now) = DueDates.Activate(mark.At);
        if (!State.Exists)
            return;
        var since = await _stream.ReadEventsAfterAsync(mark.Through, cancellationToken);
        _outbox.Post([.. Notifications(since), .. DueNotices(dueSince, now)], mark.Through, State.Version, now);
        DueDates.EnsureSoon();
    }

    /// <summary>Once committed: what the events tell people, and the next wake when they move the timetable or the phase.</summary>
    private void TellOfChanges(IReadOnlyList<RoundEvent> events)
    {
        if (events.Count == 0)
            return;
        _outbox.Post(Notifications(events), State.Version - events.Count, State.Version);
        if (events.Any(e => e is RoundCreated or RoundSetupChanged or RoundPhaseChanged))
            DueDates.SetSoon();
    }

    private IEnumerable<Notice> Notifications(IReadOnlyList<RoundEvent> events)
    {
        var at = State.LastRecordedAt ?? clock.UtcNow;
        return [.. PersonNotices.ToNotices(RoundFanOut.ToPanel(State, events, at)), .. PersonNotices.ToNotices(RoundFanOut.ToApplicants(State, events, at)),
            .. PanelMail(RoundFanOut.ToPanelByMail(State, events, at))];
    }

    private IEnumerable<Notice> DueNotices(DateTimeOffset? since, DateTimeOffset now) =>
        [.. PersonNotices.ToNotices(RoundDueDates.Owed(State, since, now)), .. PanelMail(RoundDueDates.OwedByMail(State, since, now))];

    private async Task ReceiveDueDatesAsync()
    {
        if (!State.Exists)
            return;
        var (since, now) = DueDates.Wake();
        _outbox.Post(DueNotices(since, now), State.Version, State.Version, now);
        await DueDates.SetAsync();
    }
}
