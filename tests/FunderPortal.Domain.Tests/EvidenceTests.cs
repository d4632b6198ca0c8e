using FunderPortal.Charities;
using FunderPortal.Common;
using static FunderPortal.Domain.Tests.Charities;

namespace FunderPortal.Domain.Tests;

public class EvidenceTests
{
    private static readonly DateTimeOffset Now = T0.AddDays(1);

    private static EvidenceInput Input(
        EvidenceKind kind = EvidenceKind.DecisionRecord, ActivityKind? activity = ActivityKind.CoDecision, LadderRung? rung = LadderRung.CoDesign,
        Visibility visibility = Visibility.SharedWithFunders, Sensitivity sensitivity = Sensitivity.Standard, Consent? consent = null, CaseStudy? caseStudy = null) =>
        new(kind, "Members shortlisted the new worker", "Four members and two staff shortlisted together.", "w1", activity, rung, null, null,
            visibility, sensitivity, consent, caseStudy);

    private static CharityState WithEvidence(EvidenceInput input, LadderRung? claimed = LadderRung.CoProduction)
    {
        var state = WithWorkstream();
        if (claimed is not null)
            state.With(s => CharityDecisions.SetRungs(s, "w1", ActivityKind.CoDecision, new RungPair(claimed, null)));
        return state.With(s => CharityDecisions.RecordEvidence(s, "e1", input, Today));
    }

    private static CharityState Asked(CharityState state, params string[] participants) =>
        state.With(s => CharityDecisions.RequestAttestations(s, "e1", participants, [.. participants.Select(p => $"hash-{p}")], Now.AddDays(30)));

    private static CharityState Answered(CharityState state, string participant, AttestationStance stance, string? comment = null) =>
        state.With(s => CharityDecisions.AnswerAttestation(s, $"hash-{participant}", stance, comment, Now));

