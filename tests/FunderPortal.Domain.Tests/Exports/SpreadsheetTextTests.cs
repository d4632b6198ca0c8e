using FunderPortal.Exports;

namespace FunderPortal.Domain.Tests.Exports;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"click\")")]
    [InlineData("+44 20 7946 0000")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\tindented")]
    [InlineData("\rcarriage return")]
    public void TextThatStartsLikeAFormulaGetsAQuoteInFront(string text)
    {
        Assert.True(SpreadsheetText.StartsLikeAFormula(text));
        Assert.Equal("'" + text, SpreadsheetText.Neutralise(text));
    }

    [Theory]
    [InlineData("Hope Street")]
    [InlineData("")]
    [InlineData(" =not first")]
    [InlineData("'already quoted")]
    [InlineData("Cymdeithas Ŵyr a Wyresau, £1,250")]
    [InlineData("\nnew line first")]
    public void OtherTextIsLeftAsItIs(string text)
    {
        Assert.False(SpreadsheetText.StartsLikeAFormula(text));
        Assert.Same(text, SpreadsheetText.Neutralise(text));
    }
}
