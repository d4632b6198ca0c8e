using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Rounds;

namespace FunderPortal.Domain.Tests.Rounds;

/// <summary>Publication, the public page, the public index and what a panellist may read of an applicant's journey.</summary>
public sealed class PublicRoundTests
{
    private static readonly FunderRef Trust = new("GB-CHC-7654321", "Hope Trust");

    [Fact]
    public void PublishingIsRequiredToBeSaidAndAskingTwiceChangesNothing()
    {
        var state = RoundStates.Created();

        Assert.Equal(["published"], Assert.Throws<DomainValidationException>(() => RoundDecisions.Publish(state, null)).Errors.Keys);
        Assert.Empty(RoundDecisions.Publish(state, false));
        state = state.With(s => RoundDecisions.Publish(s, true));
        Assert.True(state.ToView(RoundRole.FunderEditor, null).Published);
        Assert.Empty(RoundDecisions.Publish(state, true));
        state = state.With(s => RoundDecisions.Publish(s, false));
        Assert.Equal((false, true), (state.Published, state.EverPublished));
    }

    [Fact]
    public void ThePublicPageShowsTheOutcomeOfSubmittedApplicationsOnceDecided()
    {
        var state = RoundStates.At(RoundPhase.Open)
            .With(s => RoundDecisions.Submit(s, "d1", new SubmitApplication("GB-CHC-3", null, null, null, false, Draft: true), "Draft Co", "dan"))
            .With(s => RoundDecisions.MoveTo(s, RoundPhase.Scoring))
            .With(s => RoundDecisions.MoveTo(s, RoundPhase.Deliberation));
        Assert.Null(state.ToPublicView(Trust, null).Outcome);

        state = state
            .With(s => RoundDecisions.Decide(s, s.Applications["a1"], new RecordDecision(DecisionOutcome.Funded, 400_000, "Yes."), "fiona"))
            .With(s => RoundDecisions.Decide(s, s.Applications["a2"], new RecordDecision(DecisionOutcome.NotFunded, null, "Not now."), "fiona"))
            .With(s => RoundDecisions.MoveTo(s, RoundPhase.Decided));
        var view = state.ToPublicView(Trust, new PublicProgramme("p1", "Lived experience"));

        Assert.Equal((2, 1, 400_000L, 0.5), (view.Outcome!.Applications, view.Outcome.Funded, view.Outcome.FundedPence, view.Outcome.SuccessRate));
        Assert.Equal([new FundedOrganisation("GB-CHC-1", "Hope Street", 400_000)], view.Outcome.FundedOrganisations);
        Assert.Equal(("Lived experience fund", "Hope Trust", "Lived experience"), (view.Title, view.Funder.Name, view.Programme!.Title));
    }

    private static PublicRoundListing Listing(string id, RoundPhase phase, int closesDay) =>
        new(id, $"Round {id}", Trust, phase, new Timetable(null, new DateOnly(2026, 3, closesDay), null, null));

    private static PublicRoundsState Apply(PublicRoundsState state, IReadOnlyList<PublicRoundsEvent> events)
    {
        foreach (var e in events)
            state.Apply(e, RoundStates.T0);
        return state;
    }

    [Fact]
    public void TheIndexKeepsEachRoundsNewestWord()
    {
        var state = Apply(new PublicRoundsState(), PublicRounds.List(new PublicRoundsState(), Listing("r1", RoundPhase.Open, 10), 5));

        Assert.Empty(PublicRounds.List(state, Listing("r1", RoundPhase.Draft, 10), 4)); // late, older word
        Assert.Empty(PublicRounds.List(state, Listing("r1", RoundPhase.Open, 10), 5)); // told twice
        state = Apply(state, PublicRounds.Unlist(state, "r1", 6));
        Assert.Empty(PublicRounds.List(state, Listing("r1", RoundPhase.Open, 10), 5)); // the older listing cannot come back
        Assert.Empty(PublicRounds.Page(state, null, null, 10).Items);
        state = Apply(state, PublicRounds.List(state, Listing("r1", RoundPhase.Scoring, 10), 7));
        Assert.Equal(RoundPhase.Scoring, Assert.Single(PublicRounds.Page(state, null, null, 10).Items).Phase);
    }

