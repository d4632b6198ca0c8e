using FunderPortal.Common;

namespace FunderPortal.Domain.Tests;

public class PagingTests
{
    private static readonly long[] OneToSeven = [1, 2, 3, 4, 5, 6, 7];

    private static (IReadOnlyList<long> Items, long? Next) Page(long? after, int limit, Func<long, bool>? include = null) =>
        Paging.NewestFirst(OneToSeven, p => p, include ?? (_ => true), after, limit);

    [Fact]
    public void PagesRunNewestFirstEachAfterThePreviousPagesNextUntilNextIsNull()
    {
        var first = Page(null, 3);
        Assert.Equal([7L, 6, 5], first.Items);
        Assert.Equal(5, first.Next);
        var second = Page(first.Next, 3);
        Assert.Equal([4L, 3, 2], second.Items);
        Assert.Equal(2, second.Next);
        var last = Page(second.Next, 3);
        Assert.Equal([1L], last.Items);
        Assert.Null(last.Next);
    }

    [Fact]
    public void APageThatEndsExactlyAtTheLastEntryHasNoNext()
    {
        Assert.Null(Page(null, 7).Next);
        Assert.Equal([3L, 2, 1], Page(4, 3).Items);
        Assert.Null(Page(4, 3).Next);
    }

    [Fact]
    public void AfterZeroIsTheFirstPageAsInHistory()
    {
        Assert.Equal(Page(null, 2).Items, Page(0, 2).Items);
        Assert.Equal(Page(null, 2).Next, Page(0, 2).Next);
    }

    [Fact]
    public void OnlyKeptEntriesFillAPageAndCountForNext()
    {
        var odd = Page(null, 2, p => p % 2 == 1);
        Assert.Equal([7L, 5], odd.Items);
        Assert.Equal(5, odd.Next);
        var rest = Page(odd.Next, 2, p => p % 2 == 1);
        Assert.Equal([3L, 1], rest.Items);
        Assert.Null(rest.Next);
        var none = Page(null, 5, _ => false);
        Assert.Empty(none.Items);
        Assert.Null(none.Next);
    }

    [Fact]
    public void TheLimitDefaultsToFiftyAndRunsFromOneToTwoHundred()
    {
        Assert.Equal(50, Paging.Check(null, null));
        Assert.Equal(200, Paging.Check(5, 200));
        Assert.Equal(["limit"], Assert.Throws<DomainValidationException>(() => Paging.Check(null, 0)).Errors.Keys);
        Assert.Equal(["limit"], Assert.Throws<DomainValidationException>(() => Paging.Check(null, 201)).Errors.Keys);
        Assert.Equal(["after"], Assert.Throws<DomainValidationException>(() => Paging.Check(-1, 10)).Errors.Keys);
    }
}
