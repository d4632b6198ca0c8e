using FunderPortal.Common;
using FunderPortal.Exports;

namespace FunderPortal.Domain.Tests.Exports;

public sealed class ExportFormatsTests
{
    [Theory]
    [InlineData("csv", ExportFormat.Csv)]
    [InlineData("CSV", ExportFormat.Csv)]
    [InlineData("xlsx", ExportFormat.Xlsx)]
    public void CsvAndXlsxAreTheFormats(string text, ExportFormat format) => Assert.Equal(format, ExportFormats.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pdf")]
    [InlineData("xls")]
    public void AnyOtherFormatIsRefusedByItsField(string? text)
    {
        var refused = Assert.Throws<DomainValidationException>(() => ExportFormats.Parse(text));
        Assert.Equal(["format"], refused.Errors.Keys);
    }

    [Fact]
    public void AFileIsNamedForWhatWhoseAndTheDay()
    {
        Assert.Equal("portfolio-GB-CHC-1234567-2026-12-06.csv", ExportFormats.FileName("portfolio", "GB-CHC-1234567", new DateOnly(2026, 12, 6), ExportFormat.Csv));
        Assert.Equal("grants-a-b--c-2026-01-02.xlsx", ExportFormats.FileName("grants", "a\"b;/c", new DateOnly(2026, 1, 2), ExportFormat.Xlsx));
        Assert.Equal("text/csv; charset=utf-8", ExportFormat.Csv.ContentType());
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ExportFormat.Xlsx.ContentType());
    }
}
