using FunderPortal.Charities;
using FunderPortal.Common;
using static FunderPortal.Domain.Tests.Charities;

namespace FunderPortal.Domain.Tests;

public class JourneyProgressTests
{
    private static readonly DateTimeOffset From = T0.AddDays(10);
    private static readonly DateTimeOffset To = T0.AddDays(100);

    private static (CharityState AtFrom, CharityState AtTo) TwoFolds(Action<CharityState> before, Action<CharityState> between)
    {
        var atFrom = WithWorkstream();
        before(atFrom);
        var atTo = WithWorkstream();
        before(atTo);
        between(atTo);
        return (atFrom, atTo);
    }

    [Fact]
    public void RungsThatMovedAreListedWithWhereTheyWereAndAre()
    {
        var (atFrom, atTo) = TwoFolds(
            s => s.With(x => CharityDecisions.SetRungs(x, "w1", ActivityKind.CoDesign, new RungPair(LadderRung.Consultation, LadderRung.CoProduction))),
            s =>
            {
                s.With(x => CharityDecisions.SetRungs(x, "w1", ActivityKind.CoDesign, new RungPair(LadderRung.CoDesign, LadderRung.CoProduction)));
                s.With(x => CharityDecisions.SetRungs(x, "w1", ActivityKind.CoEvaluation, new RungPair(LadderRung.Informing, null)));
                s.With(x => CharityDecisions.SetRungs(x, "w1", ActivityKind.CoDecision, new RungPair(null, LadderRung.CoDesign)));
            });

        var progress = JourneyProgress.Between(atFrom, atTo, From, To);

        Assert.Equal(
            [new RungChange("w1", "Peer support", ActivityKind.CoDesign, LadderRung.Consultation, LadderRung.CoDesign),
             new RungChange("w1", "Peer support", ActivityKind.CoEvaluation, null, LadderRung.Informing)],
            progress.RungChanges);
        Assert.Equal((From, To), (progress.From, progress.To));
    }

    [Fact]
    public void MilestonesMetBarriersOvercomeAndCheckInsAreThoseOfThePeriod()
    {
        var (atFrom, atTo) = TwoFolds(
            s =>
            {
                s.With(x => CharityDecisions.PlanMilestone(x, "w1", "early", new MilestoneDetails("Done before", Today, Today), Today));
                s.With(x => CharityDecisions.PlanMilestone(x, "w1", "m", new MilestoneDetails("Done in the period", Today, null), Today));
                s.With(x => CharityDecisions.RecordBarrier(x, "w1", "b", new BarrierDetails(BarrierKind.FundingLandscape, "Short grants", null, BarrierStatus.Mitigating)));
                s.With(x => CharityDecisions.RecordCheckIn(x, "c-old", FullCheckIn(), Today));
            },
            s =>
            {
                s.With(x => CharityDecisions.UpdateMilestone(x, "w1", "m", new MilestoneDetails("Done in the period", Today, Today), Today));
                s.With(x => CharityDecisions.UpdateBarrier(x, "w1", "b", new BarrierDetails(BarrierKind.FundingLandscape, "Short grants", "Multi-year grant", BarrierStatus.Overcome)));
                s.With(x => CharityDecisions.RecordBarrier(x, "w1", "b2", new BarrierDetails(BarrierKind.Accessibility, "Steps", null, BarrierStatus.Overcome)));
                s.With(x => CharityDecisions.RecordCheckIn(x, "c-new", FullCheckIn(), Today));
            });

        var progress = JourneyProgress.Between(atFrom, atTo, From, To);

        Assert.Equal(["m"], progress.MilestonesMet.Select(m => m.Milestone.Id));
        Assert.Equal(["b", "b2"], progress.BarriersOvercome.Select(b => b.Barrier.Id));
        Assert.Equal(["c-new"], progress.CheckIns.Select(c => c.Id));
        Assert.Empty(progress.RungChanges);
    }

    [Fact]
    public void ProgressFromBeforeRegistrationCountsEverything()
    {
        var atTo = WithWorkstream().With(s => CharityDecisions.SetRungs(s, "w1", ActivityKind.CoDelivery, new RungPair(LadderRung.Engagement, null)));

        var progress = JourneyProgress.Between(new CharityState(), atTo, From, To);

        Assert.Single(progress.RungChanges);
    }

    [Fact]
    public void EvidenceAddedInThePeriodIsListed()
    {
        var input = new EvidenceInput(EvidenceKind.MeetingNote, "Planning day", null, "w1", null, null, null, null, null, null, null, null);
        var (atFrom, atTo) = TwoFolds(
            s => s.With(x => CharityDecisions.RecordEvidence(x, "old", input, Today)),
            s => s.With(x => CharityDecisions.RecordEvidence(x, "new", input with { Title = "Review day" }, Today)));

        var progress = JourneyProgress.Between(atFrom, atTo, From, To);

        Assert.Equal(["new"], progress.EvidenceAdded.Select(e => e.EvidenceId));
        Assert.Equal(0, progress.FundingSecuredPence);
    }
}
