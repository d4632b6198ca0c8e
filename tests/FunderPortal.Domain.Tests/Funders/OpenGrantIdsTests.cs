using FunderPortal.Funders;

namespace FunderPortal.Domain.Tests.Funders;

public sealed class OpenGrantIdsTests
{
    [Theory]
    [InlineData("360G-hopetrust", true)]
    [InlineData("360G-LondonCF", true)]
    [InlineData("360G-blf.uk_2", true)]
    [InlineData("360G-", false)]
    [InlineData("360G-hope-", false)]
    [InlineData("360G-hope trust", false)]
    [InlineData("360g-hopetrust", false)]
    [InlineData("GB-CHC-123", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void APrefixStartsWith360GAndHasNoSpaces(string? prefix, bool valid) =>
        Assert.Equal(valid, OpenGrantIds.IsValidPrefix(prefix));

    [Fact]
    public void APrefixHasALimit() =>
        Assert.False(OpenGrantIds.IsValidPrefix("360G-" + new string('a', OpenGrantIds.PrefixMaxLength)));

    [Fact]
    public void APublishedIdIsThePrefixThenTheGrantId() =>
        Assert.Equal("360G-hopetrust-42", OpenGrantIds.For("360G-hopetrust", "42"));
}
