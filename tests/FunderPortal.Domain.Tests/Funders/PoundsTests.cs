using FunderPortal.Funders;

namespace FunderPortal.Domain.Tests.Funders;

public sealed class PoundsTests
{
    [Theory]
    [InlineData(123456L, "1234.56")]
    [InlineData(1L, "0.01")]
    [InlineData(10L, "0.1")]
    [InlineData(100L, "1")]
    [InlineData(10_000_000_000L, "100000000")]
    [InlineData(999_999_999_999_999_999L, "9999999999999999.99")]
    public void PenceBecomePoundsExactly(long pence, string pounds) =>
        Assert.Equal(decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture), Pounds.FromPence(pence));

    [Fact]
    public void EveryPennyRoundTripsWhereADoubleWouldNot()
    {
        // 0.1 + 0.2 is not 0.3 in binary floating point; in pence-as-decimal it is.
        Assert.Equal(Pounds.FromPence(30), Pounds.FromPence(10) + Pounds.FromPence(20));
        for (var pence = 0L; pence < 100_000; pence += 7)
            Assert.Equal(pence, (long)(Pounds.FromPence(pence) * 100));
        Assert.Equal(long.MaxValue, (long)(Pounds.FromPence(long.MaxValue) * 100));
    }

    [Fact]
    public void TheAmountIsWrittenAsTheNumberItIs()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Pounds.FromPence(123456));

        Assert.Equal("1234.56", json);
    }
}
