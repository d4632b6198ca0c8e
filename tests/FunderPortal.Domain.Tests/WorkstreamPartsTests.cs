using FunderPortal.Charities;
using FunderPortal.Common;
using static FunderPortal.Domain.Tests.Charities;

namespace FunderPortal.Domain.Tests;

public class WorkstreamPartsTests
{
    [Fact]
    public void ParticipantsAreRecordedWithGroupsOnceEachInOrder()
    {
        var state = WithWorkstream().With(s => CharityDecisions.RecordParticipants(s, "w1",
            new RecordParticipants(12, [SeldomHeardGroup.Homeless, SeldomHeardGroup.LgbtPlus, SeldomHeardGroup.Homeless], [" Peer mentor ", "Interview panel"])));

        var participants = state.FindWorkstream("w1")!.Participants;
        Assert.Equal(12, participants.Count);
        Assert.Equal([SeldomHeardGroup.LgbtPlus, SeldomHeardGroup.Homeless], participants.GroupsReached);
        Assert.Equal(["Peer mentor", "Interview panel"], participants.Roles);
    }

    [Fact]
    public void ANegativeCountOrUnknownGroupIsInvalid()
    {
        var error = Assert.Throws<DomainValidationException>(() => CharityDecisions.RecordParticipants(WithWorkstream(), "w1",
            new RecordParticipants(-1, [(SeldomHeardGroup)77], [""])));
        Assert.Equal(["count", "groupsReached[0]", "roles[0]"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PracticesAreKeptPerActivityKind()
    {
        var state = WithWorkstream().With(s => CharityDecisions.SetPractices(s, "w1", ActivityKind.CoDecision, ["Interview panels", "Shortlisting together"]));

        Assert.Equal(["Interview panels", "Shortlisting together"], state.FindWorkstream("w1")!.PracticesFor(ActivityKind.CoDecision));
        Assert.Empty(state.FindWorkstream("w1")!.PracticesFor(ActivityKind.CoDesign));
        Assert.Empty(CharityDecisions.SetPractices(state, "w1", ActivityKind.CoDecision, ["Interview panels", "Shortlisting together"]));
    }

    [Fact]
    public void AMilestoneNeedsAPlannedDateAndCannotBeDoneInTheFuture()
    {
        var error = Assert.Throws<DomainValidationException>(() => CharityDecisions.PlanMilestone(WithWorkstream(), "w1", "m1",
            new MilestoneDetails("Co-designed job description", null, Today.AddDays(1)), Today));
        Assert.Equal(["doneDate", "plannedDate"], error.Errors.Keys.Order(StringComparer.Ordinal));

        var outOfRange = Assert.Throws<DomainValidationException>(() => CharityDecisions.PlanMilestone(WithWorkstream(), "w1", "m1",
            new MilestoneDetails("x", new DateOnly(1999, 12, 31), null), Today));
        Assert.Equal(["plannedDate"], outOfRange.Errors.Keys);
    }

    [Fact]
    public void AMilestoneIsPlannedThenMarkedDone()
    {
        var state = WithWorkstream()
            .With(s => CharityDecisions.PlanMilestone(s, "w1", "m1", new MilestoneDetails("Panel trained", new DateOnly(2026, 5, 1), null), Today));
        state.With(s => CharityDecisions.UpdateMilestone(s, "w1", "m1", new MilestoneDetails("Panel trained", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 20)), Today));

        Assert.Equal(new Milestone("m1", "Panel trained", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 20)), state.FindWorkstream("w1")!.FindMilestone("m1"));
        Assert.Throws<NotFoundException>(() => CharityDecisions.UpdateMilestone(state, "w1", "nope", new MilestoneDetails("x", Today, null), Today));
    }

    [Fact]
    public void ABarrierStartsOpenAndMovesThroughItsStatuses()
    {
        var state = WithWorkstream()
            .With(s => CharityDecisions.RecordBarrier(s, "w1", "b1", new BarrierDetails(BarrierKind.PowerImbalance, "Staff talk over members", "Rotate the chair", null)));
        Assert.Equal(BarrierStatus.Open, state.FindWorkstream("w1")!.FindBarrier("b1")!.Status);

        state.With(s => CharityDecisions.UpdateBarrier(s, "w1", "b1", new BarrierDetails(BarrierKind.PowerImbalance, "Staff talk over members", "Rotate the chair", BarrierStatus.Overcome)));
        Assert.Equal(BarrierStatus.Overcome, state.FindWorkstream("w1")!.FindBarrier("b1")!.Status);
    }

    [Fact]
    public void ABarrierNeedsAKindAndADescription()
    {
        var error = Assert.Throws<DomainValidationException>(() => CharityDecisions.RecordBarrier(WithWorkstream(), "w1", "b1",
            new BarrierDetails(null, " ", null, (BarrierStatus)9)));
        Assert.Equal(["description", "kind", "status"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LeadershipIndicatorsAreCheckedAndCarryTheNationalBenchmarks()
    {
        var error = Assert.Throws<DomainValidationException>(() => CharityDecisions.RecordLeadership(Registered(),
            new LeadershipValues(101, null, null, -1, null, null)));
        Assert.Equal(["trusteesWithLivedExperience", "volunteersWhoAreOrWereServiceUsers"], error.Errors.Keys.Order(StringComparer.Ordinal));

        var state = Registered().With(s => CharityDecisions.RecordLeadership(s, new LeadershipValues(55, true, false, 3, 5, true)));
        var view = state.ToLeadershipView();
        var volunteers = view.Indicators.Single(i => i.Indicator == LeadershipIndicator.VolunteersWhoAreOrWereServiceUsers);
        Assert.Equal((55, 67m), (volunteers.Value!.Value, volunteers.NationalBenchmark!.Percent));
        Assert.Equal(9.5m, view.Indicators.Single(i => i.Indicator == LeadershipIndicator.ChairHasDisability).NationalBenchmark!.Percent);
        Assert.True(view.Indicators.Single(i => i.Indicator == LeadershipIndicator.ChairHasDisability).Answer);
        Assert.Null(view.Indicators.Single(i => i.Indicator == LeadershipIndicator.StaffWithLivedExperience).NationalBenchmark);
        Assert.Equal(Enum.GetValues<LeadershipIndicator>(), view.Indicators.Select(i => i.Indicator));
    }
}
