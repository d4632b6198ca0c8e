using FunderPortal.Charities;
using FunderPortal.Common;
using static FunderPortal.Domain.Tests.Charities;

namespace FunderPortal.Domain.Tests;

/// <summary>Participants rate a check-in themselves: what they send is checked, and shown only as totals from three answers.</summary>
public class ParticipantCheckInTests
{
    private static readonly DateTimeOffset Now = T0.AddDays(1);

    private static VoiceInput Input(int? equality = 4, int? diversity = 4, int? access = 4, int? reciprocity = 4,
        IReadOnlyList<ParticipantBenefit?>? benefits = null, string? comment = null, bool consent = false) =>
        new(new Dictionary<Principle, int?>
        {
            [Principle.Equality] = equality,
            [Principle.Diversity] = diversity,
            [Principle.Access] = access,
            [Principle.Reciprocity] = reciprocity,
        }, benefits ?? [], null, comment, consent);

    private static VoiceAnswer Rated(int rating, string? comment = null, bool consent = false, params ParticipantBenefit?[] benefits) =>
        ParticipantsSayRules.Check(Input(rating, rating, rating, rating, benefits, comment, consent), Now);

    private static CharityState WithCheckIn() => Registered().With(s => CharityDecisions.RecordCheckIn(s, "c1", FullCheckIn(new DateOnly(2026, 5, 1)), Today));

    [Fact]
    public void EveryPrincipleIsRequiredFromOneToFiveAndAMissingOneIsNamed()
    {
        var error = Assert.Throws<DomainValidationException>(() => ParticipantsSayRules.Check(Input(access: null, reciprocity: 6), Now));

        Assert.Equal(["principles.Access", "principles.Reciprocity"], error.Errors.Keys.Order());
    }

    [Fact]
    public void UnknownBenefitsAndOverlongWordsAreRefusedByField()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            ParticipantsSayRules.Check(Input(benefits: [ParticipantBenefit.MetPeople, (ParticipantBenefit)99], comment: new string('x', Limits.Comment + 1)), Now));

        Assert.Equal(["benefits[1]", "comment"], error.Errors.Keys.Order());
    }

    [Fact]
    public void ConsentCountsOnlyWithACommentAndBenefitsAreKeptOnceEach()
    {
        var answer = ParticipantsSayRules.Check(Input(benefits: [ParticipantBenefit.PaidFairly, ParticipantBenefit.ListenedTo, ParticipantBenefit.PaidFairly], consent: true), Now);

        Assert.False(answer.ConsentToShareComment);
        Assert.Equal([ParticipantBenefit.ListenedTo, ParticipantBenefit.PaidFairly], answer.Benefits);
    }

    [Fact]
    public void BelowThreeAnswersOnlyTheCountIsShown()
    {
        var say = ParticipantsSayRules.Summarise([Rated(5, "Kind staff", true), Rated(1)], ["Kind staff"]);

        Assert.Equal(new ParticipantsSay(2, null, null, null), say);
    }

    [Fact]
    public void FromThreeAnswersTheMeanCountsBenefitsAndConsentedCommentsAreShown()
    {
        var say = ParticipantsSayRules.Summarise(
            [Rated(5, null, false, ParticipantBenefit.MetPeople), Rated(4, null, false, ParticipantBenefit.MetPeople, ParticipantBenefit.NewSkills), Rated(4)],
            ["They paid on the day"]);

        Assert.Equal(3, say.Answered);
        Assert.Equal(4.3m, say.Principles![Principle.Access].Mean);
        Assert.Equal([0, 0, 0, 2, 1], say.Principles[Principle.Access].Counts);
        Assert.Equal((2, 1, 0), (say.Benefits![ParticipantBenefit.MetPeople], say.Benefits[ParticipantBenefit.NewSkills], say.Benefits[ParticipantBenefit.PaidFairly]));
        Assert.Equal(["They paid on the day"], say.Comments!);
    }

    [Fact]
    public void ALinkWorksOnceUntilItExpiresAndAnAnswerIsNeverReplaced()
    {
        var state = WithCheckIn().With(s => CharityDecisions.MakeParticipantCheckInLinks(s, "c1", ["p-1", "p-2"], [], ["h1", "h2"], T0.AddDays(30)), T0);
        state.With(s => CharityDecisions.AnswerParticipantCheckIn(s, "h1", Input(), Now), Now);

        Assert.Throws<NotFoundException>(() => CharityDecisions.AnswerParticipantCheckIn(state, "h1", Input(), Now));
        Assert.Throws<NotFoundException>(() => CharityDecisions.AnswerParticipantCheckIn(state, "h2", Input(), T0.AddDays(30)));
        Assert.Throws<NotFoundException>(() => CharityDecisions.AnswerParticipantCheckIn(state, "unknown", Input(), Now));
        Assert.Throws<ConflictException>(() => CharityDecisions.MakeParticipantCheckInLinks(state, "c1", ["p-1"], [], ["h3"], T0.AddDays(31)));
        Assert.Throws<NotFoundException>(() => CharityDecisions.MakeParticipantCheckInLinks(state, "c9", ["p-3"], [], ["h3"], T0.AddDays(31)));
    }

    [Fact]
    public void AskingAgainReplacesAnUnansweredLink()
    {
        var state = WithCheckIn().With(s => CharityDecisions.MakeParticipantCheckInLinks(s, "c1", ["p-1"], [], ["old"], T0.AddDays(30)), T0);
        state.With(s => CharityDecisions.MakeParticipantCheckInLinks(s, "c1", ["p-1"], [], ["new"], T0.AddDays(31)), T0);

        Assert.Throws<NotFoundException>(() => CharityDecisions.RequireOpenVoiceAsk(state, "old", Now));
        Assert.Equal("p-1", CharityDecisions.RequireOpenVoiceAsk(state, "new", Now).Participant);
        Assert.Single(state.VoiceAsks);
    }

    [Fact]
    public void ACheckInAnswerCountsAsAVoiceBesideAttestations()
    {
        var state = WithCheckIn().With(s => CharityDecisions.MakeParticipantCheckInLinks(s, "c1", ["p-1", "p-2"], [], ["h1", "h2"], T0.AddDays(30)), T0);
        state.With(s => CharityDecisions.AnswerParticipantCheckIn(s, "h1", Input(), Now), Now);

        var voices = ParticipantVoiceCounts.Between(state, T0, T0.AddDays(2));

        Assert.Equal((1, 1), (voices.TookPart, voices.FirstTime));
    }
}
