using FunderPortal.Common;
using FunderPortal.Exports;

namespace FunderPortal.Domain.Tests.Exports;

public sealed class ExportCellTests
{
    [Fact]
    public void MoneyIsPoundsWithTwoDecimalsExactToThePenny()
    {
        Assert.Equal("1250.50", ExportCell.Pence(125_050).ToCsvText());
        Assert.Equal("0.07", ExportCell.Pence(7).ToCsvText());
        Assert.Equal(12_345_678_901.23m, ExportCell.Pence(1_234_567_890_123).Pounds);
    }

    [Fact]
    public void ANegativeAmountIsANumberNotAFormula()
    {
        Assert.Equal("-12.50", ExportCell.Pence(-1_250).ToCsvText());
        Assert.Equal("-3", ExportCell.Of(-3L).ToCsvText());
    }

    [Fact]
    public void OnlyTextIsNeutralised()
    {
        Assert.Equal("'=1+1", ExportCell.Of("=1+1").ToCsvText());
        Assert.Equal(CellKind.Text, ExportCell.Of("=1+1").Kind);
    }

    [Fact]
    public void DatesAreIsoDaysAndInstantsAreUtc()
    {
        Assert.Equal("2026-12-06", ExportCell.Of(new DateOnly(2026, 12, 6)).ToCsvText());
        Assert.Equal(new DateOnly(2026, 12, 6), ExportCell.Of(new DateOnly(2026, 12, 6)).Date);
        var instant = new DateTimeOffset(2026, 12, 6, 10, 15, 30, TimeSpan.FromHours(1));
        Assert.Equal("2026-12-06 09:15:30", ExportCell.Of(instant).ToCsvText());
    }

    [Fact]
    public void NothingIsAnEmptyCell()
    {
        Assert.Equal(CellKind.Empty, ExportCell.Of((string?)null).Kind);
        Assert.Equal(CellKind.Empty, ExportCell.Pence(null).Kind);
        Assert.Equal(CellKind.Empty, ExportCell.Of((DateOnly?)null).Kind);
        Assert.Equal("", ExportCell.Of((double?)null).ToCsvText());
    }

    [Fact]
    public void ScoresKeepUpToThreeDecimalsInInvariantCulture()
    {
        Assert.Equal("72.333", ExportCell.Of(72.3333).ToCsvText());
        Assert.Equal("-0.5", ExportCell.Of(-0.5).ToCsvText());
    }

    [Fact]
    public void YesAndNoAndVocabularyListsAreText()
    {
        Assert.Equal("Yes", ExportCell.Of(true).ToCsvText());
        Assert.Equal("PowerImbalance, Accessibility", ExportCell.List([BarrierKind.PowerImbalance, BarrierKind.Accessibility]).ToCsvText());
    }
}
