using FunderPortal.Notifications;
using FunderPortal.People;
using FunderPortal.Rounds;
using static FunderPortal.Domain.Tests.Rounds.RoundStates;

namespace FunderPortal.Domain.Tests.Rounds;

/// <summary>
/// Who a round tells what: a phase change to its panel (each panellist who had joined by then and signed in; one who
/// joined by the link alone has no notification centre) and, once applications have closed, to each applicant charity
/// about its own application; decisions to each applicant; the scoring deadline to panellists with sheets left. Once each.
/// In <see cref="RoundStates.At"/>, p1 joined by the link alone and p2 as bob.
/// </summary>
public class RoundNotificationTests
{
    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static readonly RoundPhaseChanged ToScoring = new(RoundPhase.Scoring);

    [Fact]
    public void ScoringStartingTellsThePanellistsWhoSignedInAndEachApplicantAboutItsOwnApplication()
    {
        var state = At(RoundPhase.Scoring);

        var panel = RoundFanOut.ToPanel(state, [ToScoring], T0);
        var applicants = RoundFanOut.ToApplicants(state, [ToScoring], T0);

        var bob = Assert.Single(panel);
        Assert.Equal(("bob", NotificationKind.RoundPhaseChanged, "/rounds/r1"), (bob.Subject, bob.Notice.Kind, bob.Notice.Link));
        Assert.Equal("“Lived experience fund” is now being scored", bob.Notice.Title);
        Assert.Contains("28 February 2026", bob.Notice.Text);
        Assert.Equal([(PlaceKind.Charity, "GB-CHC-1", "/rounds/r1/applications/a1"), (PlaceKind.Charity, "GB-CHC-2", "/rounds/r1/applications/a2")],
            applicants.Select(n => (n.Place, n.OrgId, n.Notice.Link)));
        Assert.NotEqual(applicants[0].Notice.Id, applicants[1].Notice.Id);
        Assert.DoesNotContain("Calm Harbour", applicants[0].Notice.Title + applicants[0].Notice.Text); // nothing of another applicant
        // Worked out again (at activation): the same notifications.
        Assert.Equal(panel.Select(n => n.Notice.Id), RoundFanOut.ToPanel(state, [ToScoring], T0.AddDays(1)).Select(n => n.Notice.Id));
        Assert.Equal(applicants.Select(n => n.Notice.Id), RoundFanOut.ToApplicants(state, [ToScoring], T0.AddDays(1)).Select(n => n.Notice.Id));
    }

    [Fact]
    public void APanellistWithNoAccountWhoseInvitationWasEmailedIsMailedThePhaseChangeAndTheDeadline()
    {
        var state = At(RoundPhase.Scoring);
        Assert.Empty(RoundFanOut.ToPanelByMail(state, [ToScoring], T0)); // p1 joined by the link alone, with no address
        state.Panellists["p1"] = state.Panellists["p1"] with { Email = "sealed-address" };

        var mailed = Assert.Single(RoundFanOut.ToPanelByMail(state, [ToScoring], T0));
        Assert.Equal(("p1", NotificationKind.RoundPhaseChanged), (mailed.PanellistId, mailed.Notice.Kind));
        Assert.Equal(RoundFanOut.ToPanel(state, [ToScoring], T0).Single().Notice.Id, mailed.Notice.Id);

        var end = state.Current.Timetable.ScoringEnds!.Value;
        var deadline = Assert.Single(RoundDueDates.OwedByMail(state, null, Midnight(end.AddDays(-3))));
        Assert.Equal(("p1", NotificationKind.ScoringDeadline), (deadline.PanellistId, deadline.Notice.Kind));
        Assert.Contains("left to score", deadline.Notice.Text);
        Assert.Empty(RoundDueDates.OwedByMail(state, Midnight(end.AddDays(-3)), Midnight(end.AddDays(-2))));
    }

    [Fact]
    public void OpeningTellsOnlyThePanelAndOtherEventsTellNobody()
    {
        var state = At(RoundPhase.Scoring);

        Assert.Empty(RoundFanOut.ToApplicants(state, [new RoundPhaseChanged(RoundPhase.Open)], T0));
        Assert.Equal(["bob"], RoundFanOut.ToPanel(state, [new RoundPhaseChanged(RoundPhase.Open)], T0).Select(n => n.Subject));
        var scored = new ScoresSubmitted("p2", "a1", [3, 3], null, null);
        Assert.Empty(RoundFanOut.ToPanel(state, [scored], T0));
        Assert.Empty(RoundFanOut.ToApplicants(state, [scored], T0));
    }

