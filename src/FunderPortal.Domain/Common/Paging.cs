namespace FunderPortal.Common;

/// <summary>
/// Lists read a page at a time, the way a charity's history is read: <c>limit</c> entries after a position (<c>after</c>,
/// the previous page's <c>next</c>), and <c>next</c> null on the last page. Here the lists are newest first, and a
/// position is an entry's place in arrival order (1, 2, 3…), so a page stays where it was while newer entries arrive.
/// </summary>
public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>The page size asked for (default <see cref="DefaultLimit"/>); 400 naming the field for a bad one.</summary>
    public static int Check(long? after, int? limit)
    {
        var errors = new ErrorBag();
        if (after < 0)
            errors.Add("after", "A position from the previous page's next: 0 or more.");
        if (limit is < 1 or > MaxLimit)
            errors.Add("limit", $"Between 1 and {MaxLimit}.");
        errors.ThrowIfAny();
        return limit ?? DefaultLimit;
    }

    /// <summary>
    /// Up to <paramref name="limit"/> of <paramref name="oldestFirst"/> that <paramref name="include"/> keeps, newest first,
    /// from just before position <paramref name="after"/> (from the newest when null or 0, as history's first page is
    /// after 0); <c>Next</c> is the last one's position
    /// while more are kept further on, else null.
    /// </summary>
    public static (IReadOnlyList<T> Items, long? Next) NewestFirst<T>(
        IReadOnlyList<T> oldestFirst, Func<T, long> position, Func<T, bool> include, long? after, int limit)
    {
        var page = new List<T>(Math.Min(limit, oldestFirst.Count));
        for (var i = oldestFirst.Count - 1; i >= 0; i--)
        {
            var item = oldestFirst[i];
            if ((after is > 0 and var before && position(item) >= before) || !include(item))
                continue;
            if (page.Count == limit)
                return (page, position(page[^1]));
            page.Add(item);
        }
        return (page, null);
    }
}
