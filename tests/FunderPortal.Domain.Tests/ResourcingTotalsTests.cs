using FunderPortal.Charities;
using FunderPortal.Common;
using static FunderPortal.Domain.Tests.Charities;
using static FunderPortal.Domain.Tests.ResourcingLines;

namespace FunderPortal.Domain.Tests;

public class ResourcingTotalsTests
{
    [Theory]
    [InlineData(12, 4_550, 54_600)]
    [InlineData(1, 0, 0)]
    [InlineData(2, 5_000_000_000, 10_000_000_000)] // exactly £100m is allowed
    [InlineData(10_000_000_000, 1, 10_000_000_000)]
    public void ALineTotalIsQuantityTimesUnitCostToThePenny(long quantity, long unitCost, long expected)
    {
        Assert.True(ResourcingTotals.TryLineTotal(quantity, unitCost, out var total));
        Assert.Equal(expected, total);
    }

    [Theory]
    [InlineData(1, 10_000_000_001)] // a penny over £100m
    [InlineData(3, 5_000_000_000)]
    [InlineData(10_000_000_000, 10_000_000_000)] // overflows long: checked, not wrapped
    [InlineData(long.MaxValue, 2)]
    [InlineData(-1, 100)]
    [InlineData(1, -100)]
    public void ALineTotalOverOneHundredMillionPoundsOverflowingOrNegativeIsRefused(long quantity, long unitCost) =>
        Assert.False(ResourcingTotals.TryLineTotal(quantity, unitCost, out _));

    [Fact]
    public void SeveralFundersPartFundALineAndOnlyAcceptedPledgesCount()
    {
        var state = WithWorkstream()
            .WithLine("l1", Line(quantity: 10, unitCostPence: 10_000)) // £1,000.00
            .WithFunding("l1", "f1", FundingKind.SelfFunded, 10_000)
            .WithFunding("l1", "f2", FundingKind.Committed, 30_000, "Lottery")
            .WithFunding("l1", "f3", FundingKind.Received, 20_001, "Trust A")
            .WithPledge("l1", "p1", 25_000)
            .WithPledge("l1", "p2", 15_000, "GB-CHC-7000002")
            .WithPledge("l1", "p3", 5_000, "GB-CHC-7000003");
        state.With(s => CharityDecisions.AcceptPledge(s, "l1", "p1"));
        state.With(s => CharityDecisions.DeclinePledge(s, "l1", "p3"));

        // funded = 10,000 self + 30,000 committed + 20,001 received + 25,000 accepted; p2 only offered, p3 declined
        Assert.Equal(new ResourcingAmounts(100_000, 85_001, 14_999, 15_000), state.AmountsOf("l1"));
        var summary = ResourcingTotals.Summarise(state, T0);
        Assert.Equal(new ResourcingAmounts(100_000, 85_001, 14_999, 15_000), summary.Plan);
    }

    [Fact]
    public void AnOfferedPledgeCountsOnlyOnceAcceptedAndStopsCountingWhenReleased()
    {
        var state = Registered().WithLine("l1", Line(quantity: 1, unitCostPence: 50_000)).WithPledge("l1", "p1", 20_000);
        Assert.Equal(new ResourcingAmounts(50_000, 0, 50_000, 20_000), state.AmountsOf("l1"));

        state.With(s => CharityDecisions.AcceptPledge(s, "l1", "p1"));
        Assert.Equal(new ResourcingAmounts(50_000, 20_000, 30_000, 0), state.AmountsOf("l1"));
        Assert.Empty(CharityDecisions.AcceptPledge(state, "l1", "p1"));

        state.With(s => CharityDecisions.DeclinePledge(s, "l1", "p1"));
        Assert.Equal(new ResourcingAmounts(50_000, 0, 50_000, 0), state.AmountsOf("l1"));
        Assert.Throws<ConflictException>(() => CharityDecisions.AcceptPledge(state, "l1", "p1"));
    }

    [Fact]
    public void FundingBeyondTheLineTotalIsAConflictWhicheverWayItArrives()
    {
        var state = Registered().WithLine("l1", Line(quantity: 2, unitCostPence: 5_000))
            .WithFunding("l1", "f1", FundingKind.Received, 6_000, "Trust A")
            .WithPledge("l1", "p1", 4_001);

        Assert.Throws<ConflictException>(() => CharityDecisions.RecordLineFunding(state, "l1", "f2", new FundingDetails(FundingKind.SelfFunded, 4_001)));
        Assert.Throws<ConflictException>(() => CharityDecisions.AcceptPledge(state, "l1", "p1"));
        Assert.Throws<ConflictException>(() => CharityDecisions.ChangeLineFunding(state, "l1", "f1", new FundingDetails(FundingKind.Received, 10_001, "Trust A")));
        Assert.Throws<ConflictException>(() => CharityDecisions.ChangeResourcingLine(state, "l1", Line(quantity: 1, unitCostPence: 5_000)));
        Assert.Throws<ConflictException>(() => CharityDecisions.OfferPledge(state, "l1", "p2", new FunderRef("GB-CHC-7000001", "Trust"), 10_001, null, "fiona"));

        state.WithFunding("l1", "f2", FundingKind.SelfFunded, 4_000);
        Assert.Equal(new ResourcingAmounts(10_000, 10_000, 0, 4_001), state.AmountsOf("l1"));
    }

