using FunderPortal.Http.Conditional;

namespace FunderPortal.Api.Tests;

/// <summary>One format of entity tag (issue 23): versions as If-Match takes them, content hashes apart; If-None-Match compared weakly.</summary>
public sealed class EntityTagTests
{
    [Fact]
    public void AVersionsTagIsTheVersionQuotedAsIfMatchTakesIt()
    {
        Assert.Equal("\"12\"", EntityTags.ForVersion(12));
        Assert.Equal(12, Errors.ETags.ExpectedVersion(EntityTags.ForVersion(12)));
    }

    [Fact]
    public void AContentTagFollowsTheBytesAndIsNeverAVersion()
    {
        var tag = EntityTags.ForContent("{\"a\":1}"u8);

        Assert.Equal(tag, EntityTags.ForContent("{\"a\":1}"u8));
        Assert.NotEqual(tag, EntityTags.ForContent("{\"a\":2}"u8));
        Assert.StartsWith("\"h-", tag, StringComparison.Ordinal);
        Assert.Equal(-1, Errors.ETags.ExpectedVersion(tag));
    }

    [Theory]
    [InlineData("\"12\"", "\"12\"", true)]
    [InlineData("W/\"12\"", "\"12\"", true)]
    [InlineData("\"12\"", "W/\"12\"", true)]
    [InlineData("\"11\", \"12\"", "\"12\"", true)]
    [InlineData("*", "\"12\"", true)]
    [InlineData("\"11\"", "\"12\"", false)]
    [InlineData("12", "\"12\"", false)]
    [InlineData("", "\"12\"", false)]
    [InlineData(null, "\"12\"", false)]
    public void IfNoneMatchHoldsWhenItNamesTheCurrentTag(string? ifNoneMatch, string current, bool holds) =>
        Assert.Equal(holds, EntityTags.NoneMatchHolds(ifNoneMatch, current));
}
