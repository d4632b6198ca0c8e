using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Funders;
using static FunderPortal.Domain.Tests.Charities;

namespace FunderPortal.Domain.Tests;

/// <summary>Which funders a charity owes a notice: the pure rule behind its outbox.</summary>
public sealed class CharityNoticesTests
{
    private const string Hope = "GB-CHC-1000001";
    private const string Kind = "GB-CHC-1000002";

    private static CharityState SharedWithTwo() => Registered()
        .With(s => CharityDecisions.Share(s, "s1", Hope, [ShareScope.Journey], null, T0))
        .With(s => CharityDecisions.Share(s, "s2", Kind, [ShareScope.Resourcing], T0.AddDays(30), T0));

    [Fact]
    public void EveryFunderWithALiveShareHearsTheSummaryAtTheCharitysVersion()
    {
        var state = SharedWithTwo();

        var notices = CharityNotices.ToFunders(state, [], T0);

        Assert.Equal([Hope, Kind], notices.Select(n => n.FunderOrgId));
        Assert.All(notices, n => Assert.Equal(state.Version, n.Version));
        Assert.All(notices, n => Assert.Equal(state.Version, n.Summary!.Version));
    }

    [Fact]
    public void ARevocationTellsThatFunderToDropTheCharityAndOnlyThatOne()
    {
        var state = SharedWithTwo();
        var revoked = CharityDecisions.RevokeShare(state, "s1");
        foreach (var e in revoked)
            state.Apply(e, T0);

        var notices = CharityNotices.ToFunders(state, revoked, T0);

        var removal = Assert.Single(notices, n => n.Summary is null);
        Assert.Equal((Hope, state.Version), (removal.FunderOrgId, removal.Version));
        Assert.Equal(Kind, Assert.Single(notices, n => n.Summary is not null).FunderOrgId);
    }

    [Fact]
    public void AnEndedShareIsToldOnlyByTheChangeThatEndedIt()
    {
        var state = SharedWithTwo().With(s => CharityDecisions.RevokeShare(s, "s1"));
        var later = T0.AddDays(31); // s2 has expired too

        Assert.Empty(CharityNotices.ToFunders(state, [], later));
    }

    [Fact]
    public void ACharityThatWakesUpWithEverythingDeliveredCallsNoFunder()
    {
        var state = SharedWithTwo().With(s => CharityDecisions.RevokeShare(s, "s1"));

        Assert.Empty(CharityNotices.ToFundersSince(state, [], markAt: T0, T0.AddDays(1)));
    }

    [Fact]
    public void AtActivationTheChangesAfterTheMarkOweWhatEachChangeOwes()
    {
        var state = SharedWithTwo();
        var revoked = CharityDecisions.RevokeShare(state, "s1");
        foreach (var e in revoked)
            state.Apply(e, T0);

        var notices = CharityNotices.ToFundersSince(state, revoked, markAt: T0, T0.AddDays(1));

        Assert.Equal([(Hope, false), (Kind, true)], notices.Select(n => (n.FunderOrgId, n.Summary is not null)));
    }

    [Fact]
    public void AShareThatExpiredSinceTheMarksInstantIsDroppedAndOneThatExpiredBeforeIsNot()
    {
        var state = SharedWithTwo(); // s2 (Kind) expires at T0 + 30 days

        Assert.Equal([Kind], CharityNotices.ToFundersSince(state, [], markAt: T0.AddDays(29), T0.AddDays(31)).Select(n => n.FunderOrgId));
        Assert.True(CharityNotices.ToFundersSince(state, [], markAt: T0.AddDays(29), T0.AddDays(31)).All(n => n.Summary is null));
        Assert.Empty(CharityNotices.ToFundersSince(state, [], markAt: T0.AddDays(30), T0.AddDays(31)));
        Assert.Empty(CharityNotices.ToFundersSince(state, [], markAt: T0.AddDays(20), T0.AddDays(29))); // not expired yet
    }

    [Fact]
    public void WithoutAMarkEveryExpiredShareIsDropped()
    {
        var state = SharedWithTwo();

        Assert.Equal([(Kind, (PortfolioEntry?)null)],
            CharityNotices.ToFundersSince(state, [], markAt: null, T0.AddDays(31)).Select(n => (n.FunderOrgId, n.Summary)));
    }
}
