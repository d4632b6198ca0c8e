using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Domain.Tests.Funders;

public sealed class PortfolioSearchAndPagesTests
{
    private static readonly DateTimeOffset Now = FunderStates.T0.AddDays(30);

    private static readonly PortfolioEntry[] Entries =
    [
        FunderStates.Entry("GB-CHC-1000001", name: "Hope Street"),
        FunderStates.Entry("GB-CHC-1000002", name: "Riverside Carers"),
        FunderStates.Entry("GB-SC-SC000003", name: "Cymdeithas Tai"),
        FunderStates.Entry("GB-CHC-1000004", name: "Northern Hope"),
        FunderStates.Entry("GB-CHC-1000005", name: "Ended share", shareExpiresAt: FunderStates.T0),
    ];

    private static IReadOnlyList<string> Names(string? search) =>
        [.. Portfolio.Select(Entries, new PortfolioQuery(Search: search), Now).Select(e => e.Name)];

    [Fact]
    public void SearchKeepsNamesOrOrgIdsHoldingItInAnyCase()
    {
        Assert.Equal(["Hope Street", "Northern Hope"], Names("hope"));
        Assert.Equal(["Cymdeithas Tai"], Names("gb-sc"));
        Assert.Equal(["Riverside Carers"], Names(" 1000002 "));
        Assert.Empty(Names("Ended"));
        Assert.Equal(4, Names("  ").Count);
    }

    [Fact]
    public void ASearchLongerThanANameIsRefusedByItsField()
    {
        var refused = Assert.Throws<DomainValidationException>(() => Names(new string('a', Limits.Name + 1)));
        Assert.Equal(["search"], refused.Errors.Keys);
    }

    [Fact]
    public void PagesFollowEachOtherByNextAndCountIsEveryMatch()
    {
        var all = Portfolio.Select(Entries, new PortfolioQuery(), Now);
        var first = Portfolio.Page(all, null, 3);
        Assert.Equal(4, first.Count);
        Assert.Equal(["Cymdeithas Tai", "Hope Street", "Northern Hope"], first.Entries.Select(e => e.Name));
        Assert.Equal(3, first.Next);
        var last = Portfolio.Page(all, first.Next, 3);
        Assert.Equal(["Riverside Carers"], last.Entries.Select(e => e.Name));
        Assert.Equal(4, last.Count);
        Assert.Null(last.Next);
    }

    [Fact]
    public void WithoutALimitEverythingComesBackAsBefore()
    {
        var all = Portfolio.Select(Entries, new PortfolioQuery(), Now);
        var page = Portfolio.Page(all, null, null);
        Assert.Same(all, page.Entries);
        Assert.Null(page.Next);
        Assert.Equal(2, Portfolio.Page(all, 2, null).Entries.Count);
        Assert.Null(Portfolio.Page(all, null, 4).Next);
        Assert.Empty(Portfolio.Page(all, 10, 2).Entries);
    }

    [Theory]
    [InlineData(-1L, null, "after")]
    [InlineData(null, 0, "limit")]
    [InlineData(null, 201, "limit")]
    public void ABadPageIsRefusedByItsField(long? after, int? limit, string field)
    {
        var refused = Assert.Throws<DomainValidationException>(() => Portfolio.Page([], after, limit));
        Assert.Equal([field], refused.Errors.Keys);
    }
}
