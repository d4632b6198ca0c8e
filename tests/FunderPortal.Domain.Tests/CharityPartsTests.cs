using FunderPortal.Charities;
using FunderPortal.Common;

namespace FunderPortal.Domain.Tests;

/// <summary>Which parts of a charity each kind of reader may open: the tabs the portal shows them.</summary>
public class CharityPartsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static Share ShareOf(params ShareScope[] scope) => new(Ids.New(), "GB-CHC-7654321", scope, null, Now.AddDays(-10), null);

    private static YourCharityAccess? Funder(params Share[] shares) => CharityAccess.AccessOf(null, shares, Now);

    public static TheoryData<string, YourCharityAccess?, CharityPart[]> Readers => new()
    {
        { "editor", YourCharityAccess.Member(MemberRole.Editor), Enum.GetValues<CharityPart>() },
        { "viewer", YourCharityAccess.Member(MemberRole.Viewer), Enum.GetValues<CharityPart>() },
        { "funder: journey", Funder(ShareOf(ShareScope.Journey)), [CharityPart.JourneyMap, CharityPart.Progress, CharityPart.CheckIns, CharityPart.Participants, CharityPart.Leadership] },
        { "funder: resourcing", Funder(ShareOf(ShareScope.Resourcing)), [CharityPart.Plan] },
        { "funder: evidence", Funder(ShareOf(ShareScope.Evidence)), [CharityPart.Evidence] },
        { "funder: resourcing and evidence", Funder(ShareOf(ShareScope.Resourcing, ShareScope.Evidence)), [CharityPart.Plan, CharityPart.Evidence] },
        {
            "funder: everything", Funder(ShareOf(ShareScope.Journey, ShareScope.Resourcing, ShareScope.Evidence)),
            [CharityPart.JourneyMap, CharityPart.Progress, CharityPart.CheckIns, CharityPart.Participants, CharityPart.Leadership, CharityPart.Plan, CharityPart.Evidence]
        },
        { "anyone else", null, [] },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void EachReaderOpensExactlyItsParts(string who, YourCharityAccess? access, CharityPart[] expected)
    {
        Assert.NotNull(who);
        Assert.Equal(expected, CharityParts.For(access));
    }

    [Fact]
    public void OnlyEditorsChangeAnything()
    {
        Assert.True(YourCharityAccess.Member(MemberRole.Editor).IsEditor);
        Assert.False(YourCharityAccess.Member(MemberRole.Viewer).IsEditor);
        Assert.False(Funder(ShareOf(ShareScope.Journey, ShareScope.Resourcing, ShareScope.Evidence))!.IsEditor);
    }

    [Fact]
    public void AMemberIsAMemberWhateverIsSharedWithTheirFunder()
    {
        var access = CharityAccess.AccessOf(MemberRole.Viewer, [ShareOf(ShareScope.Journey)], Now)!;

        Assert.Equal(MemberRole.Viewer, access.Role);
        Assert.Empty(access.Scopes);
        Assert.Equal(Enum.GetValues<CharityPart>(), CharityParts.For(access));
    }

    [Fact]
    public void SharesWithTheSameReadersFundersAddUp()
    {
        var access = Funder(ShareOf(ShareScope.Evidence), ShareOf(ShareScope.Journey, ShareScope.Evidence))!;

        Assert.Equal([ShareScope.Journey, ShareScope.Evidence], access.Scopes);
    }

    [Fact]
    public void AnEndedShareOpensNothing()
    {
        var revoked = ShareOf(ShareScope.Journey) with { RevokedAt = Now.AddDays(-1) };
        var expired = ShareOf(ShareScope.Resourcing) with { ExpiresAt = Now };

        Assert.Null(Funder(revoked, expired));
        Assert.Equal([CharityPart.Plan], CharityParts.For(Funder(revoked, expired, ShareOf(ShareScope.Resourcing))));
    }

    [Fact]
    public void ALiveShareWithNoScopeLetsTheFunderInButOpensNoPart()
    {
        var access = Funder(ShareOf());

        Assert.NotNull(access);
        Assert.Empty(CharityParts.For(access));
    }

    [Fact]
    public void EveryPartHasItsRule() =>
        Assert.Equal(Enum.GetValues<CharityPart>(), CharityParts.All.Select(p => p.Part));
}