    [Fact]
    public void TheSummaryBreaksThePlanDownByYearCategoryAndWorkstreamExactly()
    {
        var state = WithWorkstream("w1")
            .With(s => CharityDecisions.StartWorkstream(s, "w2", new StartWorkstream("Hiring panel", null, null, null)))
            .WithLine("pay", Line(ResourcingCategory.ParticipantPayment, 40, 1_500, "w1")) // 60,000
            .WithLine("bsl", Line(ResourcingCategory.Accessibility, 3, 33_333, "w2", new DateOnly(2027, 1, 10), new DateOnly(2027, 2, 1))) // 99,999
            .WithLine("staff", Line(ResourcingCategory.StaffTime, 7, 5_714, start: new DateOnly(2026, 12, 31))) // 39,998
            .WithFunding("pay", "f1", FundingKind.SelfFunded, 1)
            .WithFunding("bsl", "f2", FundingKind.Committed, 99_999, "Trust A")
            .WithPledge("staff", "p1", 39_998);

        var summary = ResourcingTotals.Summarise(state, T0);

        Assert.Equal(3, summary.LineCount);
        Assert.Equal(new ResourcingAmounts(199_997, 100_000, 99_997, 39_998), summary.Plan);
        Assert.Equal(60_000, summary.ParticipantPaymentPence);
        Assert.Equal(3_000, summary.ParticipantShareBasisPoints); // 60,000 / 199,997 = 30.0004…% → 30.00%
        Assert.Equal(
            [new PeriodTotals(2026, new ResourcingAmounts(99_998, 1, 99_997, 39_998)), new PeriodTotals(2027, new ResourcingAmounts(99_999, 99_999, 0, 0))],
            summary.ByPeriod);
        Assert.Equal(Enum.GetValues<ResourcingCategory>(), summary.ByCategory.Select(c => c.Category));
        Assert.Equal(new ResourcingAmounts(99_999, 99_999, 0, 0), summary.ByCategory.Single(c => c.Category == ResourcingCategory.Accessibility).Amounts);
        Assert.Equal(ResourcingAmounts.Zero, summary.ByCategory.Single(c => c.Category == ResourcingCategory.Evaluation).Amounts);
        Assert.Equal(
            [
                new WorkstreamTotals("w1", "Peer support", new ResourcingAmounts(60_000, 1, 59_999, 0)),
                new WorkstreamTotals("w2", "Hiring panel", new ResourcingAmounts(99_999, 99_999, 0, 0)),
                new WorkstreamTotals(null, null, new ResourcingAmounts(39_998, 0, 39_998, 39_998)),
            ],
            summary.ByWorkstream);
    }

    [Theory]
    [InlineData(1, 3, 3_333)]
    [InlineData(2, 3, 6_666)]
    [InlineData(1, 1, 10_000)]
    [InlineData(0, 5, 0)]
    [InlineData(10_000_000_000, 5_000_000_000_000, 20)] // 500 lines of £100m: no overflow
    public void TheParticipantShareIsInBasisPointsRoundedDown(long part, long whole, int expected) =>
        Assert.Equal(expected, ResourcingTotals.ShareBasisPoints(part, whole));

    [Fact]
    public void AnEmptyPlanHasNoParticipantShare()
    {
        var summary = ResourcingTotals.Summarise(Registered(), T0);

        Assert.Equal(ResourcingAmounts.Zero, summary.Plan);
        Assert.Null(summary.ParticipantShareBasisPoints);
        Assert.Empty(summary.ByPeriod);
        Assert.Empty(summary.ByWorkstream);
    }

    [Fact]
    public void ParticipantsInAWorkstreamWithoutAPaymentLineAreWarnedAbout()
    {
        var state = WithWorkstream("w1")
            .With(s => CharityDecisions.StartWorkstream(s, "w2", new StartWorkstream("Hiring panel", null, null, null)))
            .With(s => CharityDecisions.StartWorkstream(s, "w3", new StartWorkstream("Nobody yet", null, null, null)))
            .With(s => CharityDecisions.RecordParticipants(s, "w1", new RecordParticipants(6, [], ["Peer mentor"])))
            .With(s => CharityDecisions.RecordParticipants(s, "w2", new RecordParticipants(0, [], ["Interview panel"])));

        var warnings = ResourcingTotals.Warnings(state);

        Assert.Equal([("w1", "Peer support"), ("w2", "Hiring panel")], warnings.Select(w => (w.WorkstreamId!, w.WorkstreamTitle!)));
        Assert.All(warnings, w => Assert.Equal(ResourcingWarningKind.ParticipantsUnpaid, w.Kind));
        Assert.Contains("'Peer support' (6 people; roles: Peer mentor)", warnings[0].Message, StringComparison.Ordinal);

        // A payment line for no workstream, or one that costs nothing, does not pay these participants.
        state.WithLine("plan-wide", Line(ResourcingCategory.ParticipantPayment, 10, 1_500))
            .WithLine("unpaid", Line(ResourcingCategory.ParticipantPayment, 10, 0, "w2"))
            .WithLine("staff", Line(ResourcingCategory.StaffTime, 1, 1_000, "w1"));
        Assert.Equal(2, ResourcingTotals.Warnings(state).Count);

        state.WithLine("paid", Line(ResourcingCategory.ParticipantPayment, 10, 1_500, "w1"));
        Assert.Equal("w2", Assert.Single(ResourcingTotals.Warnings(state)).WorkstreamId);
        Assert.Single(ResourcingTotals.Summarise(state, T0).Warnings);
    }

    [Theory]
    [InlineData(0, "£0.00")]
    [InlineData(5, "£0.05")]
    [InlineData(123_456, "£1,234.56")]
    [InlineData(10_000_000_000, "£100,000,000.00")]
    [InlineData(-250, "-£2.50")]
    public void PenceAreShownAsPounds(long pence, string expected) => Assert.Equal(expected, ResourcingTotals.Pounds(pence));
}
