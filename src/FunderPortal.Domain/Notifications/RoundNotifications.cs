using FunderPortal.Charities;
using FunderPortal.People;
using FunderPortal.Rounds;
using static FunderPortal.Notifications.NoticeWords;
using static FunderPortal.Notifications.NotificationWords;

namespace FunderPortal.Notifications;

/// <summary>One panellist with no account to mail, by their id in the round, and what.</summary>
public sealed record PanellistNotice(string PanellistId, NotificationNotice Notice);

/// <summary>
/// Who a round's committed events notify, and of what: pure, decided on the state the events led to, like
/// <see cref="NotificationFanOut"/>, and named by what caused them (<see cref="NotificationIds.For"/> with the round as
/// owner), so telling again never makes a second.
/// <list type="bullet">
/// <item>A phase change (<see cref="NotificationKind.RoundPhaseChanged"/>) to the panel — each panellist who had joined by
/// then — and, once applications have closed, to each applicant charity's members about its own application. Applications
/// are taken only while Open, so who applied is settled by the time anything after Open is told.</item>
/// <item>Decided: each applicant's members hear their own decision (<see cref="NotificationKind.DecisionMade"/>), which is
/// when applicants may first see it, instead of the phase change.</item>
/// </list>
/// <see cref="NotificationKind.ApplicationDiscarded"/> is not raised: drafts of applications do not exist yet (issue 19);
/// when they do, "scoring starts" (a change to Scoring here) is where each discarded draft's charity is told.
/// </summary>
public static class RoundFanOut
{
    /// <summary>The owner a round's notification ids are made under.</summary>
    public static string Owner(RoundState state) => $"round/{state.RoundId}";

    public static IReadOnlyList<PersonNotice> ToPanel(RoundState state, IEnumerable<RoundEvent> events, DateTimeOffset at)
    {
        List<PersonNotice> notices = [];
        foreach (var change in events.OfType<RoundPhaseChanged>())
        {
            var changedAt = state.PhaseChanges.LastOrDefault(c => c.Phase == change.Phase)?.At ?? at;
            var notice = PanelNotice(state, change.Phase, changedAt);
            notices.AddRange(Reachable(state.Panellists.Values.Where(p => p.JoinedAt <= changedAt)).Select(subject => new PersonNotice(subject, notice)));
        }
        return notices;
    }

    /// <summary>
    /// The same phase changes for panellists with no account whose invitation was emailed (<see cref="PanelAddresses"/>):
    /// they have no notification centre, so the round mails them at that address.
    /// </summary>
    public static IReadOnlyList<PanellistNotice> ToPanelByMail(RoundState state, IEnumerable<RoundEvent> events, DateTimeOffset at)
    {
        List<PanellistNotice> notices = [];
        foreach (var change in events.OfType<RoundPhaseChanged>())
        {
            var changedAt = state.PhaseChanges.LastOrDefault(c => c.Phase == change.Phase)?.At ?? at;
            var notice = PanelNotice(state, change.Phase, changedAt);
            notices.AddRange(PanelAddresses.Of(state).Where(a => state.Panellists[a.PanellistId].JoinedAt <= changedAt).Select(a => new PanellistNotice(a.PanellistId, notice)));
        }
        return notices;
    }

    private static NotificationNotice PanelNotice(RoundState state, RoundPhase phase, DateTimeOffset changedAt) =>
        NotificationNotice.Of(NotificationIds.For(Owner(state), $"phase/{phase}"), NotificationKind.RoundPhaseChanged, changedAt,
            Say("“{0}” is now {1}", state.Current.Title, PhaseWords(phase)), PanelText(state, phase), $"/rounds/{Segment(state.RoundId)}");

