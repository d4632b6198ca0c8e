using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Rounds;

namespace FunderPortal.Domain.Tests.Rounds;

/// <summary>Applications drafted, changed, submitted and withdrawn, and drafts discarded when scoring starts.</summary>
public sealed class ApplicationLifecycleTests
{
    private static SubmitApplication Draft(string charityOrgId, long? amount = null, bool? eligible = null) =>
        new(charityOrgId, amount, "Peer mentors", eligible is { } e ? new Dictionary<string, bool> { ["q1"] = e } : null, false, Draft: true);

    private static RoundState OpenWithDraft(string id = "d1", string charityOrgId = "GB-CHC-3") =>
        RoundStates.At(RoundPhase.Open).With(s => RoundDecisions.Submit(s, id, Draft(charityOrgId), "Harbour", "dan"));

    [Fact]
    public void ADraftMayLeaveOutTheAmountAndTheAnswersAndCountsForNothing()
    {
        var state = OpenWithDraft();

        var draft = state.FindAnyApplication("d1")!;
        Assert.Equal((ApplicationStatus.Draft, null, null, 0), (draft.Status, draft.AmountRequestedPence, draft.SubmittedAt, draft.Number));
        Assert.Null(state.FindApplication("d1")); // not in front of the funder or the panel
        Assert.Equal(2, state.ToView(RoundRole.FunderEditor, null).Applications);
        Assert.Equal("Draft application", draft.ToView(state, RoundRole.Applicant, null).Label);
    }

