using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Domain.Tests.Funders;

/// <summary>Builds funder and portfolio states for tests by deciding and applying events, as the grain does.</summary>
public static class FunderStates
{
    public const string OrgId = "GB-CHC-7654321";
    public static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 1, 5);

    public static FunderState Registered(string? grantIdPrefix = "360G-hopetrust") =>
        new FunderState().With(s => FunderDecisions.Register(s, OrgId, new RegisterFunder(OrgId, "Hope Trust", FunderType.Trust, grantIdPrefix), "alice"));

    public static FunderState With(this FunderState state, Func<FunderState, IReadOnlyList<FunderEvent>> decide, DateTimeOffset? at = null)
    {
        foreach (var e in decide(state))
            state.Apply(e, at ?? T0);
        return state;
    }

    public static PortfolioState With(this PortfolioState state, Func<PortfolioState, IReadOnlyList<PortfolioEvent>> decide)
    {
        foreach (var e in decide(state))
            state.Apply(e, T0);
        return state;
    }

    public static RecordGrant Grant(
        long? amountPence = 1_250_000, DateOnly? start = null, DateOnly? end = null, GrantType? type = GrantType.Development,
        string charityOrgId = "GB-CHC-1234567", string? programmeId = null) => new(
        charityOrgId, null, "Paying participants", "Two years of paid co-design sessions", amountPence,
        new DateOnly(2025, 12, 1), start ?? new DateOnly(2026, 2, 1), end ?? new DateOnly(2028, 1, 31), type, programmeId, [], []);

    public static PortfolioEntry Entry(
        string charityOrgId = "GB-CHC-1234567", long version = 10, string name = "Hope Street", SizeBand? sizeBand = SizeBand.Small,
        IReadOnlyList<BarrierKind>? barriers = null, long planGapPence = 0, DateOnly? checkInDue = null,
        DateTimeOffset? lastUpdate = null, DateTimeOffset? shareExpiresAt = null) => new(
        charityOrgId, name, sizeBand, version, lastUpdate ?? T0, checkInDue,
        [new PortfolioRung("w1", "Peer support", ActivityKind.CoDesign, LadderRung.CoDesign, LadderRung.Engagement, LadderRung.Consultation)],
        barriers ?? [], planGapPence, 75, [ShareScope.Journey], shareExpiresAt);
}
