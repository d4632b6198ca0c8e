using FunderPortal.Common;
using FunderPortal.Rounds;

namespace FunderPortal.Domain.Tests.Rounds;

public sealed class RoundDecisionsTests
{
    [Fact]
    public void ARoundStartsAsADraftWithCriteriaIdsAndDefaultAnchors()
    {
        var state = RoundStates.Created();

        Assert.Equal(RoundPhase.Draft, state.Phase);
        Assert.Equal(["c1", "c2"], state.Current.Criteria.Select(c => c.Id));
        Assert.Equal("Not shown at all", state.Current.Criteria[0].Anchors[0]);
        Assert.Equal("Fully shown", state.Current.Criteria[0].Anchors[4]);
        Assert.Equal("q1", Assert.Single(state.Current.EligibilityQuestions).Id);
    }

    [Fact]
    public void AnchorsMustDescribeEveryPointOfTheScale()
    {
        var details = RoundStates.Details() with { Criteria = [new CriterionInput("Clear", 1, 2, ["None", "Some"])] };
        var refused = Assert.Throws<DomainValidationException>(() => RoundDecisions.Create(new RoundState(), "r1", "GB-CHC-1", details));
        Assert.Contains("criteria[0].anchors", refused.Errors.Keys);
    }

    [Fact]
    public void ATimetableOutOfOrderIsRefused()
    {
        var details = RoundStates.Details() with { Timetable = new Timetable(new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1), null, null) };
        var refused = Assert.Throws<DomainValidationException>(() => RoundDecisions.Create(new RoundState(), "r1", "GB-CHC-1", details));
        Assert.Equal(["timetable.closes"], refused.Errors.Keys);
    }

    [Fact]
    public void TopPickRoundsNeedACount()
    {
        var details = RoundStates.Details() with { JudgingMode = JudgingMode.TopPick, TopPickCount = null };
        var refused = Assert.Throws<DomainValidationException>(() => RoundDecisions.Create(new RoundState(), "r1", "GB-CHC-1", details));
        Assert.Equal(["topPickCount"], refused.Errors.Keys);
    }

    [Theory]
    [InlineData(RoundPhase.Draft, RoundPhase.Scoring)]
    [InlineData(RoundPhase.Open, RoundPhase.Draft)]
    [InlineData(RoundPhase.Scoring, RoundPhase.Decided)]
    [InlineData(RoundPhase.Closed, RoundPhase.Open)]
    public void PhasesNeitherSkipNorGoBack(RoundPhase from, RoundPhase to) =>
        Assert.Throws<ConflictException>(() => RoundDecisions.MoveTo(RoundStates.At(from), to));

    [Fact]
    public void MovingToTheCurrentPhaseChangesNothing() =>
        Assert.Empty(RoundDecisions.MoveTo(RoundStates.At(RoundPhase.Open), RoundPhase.Open));

    [Fact]
    public void ARoundIsDecidedOnlyWhenEveryApplicantHasADecision()
    {
        var state = RoundStates.At(RoundPhase.Deliberation)
            .With(s => RoundDecisions.Decide(s, s.Applications["a1"], new RecordDecision(DecisionOutcome.Funded, 400_000, "Yes."), "alice"));
        Assert.Throws<ConflictException>(() => RoundDecisions.MoveTo(state, RoundPhase.Decided));
    }

    [Fact]
    public void FundedDecisionsKeepWithinTheBudget()
    {
        var state = RoundStates.At(RoundPhase.Deliberation)
            .With(s => RoundDecisions.Decide(s, s.Applications["a1"], new RecordDecision(DecisionOutcome.Funded, 400_000, "Yes."), "alice"))
            .With(s => RoundDecisions.Decide(s, s.Applications["a2"], new RecordDecision(DecisionOutcome.Funded, 500_000, "Yes."), "alice"));
        var tighter = RoundStates.At(RoundPhase.Deliberation);
        tighter.Setup = tighter.Current with { BudgetPence = 800_000 };
        tighter = tighter.With(s => RoundDecisions.Decide(s, s.Applications["a1"], new RecordDecision(DecisionOutcome.Funded, 400_000, "Yes."), "alice"));

        Assert.Equal(900_000, state.Applications.Values.Sum(a => a.Decision!.AmountPence));
        Assert.Throws<ConflictException>(() =>
            RoundDecisions.Decide(tighter, tighter.Applications["a2"], new RecordDecision(DecisionOutcome.Funded, 500_000, "Yes."), "alice"));
        // Changing a decision counts the new amount in place of the old one.
        Assert.Single(RoundDecisions.Decide(state, state.Applications["a2"], new RecordDecision(DecisionOutcome.Funded, 600_000 - 100_000, "Still yes."), "alice"));
    }

    [Theory]
    [InlineData(DecisionOutcome.Funded, null, "amountPence")]
    [InlineData(DecisionOutcome.Funded, 99_999L, "amountPence")]
    [InlineData(DecisionOutcome.Funded, 400_001L, "amountPence")]
    [InlineData(DecisionOutcome.NotFunded, 5L, "amountPence")]
    public void DecisionAmountsFollowTheAwardRules(DecisionOutcome outcome, long? amount, string field)
    {
        var state = RoundStates.At(RoundPhase.Deliberation);
        var refused = Assert.Throws<DomainValidationException>(() =>
            RoundDecisions.Decide(state, state.Applications["a1"], new RecordDecision(outcome, amount, "Because."), "alice"));
        Assert.Equal([field], refused.Errors.Keys);
    }

    [Fact]
    public void ApplicationsAreTakenOnlyWhileOpenAndOncePerCharity()
    {
        Assert.Throws<ConflictException>(() =>
            RoundDecisions.Submit(RoundStates.At(RoundPhase.Scoring), "a3", RoundStates.Application("GB-CHC-3", 200_000), "New", "dan"));
        Assert.Throws<ConflictException>(() =>
            RoundDecisions.Submit(RoundStates.At(RoundPhase.Open), "a3", RoundStates.Application("GB-CHC-1", 200_000), "Again", "alice"));
        var refused = Assert.Throws<DomainValidationException>(() =>
            RoundDecisions.Submit(RoundStates.At(RoundPhase.Open), "a3", RoundStates.Application("GB-CHC-3", 50_000, eligible: false), "New", "dan"));
        Assert.Equal(["amountRequestedPence", "eligibilityAnswers.q1"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryCriterionMustBeScoredWithinItsScale()
    {
        var state = RoundStates.At(RoundPhase.Scoring);
        var refused = Assert.Throws<DomainValidationException>(() => RoundDecisions.SubmitScores(state, "p1", state.Applications["a1"],
            new SubmitScores(new Dictionary<string, int> { ["c1"] = 5, ["c9"] = 1 }, new Dictionary<string, string> { ["c7"] = "x" }, null)));
        Assert.Equal(["comments.c7", "scores.c1", "scores.c2", "scores.c9"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DeclaringAConflictSetsAsideScoresAlreadyGiven()
    {
        var state = RoundStates.At(RoundPhase.Scoring)
            .With(s => RoundDecisions.SubmitScores(s, "p1", s.Applications["a1"], new SubmitScores(new Dictionary<string, int> { ["c1"] = 3, ["c2"] = 3 }, null, null)))
            .With(s => RoundDecisions.DeclareConflict(s, "p1", s.Applications["a1"], new DeclareConflict(ConflictDeclaration.Declared, "I work there")));

        Assert.Null(state.FindSheet("a1", "p1"));
        Assert.Throws<ConflictException>(() => RoundDecisions.SubmitScores(state, "p1", state.Applications["a1"],
            new SubmitScores(new Dictionary<string, int> { ["c1"] = 3, ["c2"] = 3 }, null, null)));
    }

    [Fact]
    public void AnInvitationIsUsedOnceAndAUserJoinsAPanelOnce()
    {
        var state = RoundStates.At(RoundPhase.Draft).With(s => RoundDecisions.Invite(s, "i3", "hash-3", null));

        Assert.Throws<ConflictException>(() => RoundDecisions.Accept(state, "hash-1", "p9", null, "t", null));
        Assert.Throws<NotFoundException>(() => RoundDecisions.Accept(state, "no-such-hash", "p9", null, "t", null));
        Assert.Throws<ConflictException>(() => RoundDecisions.Accept(state, "hash-3", "p9", "bob", "t", null));
        Assert.Equal(["Panellist 1", "Panellist 2"], state.Panellists.Values.Select(p => p.Pseudonym));
        Assert.Equal(PaymentChoice.Paid, state.Panellists["p1"].Payment);
    }

    [Fact]
    public void AReplacementInvitationKeepsTheIdentityAndReplacesTheToken()
    {
        var state = RoundStates.At(RoundPhase.Scoring)
            .With(s => RoundDecisions.Invite(s, "i3", "hash-3", "p1"))
            .With(s => RoundDecisions.Accept(s, "hash-3", "ignored", null, "token-new", null));

        Assert.Equal(2, state.Panellists.Count);
        Assert.Equal("token-new", state.Panellists["p1"].TokenHash);
    }

    [Fact]
    public void NoOneJoinsOnceDecisionsAreMade() =>
        Assert.Throws<ConflictException>(() => RoundDecisions.Invite(RoundStates.At(RoundPhase.Decided), "i9", "h", null));

    [Theory]
    [InlineData(90, 2_500, 3_750)]
    [InlineData(1, 2_500, 42)]   // 41.67p: half a penny and more rounds up
    [InlineData(1, 1_000, 17)]   // 16.67p
    [InlineData(0, 2_500, 0)]
    public void PayIsMinutesAtTheHourlyRateInWholePence(long minutes, long rate, long pence) =>
        Assert.Equal(pence, PanelPay.ValuePence(minutes, rate));

    [Fact]
    public void TheOutcomeComparesTheTimetableWithWhatHappened()
    {
        var state = RoundStates.At(RoundPhase.Decided);
        var outcome = RoundViewsMapping.Outcome(state);

        Assert.Equal((2, 0, 0.0), (outcome.Applications, outcome.Funded, outcome.SuccessRate));
        var opens = outcome.Timetable[0];
        Assert.Equal(("opens", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5), 0), (opens.Step, opens.Planned, opens.Actual, opens.DaysLate));
        Assert.Equal(-69, outcome.Timetable[3].DaysLate); // decided on 5 January, planned for 15 March
    }

    [Fact]
    public void PanelSubjectsNameTheirRound()
    {
        Assert.True(PanelSubjects.TryParse(PanelSubjects.For("r1", "p1"), out var round, out var panellist));
        Assert.Equal(("r1", "p1"), (round, panellist));
        Assert.False(PanelSubjects.TryParse("panel:r1", out _, out _));
        Assert.False(PanelSubjects.TryParse("alice", out _, out _));
    }

    [Fact]
    public void ThePublishedLimitOnAccessibilityNeedsIsOneOfEach() =>
        Assert.Equal(RoundLimits.MaxAccessibilityNeeds, Enum.GetValues<AccessibilityNeed>().Length);
}