    [Fact]
    public void TheIndexReadsByClosingDateAPageAtATimeAndByPhase()
    {
        var state = new PublicRoundsState();
        foreach (var (id, phase, day) in new[] { ("late", RoundPhase.Open, 20), ("early", RoundPhase.Open, 5), ("closed", RoundPhase.Scoring, 1), ("mid", RoundPhase.Open, 12) })
            state = Apply(state, PublicRounds.List(state, Listing(id, phase, day), 1));
        state = Apply(state, PublicRounds.List(state, new PublicRoundListing("undated", "No date", Trust, RoundPhase.Open, new Timetable(null, null, null, null)), 1));

        var first = PublicRounds.Page(state, RoundPhase.Open, null, 2);
        var second = PublicRounds.Page(state, RoundPhase.Open, first.Next, 2);

        Assert.Equal(["early", "mid"], first.Items.Select(i => i.RoundId));
        Assert.NotNull(first.Next);
        Assert.Equal(["late", "undated"], second.Items.Select(i => i.RoundId));
        Assert.Null(second.Next); // the last page
        Assert.Equal(["closed", "early", "mid", "late", "undated"], PublicRounds.Page(state, null, 0, 10).Items.Select(i => i.RoundId));
        Assert.Null(PublicRounds.Page(state, null, 0, 10).Next);
    }

    [Theory]
    [InlineData(RoundPhase.Open, false, false, false)]
    [InlineData(RoundPhase.Scoring, false, false, true)]
    [InlineData(RoundPhase.Deliberation, false, false, true)]
    [InlineData(RoundPhase.Decided, false, false, false)]
    [InlineData(RoundPhase.Scoring, true, false, false)]
    [InlineData(RoundPhase.Scoring, false, true, false)]
    public void APanellistReadsALinkedJourneyOnlyWhileThePanelJudgesUnconflictedAndNamed(RoundPhase phase, bool anonymised, bool conflicted, bool allowed)
    {
        var state = RoundStates.At(phase);
        state.Setup = state.Current with { Anonymised = anonymised };
        state.Applications["a1"] = state.Applications["a1"] with { LinkJourney = true };
        if (conflicted)
            state.Conflicts["a1"] = new Dictionary<string, Conflict> { ["p2"] = new(ConflictDeclaration.Declared, "I work there", RoundStates.T0) };

        var read = RoundAccess.PanelJourneyRead(state, "bob", "GB-CHC-1"); // bob is panellist p2

        Assert.Equal(allowed, read?.Id == "a1");
        Assert.Null(RoundAccess.PanelJourneyRead(state, "bob", "GB-CHC-2")); // a2 does not link its journey
        Assert.Null(RoundAccess.PanelJourneyRead(state, "mallory", "GB-CHC-1")); // not on the panel
    }

    [Fact]
    public void OnlyARecordingHasATranscriptAndCaptionsAndOnlyWhileOpen()
    {
        var state = RoundStates.At(RoundPhase.Open)
            .With(s => RoundDecisions.AddFile(s, s.Applications["a1"], new ApplicationFile("f1", ApplicationFileKind.Recording, "talk.mp3", "audio/mpeg", 10, default)))
            .With(s => RoundDecisions.AddFile(s, s.Applications["a1"], new ApplicationFile("f2", ApplicationFileKind.Proposal, "p.pdf", "application/pdf", 10, default)))
            .With(s => RoundDecisions.SetTranscript(s, s.Applications["a1"], "f1", "  Hello, we are Hope Street.  "))
            .With(s => RoundDecisions.AddCaptions(s, s.Applications["a1"], "f1", "vtt-id", 40));

        var recording = state.Applications["a1"].Files[0];
        Assert.Equal(("Hello, we are Hope Street.", "vtt-id", RecordingMedia.Audio), (recording.Transcript, recording.CaptionsId, recording.Media));
        Assert.Null(state.Applications["a1"].Files[1].Media);
        Assert.Throws<ConflictException>(() => RoundDecisions.SetTranscript(state, state.Applications["a1"], "f2", "Words"));
        Assert.Throws<NotFoundException>(() => RoundDecisions.AddCaptions(state, state.Applications["a1"], "f9", "x", 1));
        Assert.Empty(RoundDecisions.SetTranscript(state, state.Applications["a1"], "f1", "Hello, we are Hope Street."));
        state = state.With(s => RoundDecisions.MoveTo(s, RoundPhase.Scoring));
        Assert.Throws<ConflictException>(() => RoundDecisions.SetTranscript(state, state.Applications["a1"], "f1", null));
    }
}
