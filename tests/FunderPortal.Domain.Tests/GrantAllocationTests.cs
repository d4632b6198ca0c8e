using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;
using static FunderPortal.Domain.Tests.Charities;
using static FunderPortal.Domain.Tests.ResourcingLines;

namespace FunderPortal.Domain.Tests;

public class GrantAllocationTests
{
    private static readonly FunderRef Trust = new("GB-CHC-7000001", "Northern Lights Community Trust");

    private static readonly Dictionary<string, long> Gaps = new() { ["a"] = 30_000, ["b"] = 50_000, ["full"] = 0 };

    private static GrantNotice Grant(long amountPence, params string[] lines) =>
        new(Trust, "7", "Paid co-design", amountPence, new DateOnly(2026, 1, 2), new DateOnly(2026, 2, 1), GrantType.Development, lines);

    [Fact]
    public void MoneyGoesLineByLineInTheOrderNamedUpToEachGap()
    {
        var result = GrantAllocation.Allocate(60_000, ["b", "a"], Gaps);

        Assert.Equal([("b", 50_000L), ("a", 10_000L)], result.Lines);
        Assert.Equal(0, result.UnallocatedPence);
    }

    [Fact]
    public void WhatIsLeftOverAndWhatWouldGoToALineThePlanDoesNotHaveIsUnallocated()
    {
        var result = GrantAllocation.Allocate(100_000, ["gone", "a", "full", "b"], Gaps);

        Assert.Equal([("a", 30_000L), ("b", 50_000L)], result.Lines);
        Assert.Equal(20_000, result.UnallocatedPence);
        Assert.Equal(5_000, GrantAllocation.Allocate(5_000, ["gone"], Gaps).UnallocatedPence);
        Assert.Equal(5_000, GrantAllocation.Allocate(5_000, [], Gaps).UnallocatedPence);
    }

    [Fact]
    public void ALineNamedTwiceGetsOnlyWhatItsGapStillHolds()
    {
        var result = GrantAllocation.Allocate(100_000, ["a", "a"], Gaps);

        Assert.Equal([("a", 30_000L)], result.Lines);
        Assert.Equal(70_000, result.UnallocatedPence);
    }

    [Fact]
    public void AGrantCommitsItsMoneyToThePlanAsTheFundersCommittedFundingAndTheGapFalls()
    {
        var state = Registered().WithLine("a", Line(quantity: 3)).WithLine("b", Line(quantity: 5)).WithFunding("a", "own", FundingKind.SelfFunded, 10_000);
        Assert.Equal(20_000, state.AmountsOf("a").GapPence);

        state = state.With(s => CharityDecisions.ReceiveGrant(s, Grant(45_000, "a", "nope", "b")));

        var a = state.FindResourcingLine("a")!.Funding.Single(f => f.Kind == FundingKind.Committed);
        Assert.Equal((20_000L, "Northern Lights Community Trust", "GB-CHC-7000001"), (a.AmountPence, a.FunderName, a.FunderOrgId));
        Assert.Equal(GrantAllocation.FundingId(Trust.OrgId, "7", "a"), a.Id);
        Assert.Equal((0L, 25_000L), (state.AmountsOf("a").GapPence, state.AmountsOf("b").GapPence));
        var grant = Assert.Single(state.GrantsFromFunders);
        Assert.Equal((45_000L, 45_000L, 0L), (grant.AmountPence, grant.CommittedPence, grant.UnallocatedPence));
        Assert.Equal(["a", "nope", "b"], grant.PlanLineIds);
    }

    [Fact]
    public void AGrantToldTwiceCommitsOnce()
    {
        var state = Registered().WithLine("a", Line(quantity: 3)).With(s => CharityDecisions.ReceiveGrant(s, Grant(10_000, "a")));

        Assert.Empty(CharityDecisions.ReceiveGrant(state, Grant(10_000, "a")));
        Assert.Equal(10_000, state.AmountsOf("a").FundedPence);
    }

    [Fact]
    public void MarkingTheCommittedMoneyReceivedDoesNotCountItTwice()
    {
        var state = Registered().WithLine("a", Line(quantity: 3)).With(s => CharityDecisions.ReceiveGrant(s, Grant(10_000, "a")));
        var entry = state.FindResourcingLine("a")!.Funding.Single();

        state = state.With(s => CharityDecisions.ChangeLineFunding(s, "a", entry.Id,
            new FundingDetails(FundingKind.Received, entry.AmountPence, entry.FunderName, entry.FunderOrgId, entry.Note)));

        Assert.Equal(FundingKind.Received, state.FindResourcingLine("a")!.FindFunding(entry.Id)!.Kind);
        Assert.Equal((10_000L, 20_000L), (state.AmountsOf("a").FundedPence, state.AmountsOf("a").GapPence));
    }
}
