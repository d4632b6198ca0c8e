using FunderPortal.Charities;
using FunderPortal.Common;
using static FunderPortal.Domain.Tests.Charities;

namespace FunderPortal.Domain.Tests;

/// <summary>"Try not to rely on the same people": who took part in a period, and who for the first time.</summary>
public class ParticipantVoiceCountTests
{
    private static CharityState WithEvidence() => Evidence(Evidence(WithWorkstream(), "e1"), "e2");

    private static CharityState Evidence(CharityState state, string id) => state.With(s => CharityDecisions.RecordEvidence(s, id,
        new EvidenceInput(EvidenceKind.MeetingNote, "Members chose the new worker", null, "w1", null, null, null, null, Visibility.Private,
            Sensitivity.Standard, null, null), Today));

    private static CharityState Answered(CharityState state, string participant, DateTimeOffset at, string evidenceId = "e1")
    {
        state.With(s => CharityDecisions.RequestAttestations(s, evidenceId, [participant], [$"hash-{participant}-{at.Ticks}"], at.AddDays(30)), at);
        return state.With(s => CharityDecisions.AnswerAttestation(s, $"hash-{participant}-{at.Ticks}", AttestationStance.Agree, null, at), at);
    }

    [Fact]
    public void ParticipantsWhoAnsweredInThePeriodAreCountedOnceAndNewOnesApart()
    {
        var state = WithEvidence();
        Answered(state, "p-1", T0.AddDays(1));
        Answered(state, "p-1", T0.AddDays(40), "e2"); // again, in the period: counted once, not new
        Answered(state, "p-2", T0.AddDays(41));
        Answered(state, "p-3", T0.AddDays(42));
        Answered(state, "p-4", T0.AddDays(80)); // after the period
        state.With(s => CharityDecisions.RecordParticipants(s, "w1", new RecordParticipants(12, [SeldomHeardGroup.LgbtPlus, SeldomHeardGroup.Unaffiliated], [])));

        var voices = ParticipantVoiceCounts.Between(state, T0.AddDays(30), T0.AddDays(60));

        Assert.Equal(3, voices.TookPart);
        Assert.Equal(2, voices.FirstTime);
        Assert.Equal([SeldomHeardGroup.LgbtPlus, SeldomHeardGroup.Unaffiliated], voices.SeldomHeardGroupsReached.Order());
    }

    [Fact]
    public void AParticipantAskedButNotAnsweringDidNotTakePart()
    {
        var state = WithEvidence().With(s => CharityDecisions.RequestAttestations(s, "e1", ["p-9"], ["hash-p-9"], T0.AddDays(30)), T0);

        Assert.Equal(0, ParticipantVoiceCounts.Between(state, T0.AddDays(-1), T0.AddDays(1)).TookPart);
    }
}