    public static IReadOnlyList<MembersNotice> ToApplicants(RoundState state, IEnumerable<RoundEvent> events, DateTimeOffset at)
    {
        List<MembersNotice> notices = [];
        foreach (var change in events.OfType<RoundPhaseChanged>().Where(c => c.Phase > RoundPhase.Open))
        {
            var changedAt = state.PhaseChanges.LastOrDefault(c => c.Phase == change.Phase)?.At ?? at;
            foreach (var application in state.Applications.Values.OrderBy(a => a.Number))
            {
                var link = $"/rounds/{Segment(state.RoundId)}/applications/{Segment(application.Id)}";
                var notice = change.Phase == RoundPhase.Decided
                    ? application.Decision is { } decision
                        ? NotificationNotice.Of(NotificationIds.For(Owner(state), $"decision/{application.Id}"), NotificationKind.DecisionMade, changedAt,
                            Say("A decision on {0}'s application to “{1}”", application.CharityName, state.Current.Title), DecisionText(decision), link)
                        : null
                    : NotificationNotice.Of(NotificationIds.For(Owner(state), $"phase/{change.Phase}/{application.Id}"), NotificationKind.RoundPhaseChanged, changedAt,
                        Say("“{0}” is now {1}", state.Current.Title, PhaseWords(change.Phase)), ApplicantText(state, change.Phase), link);
                if (notice is not null)
                    notices.Add(new MembersNotice(PlaceKind.Charity, application.CharityOrgId, notice));
            }
        }
        return notices;
    }

    /// <summary>
    /// Whom on the panel a notice reaches in the portal: a panellist who joined signed in, as that person. One who joined by
    /// the link alone has no notification centre: they are mailed instead when their invitation was (<see cref="ToPanelByMail"/>).
    /// </summary>
    public static IEnumerable<string> Reachable(IEnumerable<Panellist> panellists) =>
        panellists.OrderBy(p => p.JoinedAt).Select(p => p.UserSubject).OfType<string>().Where(s => !PanelSubjects.IsPanelSubject(s)).Distinct(StringComparer.Ordinal);

    public static Phrase PhaseWords(RoundPhase phase) => phase switch
    {
        RoundPhase.Open => Say("open for applications"),
        RoundPhase.Scoring => Say("being scored"),
        RoundPhase.Deliberation => Say("in deliberation"),
        RoundPhase.Decided => Say("decided"),
        RoundPhase.Closed => Say("closed"),
        _ => new Phrase(phase.ToString(), []),
    };

    private static Phrase PanelText(RoundState state, RoundPhase phase)
    {
        var setup = state.Current;
        var ends = setup.Timetable.ScoringEnds;
        return phase switch
        {
            RoundPhase.Open => Say("Applications are open: read them as they arrive and declare any conflict of interest."),
            RoundPhase.Scoring when setup.JudgingMode == JudgingMode.TopPick => ends is { } end
                ? Say("Scoring has begun: pick your top {0} applications. Scoring ends on {1}.", setup.TopPickCount, end)
                : Say("Scoring has begun: pick your top {0} applications.", setup.TopPickCount),
            RoundPhase.Scoring => ends is { } end
                ? Say("Scoring has begun: score each application you have no conflict with. Scoring ends on {0}.", end)
                : Say("Scoring has begun: score each application you have no conflict with."),
            RoundPhase.Deliberation => Say("Scoring has ended: the panel's scores are revealed for discussion and decisions."),
            RoundPhase.Decided => Say("Every application has a decision, with the panel's feedback."),
            RoundPhase.Closed => Say("The round is closed. Thank you for taking part."),
            _ => Say("The round is now {0}.", phase.ToString()),
        };
    }

    private static Phrase ApplicantText(RoundState state, RoundPhase phase)
    {
        var timetable = state.Current.Timetable;
        return phase switch
        {
            RoundPhase.Scoring => timetable.ScoringEnds is { } end
                ? Say("Applications are closed and the panel is scoring them until {0}.", end)
                : Say("Applications are closed and the panel is scoring them."),
            RoundPhase.Deliberation => timetable.DecisionsBy is { } by
                ? Say("The panel has finished scoring and is deciding; decisions are due by {0}.", by)
                : Say("The panel has finished scoring and is deciding."),
            RoundPhase.Closed => Say("The round is closed."),
            _ => Say("The round is now {0}.", PhaseWords(phase)),
        };
    }

    private static Phrase DecisionText(Decision decision) => decision.Outcome switch
    {
        DecisionOutcome.Funded => Say("Funded: {0}. The panel's feedback is on the application's page.", ResourcingTotals.Pounds(decision.AmountPence)),
        DecisionOutcome.Waitlisted => Say("Waitlisted: not funded now, first in line if money becomes available. The panel's feedback is on the application's page."),
        _ => Say("Not funded this time. The panel's feedback is on the application's page."),
    };
}

