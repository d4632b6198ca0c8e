using FunderPortal.Charities;
using FunderPortal.Common;
using FunderPortal.Domain.Tests.Funders;
using FunderPortal.Funders;

namespace FunderPortal.Domain.Tests.GrantImports;

public sealed class AreaCodesTests
{
    [Theory]
    [InlineData("E06000014", true)]
    [InlineData("W06000015", true)]
    [InlineData("S12000036", true)]
    [InlineData("N09000003", true)]
    [InlineData("K02000001", false)]
    [InlineData("E0600001", false)]
    [InlineData("E060000144", false)]
    [InlineData("York", false)]
    public void AnAreaCodeIsANationsLetterAndEightDigits(string code, bool valid) => Assert.Equal(valid, AreaCodes.IsValid(code));

    [Fact]
    public void EachBadCodeIsNamedByItsPlaceAndTheListIsBounded()
    {
        var errors = new ErrorBag();
        AreaCodes.Check(errors, "areaCodes", ["E06000014", "York", "e06000015", "X1"]);
        Assert.Equal(["areaCodes[1]", "areaCodes[2]", "areaCodes[3]"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));

        var tooMany = new ErrorBag();
        AreaCodes.Check(tooMany, "areaCodes", [.. Enumerable.Range(0, AreaCodes.MaxCount + 1).Select(i => $"E{i:00000000}")]);
        Assert.Equal(["areaCodes"], tooMany.ToDictionary().Keys);
    }

    [Fact]
    public void AProfileChangeKeepsEachCodeOnceAndAnUnchangedListChangesNothing()
    {
        var state = Charities.Registered();
        var changed = CharityDecisions.ChangeProfile(state, new ChangeCharityProfile(null, null, null, null, null, AreaCodes: ["E06000014", " E06000014", "W06000015"]));
        foreach (var e in changed)
            state.Apply(e, Charities.T0);

        Assert.Equal(["E06000014", "W06000015"], state.AreaCodes);
        Assert.Empty(CharityDecisions.ChangeProfile(state, new ChangeCharityProfile(null, null, null, null, null, AreaCodes: ["E06000014", "W06000015"])));
        var refused = Assert.Throws<DomainValidationException>(() =>
            CharityDecisions.ChangeProfile(state, new ChangeCharityProfile(null, null, null, null, null, AreaCodes: ["E06000014", "York"])));
        Assert.Equal(["areaCodes[1]"], refused.Errors.Keys);
    }

    [Fact]
    public void FundersThatGrantedTheCharityHearItsCodesWhenTheyChangeAndAtTheirFirstGrant()
    {
        var state = Charities.Registered();
        state.Apply(new FunderGrantNoted("GB-GOR-A", "1", new DateOnly(2025, 1, 1), []), Charities.T0);
        Assert.Empty(AreaNotices.ToFunders(state, [new FunderGrantNoted("GB-GOR-A", "1", new DateOnly(2025, 1, 1), [])])); // no codes to tell

        var change = new CharityProfileChanged(null, null, null, null, null, AreaCodes: ["E06000014"]);
        state.Apply(change, Charities.T0);
        Assert.Equal([new AreaNotice("GB-GOR-A", ["E06000014"], state.Version)], AreaNotices.ToFunders(state, [change]),
            new NoticeComparer());

        var secondFunder = new FunderGrantNoted("GB-GOR-B", "7", new DateOnly(2025, 1, 1), []);
        state.Apply(secondFunder, Charities.T0);
        Assert.Equal(["GB-GOR-B"], AreaNotices.ToFunders(state, [secondFunder]).Select(n => n.FunderOrgId));
    }

    [Fact]
    public void TheFunderKeepsTheNewestCodesOfEachCharity()
    {
        var portfolio = new PortfolioState()
            .With(s => PortfolioDecisions.NoteRecipientAreas(s, "GB-CHC-1234567", 5, ["E06000014"]))
            .With(s => PortfolioDecisions.NoteRecipientAreas(s, "GB-CHC-1234567", 4, ["W06000015"]));

        Assert.Equal(["E06000014"], portfolio.RecipientAreas["GB-CHC-1234567"].AreaCodes);
        Assert.Throws<DomainValidationException>(() => PortfolioDecisions.NoteRecipientAreas(portfolio, "GB-CHC-1234567", 6, ["nowhere"]));
    }

    private sealed class NoticeComparer : IEqualityComparer<AreaNotice>
    {
        public bool Equals(AreaNotice? x, AreaNotice? y) =>
            x is not null && y is not null && x.FunderOrgId == y.FunderOrgId && x.Version == y.Version && x.AreaCodes.SequenceEqual(y.AreaCodes);

        public int GetHashCode(AreaNotice obj) => obj.FunderOrgId.GetHashCode(StringComparison.Ordinal);
    }
}