    [Fact]
    public void ADraftStillChecksWhatItGives()
    {
        var refused = Assert.Throws<DomainValidationException>(() => RoundDecisions.Submit(RoundStates.At(RoundPhase.Open), "d1",
            Draft("GB-CHC-3", amount: 1) with { EligibilityAnswers = new Dictionary<string, bool> { ["q9"] = true } }, "Harbour", "dan"));
        Assert.Equal(["amountRequestedPence", "eligibilityAnswers.q9"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        // An answer the round does not want is kept in a draft; the submit names it.
        Assert.Single(RoundDecisions.Submit(RoundStates.At(RoundPhase.Open), "d1", Draft("GB-CHC-3", eligible: false), "Harbour", "dan"));
    }

    [Fact]
    public void SubmittingADraftNamesWhatIsMissingThenNumbersIt()
    {
        var state = OpenWithDraft();

        var refused = Assert.Throws<DomainValidationException>(() => RoundDecisions.SubmitDraft(state, state.FindAnyApplication("d1")!, "dan"));
        Assert.Equal(["amountRequestedPence", "eligibilityAnswers.q1"], refused.Errors.Keys.Order(StringComparer.Ordinal));

        state = state
            .With(s => RoundDecisions.Change(s, s.FindAnyApplication("d1")!, new ChangeApplication(300_000, "Peer mentors", new Dictionary<string, bool> { ["q1"] = true }, true), "dan"))
            .With(s => RoundDecisions.SubmitDraft(s, s.FindAnyApplication("d1")!, "erin"));

        var submitted = state.FindApplication("d1")!;
        Assert.Equal((ApplicationStatus.Submitted, 3, 300_000L, "erin"), (submitted.Status, submitted.Number, submitted.Amount, submitted.SubmittedBy));
        Assert.Equal(RoundStates.T0, submitted.SubmittedAt);
        Assert.Empty(state.Drafts);
        Assert.Empty(RoundDecisions.SubmitDraft(state, submitted, "erin")); // asked twice
    }

    [Fact]
    public void DraftsAndWithdrawnApplicationsDoNotCountAsTheCharitysOneApplication()
    {
        // GB-CHC-1 already applied (a1): a draft beside it is allowed, but sending it is not.
        var state = RoundStates.At(RoundPhase.Open).With(s => RoundDecisions.Submit(s, "d1", Draft("GB-CHC-1", 200_000, true), "Hope Street", "alice"));
        Assert.Throws<ConflictException>(() => RoundDecisions.SubmitDraft(state, state.FindAnyApplication("d1")!, "alice"));

        state = state.With(s => RoundDecisions.Withdraw(s, s.FindApplication("a1")!, "alice"))
            .With(s => RoundDecisions.SubmitDraft(s, s.FindAnyApplication("d1")!, "alice"));

        Assert.Equal(ApplicationStatus.Withdrawn, state.Withdrawn["a1"].Status);
        Assert.Equal(["a2", "d1"], state.Applications.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, state.Applications["d1"].Number); // a1's number is never given again
        Assert.Equal(2, state.ToView(RoundRole.FunderEditor, null).Applications);
    }

    [Fact]
    public void ASubmittedApplicationIsChangedOnlyWhileOpenAndStaysComplete()
    {
        var open = RoundStates.At(RoundPhase.Open);
        var refused = Assert.Throws<DomainValidationException>(() =>
            RoundDecisions.Change(open, open.Applications["a1"], new ChangeApplication(null, "New words", null, false), "alice"));
        Assert.Equal(["amountRequestedPence", "eligibilityAnswers.q1"], refused.Errors.Keys.Order(StringComparer.Ordinal));

        var changed = open.With(s => RoundDecisions.Change(s, s.Applications["a1"],
            new ChangeApplication(250_000, "New words", new Dictionary<string, bool> { ["q1"] = true }, true), "alice"));
        Assert.Equal((250_000L, "New words", true, 1), (changed.Applications["a1"].Amount, changed.Applications["a1"].Summary, changed.Applications["a1"].LinkJourney, changed.Applications["a1"].Number));

        var scoring = RoundStates.At(RoundPhase.Scoring);
        Assert.Throws<ConflictException>(() => RoundDecisions.Change(scoring, scoring.Applications["a1"],
            new ChangeApplication(250_000, null, new Dictionary<string, bool> { ["q1"] = true }, false), "alice"));
    }

    [Fact]
    public void AnApplicationIsWithdrawnUntilScoringStartsAndThenChangesNoMore()
    {
        var state = RoundStates.At(RoundPhase.Open).With(s => RoundDecisions.Withdraw(s, s.Applications["a1"], "alice"));
        var withdrawn = state.FindAnyApplication("a1")!;

        Assert.Empty(RoundDecisions.Withdraw(state, withdrawn, "alice")); // asked twice
        Assert.Throws<ConflictException>(() => RoundDecisions.SubmitDraft(state, withdrawn, "alice"));
        Assert.Throws<ConflictException>(() => RoundDecisions.Change(state, withdrawn, new ChangeApplication(200_000, null, null, false), "alice"));
        var scoring = RoundStates.At(RoundPhase.Scoring);
        Assert.Throws<ConflictException>(() => RoundDecisions.Withdraw(scoring, scoring.Applications["a1"], "alice"));
    }

    [Fact]
    public void DraftsStillOpenWhenScoringStartsAreDiscarded()
    {
        var state = OpenWithDraft("d1", "GB-CHC-3").With(s => RoundDecisions.Submit(s, "d2", Draft("GB-CHC-4"), "Quay", "fay"));

        var events = RoundDecisions.MoveTo(state, RoundPhase.Scoring);
        state = state.With(_ => events);

        Assert.Equal([typeof(RoundPhaseChanged), typeof(ApplicationDiscarded), typeof(ApplicationDiscarded)], events.Select(e => e.GetType()));
        Assert.Empty(state.Drafts);
        Assert.Equal(["d1", "d2"], state.DiscardedDrafts.Keys.Order(StringComparer.Ordinal));
        Assert.Null(state.FindAnyApplication("d1"));
        var notice = RoundNotices.DraftDiscarded(state, state.DiscardedDrafts["d1"], new FunderRef("GB-CHC-7654321", "Hope Trust"));
        Assert.Equal((InboxItemKind.ApplicationDiscarded, $"/rounds/{state.RoundId}"), (notice.Kind, notice.Link));
    }

    [Fact]
    public void DecidedNeedsADecisionForEverySubmittedApplicationOnly()
    {
        var state = RoundStates.At(RoundPhase.Open)
            .With(s => RoundDecisions.Withdraw(s, s.Applications["a2"], "carol"))
            .With(s => RoundDecisions.MoveTo(s, RoundPhase.Scoring))
            .With(s => RoundDecisions.MoveTo(s, RoundPhase.Deliberation))
            .With(s => RoundDecisions.Decide(s, s.Applications["a1"], new RecordDecision(DecisionOutcome.Funded, 400_000, "Yes."), "fiona"));

        Assert.Single(RoundDecisions.MoveTo(state, RoundPhase.Decided));
        var outcome = RoundViewsMapping.Outcome(state.With(s => RoundDecisions.MoveTo(s, RoundPhase.Decided)));
        Assert.Equal((1, 1, 1.0), (outcome.Applications, outcome.Funded, outcome.SuccessRate));
    }

    [Fact]
    public void AChangedApplicationsJourneyLinkCarriesTheRound()
    {
        var state = RoundStates.At(RoundPhase.Scoring);
        state.Applications["a1"] = state.Applications["a1"] with { LinkJourney = true };

        var view = state.Applications["a1"].ToView(state, RoundRole.Panellist, state.Panellists["p1"]);

        Assert.Equal("/api/v1/charities/GB-CHC-1/journey?roundId=r1", view.JourneyUrl);
    }

    [Fact]
    public void ACharityKeepsOnlySoManyDraftsAndWithdrawnApplications()
    {
        var state = RoundStates.At(RoundPhase.Open);
        for (var i = 0; i < RoundDecisions.MaxUnsubmittedPerCharity; i++)
        {
            var id = $"d{i}";
            state = state.With(s => RoundDecisions.Submit(s, id, Draft("GB-CHC-3"), "Harbour", "dan"));
        }
        Assert.Throws<ConflictException>(() => RoundDecisions.Submit(state, "one-more", Draft("GB-CHC-3"), "Harbour", "dan"));
    }
}