/// <summary>
/// A round's time-bound notifications: the scoring deadline (<see cref="DaysBefore"/> days before the timetable's
/// scoring end, from midnight UTC), while the round is being scored, to each panellist with sheets left then (an
/// application neither scored nor declared a conflict on; in a top-pick round, no picks yet). Named by the deadline and
/// the days left, so told once however often worked out; a round past scoring has none.
/// </summary>
public static class RoundDueDates
{
    public static readonly int[] DaysBefore = [3, 1];

    public static IReadOnlyList<DueNotification> Of(RoundState state)
    {
        if (!state.Exists || state.Phase > RoundPhase.Scoring || state.Current.Timetable.ScoringEnds is not { } end)
            return [];
        return
        [
            .. DaysBefore.Select(days => (Days: days, At: Midnight(end.AddDays(-days)))).Select(d => new DueNotification(d.At, NotificationNotice.Of(
                NotificationIds.For(RoundFanOut.Owner(state), $"scoring-deadline/{end:yyyy-MM-dd}/{d.Days}"), NotificationKind.ScoringDeadline, d.At,
                d.Days == 1
                    ? Say("Scoring for “{0}” ends in 1 day", state.Current.Title)
                    : Say("Scoring for “{0}” ends in {1} days", state.Current.Title, d.Days),
                Say("Scoring ends on {0}.", end), $"/rounds/{Segment(state.RoundId)}"))),
        ];
    }

    /// <summary>What fell due in the window, while being scored, to each reachable panellist with sheets left now.</summary>
    public static IReadOnlyList<PersonNotice> Owed(RoundState state, DateTimeOffset? since, DateTimeOffset now)
    {
        if (state.Phase != RoundPhase.Scoring)
            return [];
        var due = DueWindow.In(Of(state), since, now).ToList();
        if (due.Count == 0)
            return [];
        List<PersonNotice> notices = [];
        foreach (var panellist in state.Panellists.Values.OrderBy(p => p.JoinedAt))
        {
            var left = SheetsLeft(state, panellist);
            if (left == 0 || RoundFanOut.Reachable([panellist]).FirstOrDefault() is not { } subject)
                continue;
            var words = LeftWords(state, panellist);
            notices.AddRange(due.Select(d => new PersonNotice(subject, d.Notice.WithText(words))));
        }
        return notices;
    }

    /// <summary>The same, to each panellist with no account whose invitation was emailed and who has sheets left.</summary>
    public static IReadOnlyList<PanellistNotice> OwedByMail(RoundState state, DateTimeOffset? since, DateTimeOffset now)
    {
        if (state.Phase != RoundPhase.Scoring)
            return [];
        var due = DueWindow.In(Of(state), since, now).ToList();
        if (due.Count == 0)
            return [];
        return
        [
            .. PanelAddresses.Of(state).Select(a => state.Panellists[a.PanellistId]).Where(p => SheetsLeft(state, p) > 0)
                .SelectMany(p => due.Select(d => new PanellistNotice(p.Id, d.Notice.WithText(LeftWords(state, p))))),
        ];
    }

    /// <summary>The deadline's text with what the panellist has left to do: "Scoring ends on 5 March 2026: you have 2 applications left to score."</summary>
    private static Phrase LeftWords(RoundState state, Panellist panellist)
    {
        var end = state.Current.Timetable.ScoringEnds!.Value;
        var left = SheetsLeft(state, panellist);
        return state.Current.JudgingMode == JudgingMode.TopPick
            ? Say("Scoring ends on {0}: you have not picked your top {1} yet.", end, state.Current.TopPickCount)
            : left == 1
                ? Say("Scoring ends on {0}: you have 1 application left to score.", end)
                : Say("Scoring ends on {0}: you have {1} applications left to score.", end, left);
    }

    /// <summary>Applications the panellist has still to score (one for a top-pick round without picks).</summary>
    public static int SheetsLeft(RoundState state, Panellist panellist) => state.Current.JudgingMode == JudgingMode.TopPick
        ? state.Applications.Count > 0 && !state.TopPicks.ContainsKey(panellist.Id) ? 1 : 0
        : state.Applications.Keys.Count(id => state.FindSheet(id, panellist.Id) is null && !state.IsConflicted(id, panellist.Id));

    public static DateTimeOffset? NextAfter(RoundState state, DateTimeOffset now) => DueWindow.NextAfter(Of(state), now);
}
