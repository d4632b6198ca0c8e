using FunderPortal.Charities;
using FunderPortal.Common;
using static FunderPortal.Domain.Tests.Charities;

namespace FunderPortal.Domain.Tests;

/// <summary>A check-in names the skills the work needs and the gaps, each gap maybe closed by a training line of the plan.</summary>
public class SkillsTests
{
    private static CharityState WithLines() => Registered()
        .With(s => CharityDecisions.PlanResourcingLine(s, "training", ResourcingLines.Line(ResourcingCategory.TrainingAndSkills, 2, 40_000)))
        .With(s => CharityDecisions.PlanResourcingLine(s, "pay", ResourcingLines.Line(ResourcingCategory.ParticipantPayment, 10, 1_500)));

    [Fact]
    public void ACheckInKeepsTheSkillsNeededAndTheGapsLinkedToATrainingLine()
    {
        var skills = new SkillsInput("  Facilitating without taking over. ",
            [new(SkillKind.Facilitation, " Nobody has run a meeting yet ", "training"), new(SkillKind.PayingPeopleAndBenefitsAdvice, "Benefits rules", null)]);

        var state = WithLines().With(s => CharityDecisions.RecordCheckIn(s, "c1", FullCheckIn() with { Skills = skills }, Today));

        var kept = Assert.Single(state.CheckIns).Skills!;
        Assert.Equal("Facilitating without taking over.", kept.Needed);
        Assert.Equal([new SkillGap(SkillKind.Facilitation, "Nobody has run a meeting yet", "training"), new SkillGap(SkillKind.PayingPeopleAndBenefitsAdvice, "Benefits rules", null)], kept.Gaps);
    }

    [Fact]
    public void NoSkillsGivenKeepsNone()
    {
        var state = WithLines().With(s => CharityDecisions.RecordCheckIn(s, "c1", FullCheckIn() with { Skills = new SkillsInput(" ", []) }, Today));
        Assert.Null(Assert.Single(state.CheckIns).Skills);
    }

    [Fact]
    public void AGapNeedsAKindAndWordsAndOnlyATrainingLineClosesIt()
    {
        var skills = new SkillsInput(null,
            [new(SkillKind.Accessibility, "Easy read", "pay"), new(null, "", "missing"), new((SkillKind)99, "x", null)]);

        var error = Assert.Throws<DomainValidationException>(() => CharityDecisions.RecordCheckIn(WithLines(), "c1", FullCheckIn() with { Skills = skills }, Today));

        Assert.Equal(["skills.gaps[0].planLineId", "skills.gaps[1].kind", "skills.gaps[1].planLineId", "skills.gaps[1].text", "skills.gaps[2].kind"],
            error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AWithdrawnTrainingLineCannotCloseAGap()
    {
        var state = WithLines().With(s => CharityDecisions.WithdrawResourcingLine(s, "training"));
        var skills = new SkillsInput(null, [new(SkillKind.Facilitation, "Chairing", "training")]);

        var error = Assert.Throws<DomainValidationException>(() => CharityDecisions.RecordCheckIn(state, "c1", FullCheckIn() with { Skills = skills }, Today));

        Assert.Equal(["skills.gaps[0].planLineId"], error.Errors.Keys);
    }
}
