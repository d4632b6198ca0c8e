using FunderPortal.Charities;
using FunderPortal.Common;
using static FunderPortal.Domain.Tests.Charities;

namespace FunderPortal.Domain.Tests;

public class CheckInTests
{
    [Fact]
    public void ACompleteCheckInIsRecordedWithCleanedWords()
    {
        var state = Registered().With(s => CharityDecisions.RecordCheckIn(s, "c1", FullCheckIn(new DateOnly(2026, 5, 1)), Today));

        var checkIn = Assert.Single(state.CheckIns);
        Assert.Equal(new DateOnly(2026, 5, 1), checkIn.HeldOn);
        Assert.Equal("words", checkIn.Readiness[ReadinessQuestion.BoardBuyIn].Words);
        Assert.Equal(6, checkIn.Readiness.Count);
        Assert.Equal(4, checkIn.Principles.Count);
    }

    [Fact]
    public void EveryQuestionMustBeAnsweredAndEveryPrincipleRated()
    {
        var partial = FullCheckIn() with
        {
            Readiness = new Dictionary<ReadinessQuestion, ReadinessResponse> { [ReadinessQuestion.Why] = new(ReadinessAnswer.Yes, null) },
            Principles = new Dictionary<Principle, int> { [Principle.Equality] = 4, [Principle.Access] = 0, [Principle.Diversity] = 6 },
        };

        var error = Assert.Throws<DomainValidationException>(() => CharityDecisions.RecordCheckIn(Registered(), "c1", partial, Today));

        Assert.Equal(
            ["principles.Access", "principles.Diversity", "principles.Reciprocity", "readiness.AccountableToLivedExperience",
             "readiness.BoardBuyIn", "readiness.ParticipantExperienceUnderstood", "readiness.SupportAndSafeguarding", "readiness.WhatToAchieve"],
            error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ACheckInCannotBeHeldInTheFuture()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            CharityDecisions.RecordCheckIn(Registered(), "c1", FullCheckIn(Today.AddDays(1)), Today));
        Assert.Equal(["heldOn"], error.Errors.Keys);
    }

    [Fact]
    public void TheNextCheckInIsDueNinetyDaysAfterRegistrationThenAfterTheLatestCheckIn()
    {
        var state = Registered();
        Assert.Equal(new DateOnly(2026, 4, 5), CheckInSchedule.NextDue(state));

        state.With(s => CharityDecisions.RecordCheckIn(s, "c1", FullCheckIn(new DateOnly(2026, 5, 1)), Today));
        state.With(s => CharityDecisions.RecordCheckIn(s, "c2", FullCheckIn(new DateOnly(2026, 3, 1)), Today));
        Assert.Equal(new DateOnly(2026, 7, 30), CheckInSchedule.NextDue(state));

        state.With(s => CharityDecisions.ChangeProfile(s, new ChangeCharityProfile(null, null, null, null, null, 30)));
        Assert.Equal(new DateOnly(2026, 5, 31), CheckInSchedule.NextDue(state));
    }

    [Fact]
    public void TheIntervalBetweenCheckInsIsBounded()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            CharityDecisions.ChangeProfile(Registered(), new ChangeCharityProfile(null, null, null, null, null, 1)));
        Assert.Equal(["checkInIntervalDays"], error.Errors.Keys);
    }
}
