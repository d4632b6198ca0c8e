using FunderPortal.Charities;
using FunderPortal.Common;
using static FunderPortal.Domain.Tests.Charities;
using static FunderPortal.Domain.Tests.ResourcingLines;

namespace FunderPortal.Domain.Tests;

public class ResourcingDecisionsTests
{
    private static string[] InvalidFields(CharityState state, ResourcingLineDetails line) =>
        [.. Assert.Throws<DomainValidationException>(() => CharityDecisions.PlanResourcingLine(state, "l1", line)).Errors.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void ALineIsPlannedWithItsTermsTrimmedAndTotalled()
    {
        var state = WithWorkstream("w1").WithLine("l1", new ResourcingLineDetails(ResourcingCategory.ParticipantPayment, " Panel members' time ", 24, " hours ", 1_850,
            Start, End, "w1", Hours: 24, HourlyRatePence: 1_850, SameRateAsStaff: true, Currency: "GBP"));

        var line = state.FindResourcingLine("l1")!;
        Assert.Equal(new ResourcingLineTerms(ResourcingCategory.ParticipantPayment, "Panel members' time", 24, "hours", 1_850, Start, End, "w1", 24, 1_850, true, null, FunderPortal.Rounds.PaymentChoice.Paid), line.Terms);
        Assert.Equal(44_400, state.AmountsOf("l1").TotalPence);
        Assert.Equal(T0, line.PlannedAt);
    }

    [Fact]
    public void MissingValuesAreEachNamed()
    {
        Assert.Equal(["category", "description", "periodEnd", "periodStart", "quantity", "unit", "unitCostPence"],
            InvalidFields(Registered(), new ResourcingLineDetails(null, " ", null, null, null, null, null)));
    }

    [Theory]
    [InlineData(-1, 100, "quantity")]
    [InlineData(0, 100, "quantity")]
    [InlineData(10_000_000_001, 0, "quantity")]
    [InlineData(1, -1, "unitCostPence")]
    [InlineData(1, 10_000_000_001, "unitCostPence")]
    [InlineData(101, 99_009_901, "unitCostPence")] // £100,000,001.01
    [InlineData(10_000_000_000, 10_000_000_000, "unitCostPence")] // would overflow long
    public void NegativeOrOversizedAmountsAreRefusedNamingTheField(long quantity, long unitCost, string field) =>
        Assert.Equal([field], InvalidFields(Registered(), Line(quantity: quantity, unitCostPence: unitCost)));

    [Fact]
    public void APeriodCannotEndBeforeItStartsOrLieOutsideTheCalendar()
    {
        Assert.Equal(["periodEnd"], InvalidFields(Registered(), Line(start: new DateOnly(2026, 5, 2), end: new DateOnly(2026, 5, 1))));
        Assert.Equal(["periodStart"], InvalidFields(Registered(), Line(start: new DateOnly(1999, 12, 31))));
        Assert.NotNull(CharityDecisions.PlanResourcingLine(Registered(), "l1", Line(start: Start, end: Start)));
    }

    [Fact]
    public void OnlyPoundsSterlingAreAccepted()
    {
        Assert.Equal(["currency"], InvalidFields(Registered(), Line() with { Currency = "EUR" }));
        Assert.Equal(["currency"], InvalidFields(Registered(), Line() with { Currency = "gbp" }));
        Assert.Single(CharityDecisions.PlanResourcingLine(Registered(), "l1", Line() with { Currency = "GBP" }));
    }

    [Fact]
    public void AnUnknownCategoryOrWorkstreamIsInvalid()
    {
        Assert.Equal(["category"], InvalidFields(Registered(), Line() with { Category = (ResourcingCategory)99 }));
        Assert.Equal(["workstreamId"], InvalidFields(WithWorkstream("w1"), Line(workstreamId: "nope")));
        Assert.Null(((ResourcingLinePlanned)CharityDecisions.PlanResourcingLine(Registered(), "l1", Line() with { WorkstreamId = " " })[0]).Terms.WorkstreamId);
    }

    [Fact]
    public void AParticipantPaymentRecordsHoursRateAndParityAndOtherLinesDoNot()
    {
        var payment = new ResourcingLineDetails(ResourcingCategory.ParticipantPayment, "Panel", 10, "hours", 1_500, Start, End);
        Assert.Equal(["hourlyRatePence", "hours", "sameRateAsStaff"], InvalidFields(Registered(), payment));
        Assert.Equal(["hourlyRatePence", "hours"], InvalidFields(Registered(), payment with { Hours = 0, HourlyRatePence = -1, SameRateAsStaff = false }));

        var staff = Line(ResourcingCategory.StaffTime) with { Hours = 3, HourlyRatePence = 100, SameRateAsStaff = true, Support = "Travel" };
        Assert.Equal(["hourlyRatePence", "hours", "sameRateAsStaff", "support"], InvalidFields(Registered(), staff));
    }

    [Fact]
    public void AnAccessibilityLineNamesTheSupport()
    {
        Assert.Equal(["support"], InvalidFields(Registered(), Line(ResourcingCategory.Accessibility) with { Support = " " }));
        var state = Registered().WithLine("l1", Line(ResourcingCategory.Accessibility) with { Support = " Childcare " });
        Assert.Equal("Childcare", state.FindResourcingLine("l1")!.Terms.Support);
    }

    [Fact]
    public void ALineIsChangedOnlyWhenItsTermsDiffer()
    {
        var state = Registered().WithLine("l1", Line(quantity: 2, unitCostPence: 700));

        Assert.Empty(CharityDecisions.ChangeResourcingLine(state, "l1", Line(quantity: 2, unitCostPence: 700)));
        state.With(s => CharityDecisions.ChangeResourcingLine(s, "l1", Line(quantity: 3, unitCostPence: 700)));
        Assert.Equal(2_100, state.AmountsOf("l1").TotalPence);
        Assert.Throws<NotFoundException>(() => CharityDecisions.ChangeResourcingLine(state, "nope", Line()));
    }

    [Fact]
    public void FundingNamesItsFunderUnlessItIsTheCharitysOwn()
    {
        var state = Registered().WithLine("l1", Line());
        string[] Fields(FundingDetails f) =>
            [.. Assert.Throws<DomainValidationException>(() => CharityDecisions.RecordLineFunding(state, "l1", "f1", f)).Errors.Keys.Order(StringComparer.Ordinal)];

        Assert.Equal(["amountPence", "kind"], Fields(new FundingDetails(null, null)));
        Assert.Equal(["amountPence"], Fields(new FundingDetails(FundingKind.SelfFunded, 0)));
        Assert.Equal(["amountPence"], Fields(new FundingDetails(FundingKind.SelfFunded, -5)));
        Assert.Equal(["kind"], Fields(new FundingDetails((FundingKind)9, 5)));
        Assert.Equal(["funderName"], Fields(new FundingDetails(FundingKind.Committed, 5)));
        Assert.Equal(["funderOrgId"], Fields(new FundingDetails(FundingKind.Received, 5, FunderOrgId: "lottery")));
        Assert.Equal(["funderName"], Fields(new FundingDetails(FundingKind.SelfFunded, 5, "Us")));
        Assert.Equal(["currency"], Fields(new FundingDetails(FundingKind.SelfFunded, 5, Currency: "USD")));

        state.With(s => CharityDecisions.RecordLineFunding(s, "l1", "f1", new FundingDetails(FundingKind.Committed, 5, FunderOrgId: "GB-CHC-7000001")));
        Assert.Equal("GB-CHC-7000001", state.FindResourcingLine("l1")!.FindFunding("f1")!.FunderOrgId);
        Assert.Throws<NotFoundException>(() => CharityDecisions.RecordLineFunding(state, "nope", "f2", new FundingDetails(FundingKind.SelfFunded, 5)));
    }

    [Fact]
    public void CommittedFundingOnceReceivedIsReplacedAndCanBeRemoved()
    {
        var state = Registered().WithLine("l1", Line(quantity: 1, unitCostPence: 9_000)).WithFunding("l1", "f1", FundingKind.Committed, 9_000, "Trust A");

        state.With(s => CharityDecisions.ChangeLineFunding(s, "l1", "f1", new FundingDetails(FundingKind.Received, 9_000, "Trust A")));
        Assert.Equal(FundingKind.Received, state.FindResourcingLine("l1")!.FindFunding("f1")!.Kind);
        Assert.Equal(9_000, state.AmountsOf("l1").FundedPence);

        state.With(s => CharityDecisions.RemoveLineFunding(s, "l1", "f1"));
        Assert.Equal(0, state.AmountsOf("l1").FundedPence);
        Assert.Throws<NotFoundException>(() => CharityDecisions.RemoveLineFunding(state, "l1", "f1"));
    }

    [Fact]
    public void APledgeNeedsAFunderOrgIdAndAnAmountAndNothingMore()
    {
        var state = Registered().WithLine("l1", Line());

        var error = Assert.Throws<DomainValidationException>(() => CharityDecisions.OfferPledge(state, "l1", "p1", new FunderRef("not an org", "Trust"), 0, null, "fiona"));
        Assert.Equal(["amountPence", "funderOrgId"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Throws<NotFoundException>(() => CharityDecisions.OfferPledge(state, "nope", "p1", new FunderRef("GB-CHC-7000001", "Trust"), 100, null, "fiona"));
        Assert.Throws<NotFoundException>(() => CharityDecisions.OfferPledge(new CharityState(), "l1", "p1", new FunderRef("GB-CHC-7000001", "Trust"), 100, null, "fiona"));

        state.WithPledge("l1", "p1", 100);
        var pledge = state.FindResourcingLine("l1")!.FindPledge("p1")!;
        Assert.Equal(new Pledge("p1", "GB-CHC-7000001", 100, null, PledgeStatus.Offered, T0, "fiona", FunderName: "Trust"), pledge);
        Assert.Throws<NotFoundException>(() => CharityDecisions.AcceptPledge(state, "l1", "nope"));
    }

    [Fact]
    public void AWithdrawnLineLeavesThePlanButNotWhileAFundersMoneyIsOnIt()
    {
        var state = Registered()
            .WithLine("l1", Line(quantity: 1, unitCostPence: 1_000)).WithFunding("l1", "f1", FundingKind.SelfFunded, 400)
            .WithLine("l2", Line(quantity: 1, unitCostPence: 2_000)).WithFunding("l2", "f2", FundingKind.Received, 400, "Trust A")
            .WithLine("l3", Line(quantity: 1, unitCostPence: 4_000)).WithPledge("l3", "p1", 400);
        state.With(s => CharityDecisions.AcceptPledge(s, "l3", "p1"));

        Assert.Throws<ConflictException>(() => CharityDecisions.WithdrawResourcingLine(state, "l2"));
        Assert.Throws<ConflictException>(() => CharityDecisions.WithdrawResourcingLine(state, "l3"));
        state.With(s => CharityDecisions.WithdrawResourcingLine(s, "l1"));

        Assert.Null(state.FindResourcingLine("l1"));
        Assert.Equal(["l2", "l3"], state.PlanLines().Select(l => l.Id));
        Assert.Equal(new ResourcingAmounts(6_000, 800, 5_200, 0), ResourcingTotals.Summarise(state, T0).Plan);
        Assert.Throws<NotFoundException>(() => CharityDecisions.WithdrawResourcingLine(state, "l1"));

        state.With(s => CharityDecisions.DeclinePledge(s, "l3", "p1")).With(s => CharityDecisions.WithdrawResourcingLine(s, "l3"));
        Assert.Equal(["l2"], state.PlanLines().Select(l => l.Id));
    }
}
