using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Domain.Tests.Funders;

public sealed class GrantValidationTests
{
    private static DomainValidationException Refused(RecordGrant grant, FunderState? state = null) =>
        Assert.Throws<DomainValidationException>(() =>
            FunderDecisions.RecordGrant(state ?? FunderStates.Registered(), "1", grant, FunderStates.Today));

    [Fact]
    public void AMultiYearGrantIsRecordedWithTheOrgIdAsNameWhenNoneIsGiven()
    {
        var state = FunderStates.Registered();

        state.With(s => FunderDecisions.RecordGrant(s, FunderDecisions.NextGrantId(s), FunderStates.Grant(), FunderStates.Today));
        state.With(s => FunderDecisions.RecordGrant(s, FunderDecisions.NextGrantId(s), FunderStates.Grant() with { CharityName = " Hope Street " }, FunderStates.Today));

        Assert.Equal(["1", "2"], state.Grants.Select(g => g.Id));
        Assert.Equal("GB-CHC-1234567", state.Grants[0].CharityName);
        Assert.Equal("Hope Street", state.Grants[1].CharityName);
        Assert.Equal((1_250_000L, new DateOnly(2028, 1, 31)), (state.Grants[0].AmountPence, state.Grants[0].PlannedEnd));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(10_000_000_001L)]
    [InlineData(long.MaxValue)]
    [InlineData(null)]
    public void TheAmountIsMoreThanNothingAndAtMostAHundredMillionPounds(long? pence) =>
        Assert.Equal(["amountPence"], Refused(FunderStates.Grant(amountPence: pence)).Errors.Keys);

    [Fact]
    public void AHundredMillionPoundsExactlyIsAllowed() =>
        Assert.Single(FunderDecisions.RecordGrant(FunderStates.Registered(), "1", FunderStates.Grant(amountPence: FunderLimits.MaxGrantPence), FunderStates.Today));

    [Fact]
    public void ThePlannedEndIsNotBeforeThePlannedStart()
    {
        Assert.Equal(["plannedEnd"], Refused(FunderStates.Grant(start: new DateOnly(2026, 3, 1), end: new DateOnly(2026, 2, 28))).Errors.Keys);
        Assert.Single(FunderDecisions.RecordGrant(FunderStates.Registered(), "1",
            FunderStates.Grant(start: new DateOnly(2026, 3, 1), end: new DateOnly(2026, 3, 1)), FunderStates.Today));
    }

    [Fact]
    public void EveryMissingOrInvalidFieldIsNamed()
    {
        var grant = new RecordGrant("GB-nope", new string('n', 201), "", " ", null, new DateOnly(2026, 1, 6), null, new DateOnly(1999, 1, 1),
            (GrantType)9, "no-such-programme", [""], [new string('w', 101)]);

        Assert.Equal(
            ["amountPence", "awardDate", "charityName", "charityOrgId", "description", "planLineIds[0]", "plannedEnd", "plannedStart",
             "programmeId", "title", "type", "workstreamIds[0]"],
            Refused(grant).Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AGrantMayBelongToOneOfTheFundersProgrammes()
    {
        var state = FunderStates.Registered().With(s => FunderDecisions.AddProgramme(s, "p1", new ProgrammeDetails("Growing Voices", null)));

        state.With(s => FunderDecisions.RecordGrant(s, "1", FunderStates.Grant(programmeId: "p1"), FunderStates.Today));

        Assert.Equal("p1", Assert.Single(state.Grants).ProgrammeId);
    }

    [Fact]
    public void PlanLinesAndWorkstreamsAreKeptOnceEach()
    {
        var state = FunderStates.Registered();

        state.With(s => FunderDecisions.RecordGrant(s, "1", FunderStates.Grant() with { PlanLineIds = ["l1", " l1 ", "l2"], WorkstreamIds = ["w1"] }, FunderStates.Today));

        Assert.Equal(["l1", "l2"], state.Grants[0].PlanLineIds);
        Assert.Equal(["w1"], state.Grants[0].WorkstreamIds);
    }

    [Fact]
    public void AGrantAskedForByAnIdempotentRequestIsFoundByItsRetryAndByNoOtherRequest()
    {
        var state = FunderStates.Registered();
        var asked = FunderStates.Grant() with { RequestId = "request-1" };

        state.With(s => FunderDecisions.RecordGrant(s, FunderDecisions.NextGrantId(s), asked, FunderStates.Today));

        Assert.Equal("1", FunderDecisions.EarlierAttempt(state, asked)?.Id);
        Assert.Null(FunderDecisions.EarlierAttempt(state, asked with { RequestId = "request-2" }));
        Assert.Null(FunderDecisions.EarlierAttempt(state, FunderStates.Grant()));
    }
}