    [Fact]
    public void AnItemNeedsAKindATitleAndOneOfTheCharitysWorkstreams()
    {
        var error = Assert.Throws<DomainValidationException>(() => CharityDecisions.RecordEvidence(WithWorkstream(), "e1",
            Input() with { Kind = null, Title = "", WorkstreamId = "nope", ActivityKind = null }, Today));

        Assert.Equal(["demonstratesRung", "kind", "title", "workstreamId"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ACaseStudyHasAllFiveParts()
    {
        var missing = Assert.Throws<DomainValidationException>(() => WithEvidence(Input(EvidenceKind.CaseStudy)));
        var partial = Assert.Throws<DomainValidationException>(() =>
            WithEvidence(Input(EvidenceKind.CaseStudy, caseStudy: new CaseStudy("c", "w", "", "x", null!))));
        var misplaced = Assert.Throws<DomainValidationException>(() =>
            WithEvidence(Input(caseStudy: new CaseStudy("c", "w", "t", "x", "l"))));

        Assert.Equal(["caseStudy"], missing.Errors.Keys);
        Assert.Equal(["caseStudy.lessons", "caseStudy.whoTookPart"], partial.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["caseStudy"], misplaced.Errors.Keys);
    }

    [Fact]
    public void AnItemIsAttestedWhenMoreThanHalfOfThoseAskedAgree()
    {
        var state = Asked(WithEvidence(Input()), "p-1", "p-2", "p-3", "p-4");
        Answered(state, "p-1", AttestationStance.Agree);
        Answered(state, "p-2", AttestationStance.AgreeWithComment, "It was our idea");
        Assert.False(EvidenceRules.IsAttested(state.FindEvidence("e1")!)); // 2 of 4 is not more than half

        Answered(state, "p-3", AttestationStance.DisagreeWithComment, "I was not asked");
        Answered(state, "p-4", AttestationStance.Agree);
        var summary = state.FindEvidence("e1")!.ToAttestationSummary();

        Assert.True(summary.Attested);
        Assert.Equal((4, 3, 1, 0), (summary.Asked, summary.Agreed, summary.Disagreed, summary.Waiting));
        Assert.Equal("I was not asked", summary.Responses.Single(r => r.Participant == "p-3").Comment);
    }

    [Fact]
    public void TheEvidencedRungIsTheHighestAttestedCappedAtTheClaim()
    {
        var state = Asked(WithEvidence(Input(rung: LadderRung.CoProduction), claimed: LadderRung.CoDesign), "p-1");
        Assert.Null(EvidenceRules.EvidencedRung(state, "w1", ActivityKind.CoDecision));
        Assert.True(EvidenceRules.NotYetEvidenced(LadderRung.CoDesign, null));

        Answered(state, "p-1", AttestationStance.Agree);

        Assert.Equal(LadderRung.CoDesign, EvidenceRules.EvidencedRung(state, "w1", ActivityKind.CoDecision));
        Assert.Null(EvidenceRules.EvidencedRung(state, "w1", ActivityKind.CoDesign));
        Assert.False(EvidenceRules.NotYetEvidenced(LadderRung.Consultation, null));
    }

    [Fact]
    public void NothingIsEvidencedWithoutAClaim()
    {
        var state = Answered(Asked(WithEvidence(Input(), claimed: null), "p-1"), "p-1", AttestationStance.Agree);

        Assert.Null(EvidenceRules.EvidencedRung(state, "w1", ActivityKind.CoDecision));
    }

    [Theory]
    [InlineData(Sensitivity.Standard, Visibility.SharedWithFunders, ConsentScope.SharedWithFunders, true, false)]
    [InlineData(Sensitivity.Standard, Visibility.Public, ConsentScope.Public, true, true)]
    [InlineData(Sensitivity.Standard, Visibility.Public, ConsentScope.SharedWithFunders, true, false)]
    [InlineData(Sensitivity.Standard, Visibility.Private, ConsentScope.Public, false, false)]
    [InlineData(Sensitivity.PersonalData, Visibility.Public, ConsentScope.Public, false, false)]
    [InlineData(Sensitivity.SpecialCategory, Visibility.SharedWithFunders, ConsentScope.Public, false, false)]
    [InlineData(Sensitivity.CriminalOffence, Visibility.Public, ConsentScope.Public, false, false)]
    public void OnlyStandardItemsWithConsentAreEverShared(Sensitivity sensitivity, Visibility visibility, ConsentScope scope, bool funders, bool everyone)
    {
        var item = WithEvidence(Input(visibility: visibility, sensitivity: sensitivity, consent: new Consent(scope, null))).FindEvidence("e1")!;

        Assert.Equal(funders, EvidenceRules.IsSharedWithFunders(item, Today));
        Assert.Equal(everyone, EvidenceRules.IsPublic(item, Today));
    }

    [Fact]
    public void WithdrawnOrExpiredConsentStopsSharingAtOnce()
    {
        var state = WithEvidence(Input(consent: new Consent(ConsentScope.SharedWithFunders, Today.AddDays(10))));
        var item = state.FindEvidence("e1")!;
        Assert.True(EvidenceRules.IsSharedWithFunders(item, Today));
        Assert.False(EvidenceRules.IsSharedWithFunders(item, Today.AddDays(11)));

        state.With(s => CharityDecisions.WithdrawConsent(s, "e1"));

        Assert.False(EvidenceRules.IsSharedWithFunders(item, Today));
        Assert.False(EvidenceRules.IsSharedWithFunders(WithEvidence(Input()).FindEvidence("e1")!, Today)); // no consent recorded
    }

    [Fact]
    public void ALinkWorksOnceUntilItExpiresAndAnAnswerIsNeverReplaced()
    {
        var state = Answered(Asked(WithEvidence(Input()), "p-1", "p-2"), "p-1", AttestationStance.Agree);

        Assert.Throws<NotFoundException>(() => CharityDecisions.AnswerAttestation(state, "hash-p-1", AttestationStance.DisagreeWithComment, "x", Now));
        Assert.Throws<NotFoundException>(() => CharityDecisions.AnswerAttestation(state, "hash-p-2", AttestationStance.Agree, null, Now.AddDays(31)));
        Assert.Throws<NotFoundException>(() => CharityDecisions.AnswerAttestation(state, "nope", AttestationStance.Agree, null, Now));
        Assert.Throws<ConflictException>(() => CharityDecisions.RequestAttestations(state, "e1", ["p-1"], ["again"], Now.AddDays(30)));
    }

    [Fact]
    public void AWordedStanceNeedsWords()
    {
        var state = Asked(WithEvidence(Input()), "p-1");

        var error = Assert.Throws<DomainValidationException>(() =>
            CharityDecisions.AnswerAttestation(state, "hash-p-1", AttestationStance.DisagreeWithComment, " ", Now));

        Assert.Equal(["comment"], error.Errors.Keys);
    }

    [Fact]
    public void ParticipantsAreNamedByValidHandlesOnce()
    {
        var state = WithEvidence(Input());

        var error = Assert.Throws<DomainValidationException>(() =>
            CharityDecisions.RequestAttestations(state, "e1", ["p-1", "p-1", "Jane Smith <jane@example.org>"], ["a", "b", "c"], Now));

        Assert.Equal(["participants", "participants[2]"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheCharityRepliesBesideAnAnswerWithoutChangingIt()
    {
        var state = Answered(Asked(WithEvidence(Input()), "p-1"), "p-1", AttestationStance.DisagreeWithComment, "Not how I remember it");

        state.With(s => CharityDecisions.ReplyToAttestation(s, "e1", "p-1", "Thank you, we will meet to talk it through."));

        var answer = state.FindEvidence("e1")!.Asks.Single().Answer!;
        Assert.Equal(("Not how I remember it", "Thank you, we will meet to talk it through."), (answer.Comment, answer.Reply));
        Assert.Equal(AttestationStance.DisagreeWithComment, answer.Stance);
    }
}