    [Fact]
    public void APanellistWhoJoinedAfterAPhaseChangeIsNotToldOfIt()
    {
        var state = At(RoundPhase.Scoring);
        foreach (var e in RoundDecisions.Invite(state, "i3", "hash-3", null))
            state.Apply(e, T0.AddDays(1));
        foreach (var e in RoundDecisions.Accept(state, "hash-3", "p3", "carol", "token-3", null))
            state.Apply(e, T0.AddDays(1));

        Assert.Equal(["bob"], RoundFanOut.ToPanel(state, [ToScoring], T0).Select(n => n.Subject));
        var deliberation = Assert.Single(RoundDecisions.MoveTo(state, RoundPhase.Deliberation));
        state.Apply(deliberation, T0.AddDays(2));
        Assert.Equal(["bob", "carol"], RoundFanOut.ToPanel(state, [deliberation], T0.AddDays(2)).Select(n => n.Subject));
    }

    [Fact]
    public void DecidedTellsEachApplicantItsOwnDecisionInsteadOfThePhase()
    {
        var state = At(RoundPhase.Decided);
        var decided = new RoundPhaseChanged(RoundPhase.Decided);

        var applicants = RoundFanOut.ToApplicants(state, [decided], T0);

        Assert.Equal([("GB-CHC-1", NotificationKind.DecisionMade), ("GB-CHC-2", NotificationKind.DecisionMade)], applicants.Select(n => (n.OrgId, n.Notice.Kind)));
        Assert.Equal("A decision on Hope Street's application to “Lived experience fund”", applicants[0].Notice.Title);
        Assert.StartsWith("Not funded this time.", applicants[0].Notice.Text);
        Assert.Equal([NotificationKind.RoundPhaseChanged], RoundFanOut.ToPanel(state, [decided], T0).Select(n => n.Notice.Kind));
    }

    [Fact]
    public void TheScoringDeadlineIsToldThreeDaysAndOneDayBeforeToPanellistsWithSheetsLeftOnce()
    {
        var state = At(RoundPhase.Scoring);
        var end = new DateOnly(2026, 2, 28);
        var threeDays = Midnight(end.AddDays(-3));

        Assert.Equal([threeDays, Midnight(end.AddDays(-1))], RoundDueDates.Of(state).Select(d => d.At));
        Assert.Empty(RoundDueDates.Owed(state, null, threeDays.AddTicks(-1)));
        var told = Assert.Single(RoundDueDates.Owed(state, null, threeDays)); // p1 joined by link alone: no centre
        Assert.Equal(("bob", NotificationKind.ScoringDeadline, "/rounds/r1"), (told.Subject, told.Notice.Kind, told.Notice.Link));
        Assert.Equal("Scoring for “Lived experience fund” ends in 3 days", told.Notice.Title);
        Assert.EndsWith("you have 2 applications left to score.", told.Notice.Text);
        Assert.Empty(RoundDueDates.Owed(state, threeDays, threeDays.AddDays(1))); // told at the last wake already

        state = state
            .With(s => RoundDecisions.SubmitScores(s, "p2", s.Applications["a1"], new SubmitScores(new Dictionary<string, int> { ["c1"] = 3, ["c2"] = 3 }, null, null)))
            .With(s => RoundDecisions.DeclareConflict(s, "p2", s.Applications["a2"], new DeclareConflict(ConflictDeclaration.Declared, "I volunteer there")));
        Assert.Empty(RoundDueDates.Owed(state, threeDays, Midnight(end))); // nothing left to score: not told a day before
    }

    [Fact]
    public void ARoundPastScoringHasNoDeadlineToTell()
    {
        var state = At(RoundPhase.Deliberation);

        Assert.Empty(RoundDueDates.Of(state));
        Assert.Empty(RoundDueDates.Owed(state, null, Midnight(new(2026, 2, 28))));
        Assert.Null(RoundDueDates.NextAfter(state, T0));
    }

    [Fact]
    public void ATopPickPanellistIsToldUntilTheyPick()
    {
        var state = At(RoundPhase.Scoring, JudgingMode.TopPick);
        var due = Midnight(new DateOnly(2026, 2, 27));

        Assert.EndsWith("you have not picked your top 2 yet.", Assert.Single(RoundDueDates.Owed(state, due.AddDays(-1), due)).Notice.Text);
        state = state.With(s => RoundDecisions.SubmitTopPicks(s, "p2", ["a1"]));
        Assert.Empty(RoundDueDates.Owed(state, due.AddDays(-1), due));
    }
}
