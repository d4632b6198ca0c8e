using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Domain.Tests.Funders;

public sealed class PortfolioTests
{
    private static readonly DateTimeOffset Now = FunderStates.T0.AddDays(30);

    [Fact]
    public void TheNewestVersionWinsWhateverTheOrderOfArrival()
    {
        var state = new PortfolioState()
            .With(s => PortfolioDecisions.Upsert(s, FunderStates.Entry(version: 10, name: "Ten")))
            .With(s => PortfolioDecisions.Upsert(s, FunderStates.Entry(version: 12, name: "Twelve")));

        var older = PortfolioDecisions.Upsert(state, FunderStates.Entry(version: 11, name: "Eleven"));
        var repeat = PortfolioDecisions.Upsert(state, FunderStates.Entry(version: 12, name: "Twelve again"));

        Assert.Empty(older);
        Assert.Empty(repeat);
        Assert.Equal("Twelve", Assert.Single(state.Entries).Value.Name);
        Assert.Equal(2, state.Version);
    }

    [Fact]
    public void ARemovalIsRememberedSoALatePushCannotBringTheCharityBack()
    {
        var state = new PortfolioState()
            .With(s => PortfolioDecisions.Upsert(s, FunderStates.Entry(version: 10)))
            .With(s => PortfolioDecisions.Remove(s, "GB-CHC-1234567", 11));

        Assert.Empty(state.Entries);
        Assert.Empty(PortfolioDecisions.Upsert(state, FunderStates.Entry(version: 11)));
        Assert.Empty(PortfolioDecisions.Remove(state, "GB-CHC-1234567", 11));
        state.With(s => PortfolioDecisions.Upsert(s, FunderStates.Entry(version: 14)));
        Assert.Equal(14, Assert.Single(state.Entries).Value.Version);
    }

    [Fact]
    public void AStaleRemovalLeavesANewerSummaryAlone()
    {
        var state = new PortfolioState().With(s => PortfolioDecisions.Upsert(s, FunderStates.Entry(version: 10)));

        Assert.Empty(PortfolioDecisions.Remove(state, "GB-CHC-1234567", 9));
        Assert.Single(PortfolioDecisions.Remove(state, "GB-CHC-1234567", 10));
    }

    [Fact]
    public void ARemovalThatArrivesFirstStillStopsOlderPushes()
    {
        var state = new PortfolioState().With(s => PortfolioDecisions.Remove(s, "GB-CHC-1234567", 8));

        Assert.Empty(PortfolioDecisions.Upsert(state, FunderStates.Entry(version: 7)));
        Assert.Single(PortfolioDecisions.Upsert(state, FunderStates.Entry(version: 9)));
    }

    [Fact]
    public void ABadSummaryIsRefusedByField()
    {
        var entry = FunderStates.Entry(charityOrgId: "nope", version: 0, planGapPence: -1) with { AttestationRatePercent = 101, Name = "" };

        var error = Assert.Throws<DomainValidationException>(() => PortfolioDecisions.Upsert(new PortfolioState(), entry));

        Assert.Equal(["attestationRatePercent", "charityOrgId", "name", "planGapPence", "version"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    private static List<PortfolioEntry> ThreeCharities() =>
    [
        FunderStates.Entry("GB-CHC-1", name: "Bridge Project", sizeBand: SizeBand.Micro, barriers: [BarrierKind.Accessibility],
            planGapPence: 50_000, checkInDue: new DateOnly(2026, 3, 1), lastUpdate: FunderStates.T0.AddDays(3)),
        FunderStates.Entry("GB-CHC-2", name: "anchor house", sizeBand: SizeBand.Small, barriers: [BarrierKind.Accessibility, BarrierKind.PowerImbalance],
            planGapPence: 900_000, checkInDue: null, lastUpdate: FunderStates.T0.AddDays(1)),
        FunderStates.Entry("GB-CHC-3", name: "Cedar Trust", sizeBand: SizeBand.Small, barriers: [],
            planGapPence: 0, checkInDue: new DateOnly(2026, 2, 1), lastUpdate: FunderStates.T0.AddDays(2)),
    ];

    [Theory]
    [InlineData(PortfolioSort.Name, "GB-CHC-2,GB-CHC-1,GB-CHC-3")]
    [InlineData(PortfolioSort.LastUpdate, "GB-CHC-1,GB-CHC-3,GB-CHC-2")]
    [InlineData(PortfolioSort.PlanGap, "GB-CHC-2,GB-CHC-1,GB-CHC-3")]
    [InlineData(PortfolioSort.CheckInDue, "GB-CHC-3,GB-CHC-1,GB-CHC-2")]
    public void EachSortHasItsNaturalDirection(PortfolioSort sort, string expected) =>
        Assert.Equal(expected, string.Join(",", Portfolio.Select(ThreeCharities(), new PortfolioQuery(Sort: sort), Now).Select(e => e.CharityOrgId)));

    [Fact]
    public void FiltersCombine()
    {
        var accessibility = Portfolio.Select(ThreeCharities(), new PortfolioQuery(Barrier: BarrierKind.Accessibility), Now);
        var smallAndAccessibility = Portfolio.Select(ThreeCharities(), new PortfolioQuery(BarrierKind.Accessibility, SizeBand.Small), Now);
        var none = Portfolio.Select(ThreeCharities(), new PortfolioQuery(BarrierKind.FearOfGettingItWrong), Now);

        Assert.Equal(["GB-CHC-2", "GB-CHC-1"], accessibility.Select(e => e.CharityOrgId));
        Assert.Equal(["GB-CHC-2"], smallAndAccessibility.Select(e => e.CharityOrgId));
        Assert.Empty(none);
    }

    [Fact]
    public void AnExpiredShareIsNotShown()
    {
        var entries = new[]
        {
            FunderStates.Entry("GB-CHC-1", shareExpiresAt: Now),
            FunderStates.Entry("GB-CHC-2", shareExpiresAt: Now.AddSeconds(1)),
        };

        Assert.Equal(["GB-CHC-2"], Portfolio.Select(entries, new PortfolioQuery(), Now).Select(e => e.CharityOrgId));
    }

    [Fact]
    public void ConnectListsCharitiesFacingTheSameOpenBarrierByName() =>
        Assert.Equal(["GB-CHC-2", "GB-CHC-1"],
            Portfolio.FacingBarrier(ThreeCharities(), BarrierKind.Accessibility, Now).Select(e => e.CharityOrgId));

    [Theory]
    [InlineData("name", PortfolioSort.Name)]
    [InlineData("lastUpdate", PortfolioSort.LastUpdate)]
    [InlineData("PLANGAP", PortfolioSort.PlanGap)]
    [InlineData("checkInDue", PortfolioSort.CheckInDue)]
    public void SortNamesAreCamelCaseInAnyLetterCase(string name, PortfolioSort sort) =>
        Assert.Equal(sort, Portfolio.SortNames[name]);

    [Fact]
    public void ANumberIsNotASortName() => Assert.False(Portfolio.SortNames.ContainsKey("1"));
}
