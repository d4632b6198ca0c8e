using FunderPortal.Common;

namespace FunderPortal.Exports;

/// <summary>The files a list can be exported as.</summary>
public enum ExportFormat
{
    /// <summary>RFC 4180 comma-separated values, UTF-8 with a byte order mark (so spreadsheet programs read £ and ŵ).</summary>
    Csv,
    /// <summary>An Excel workbook (Office Open XML) with typed cells: money as numbers in pounds, dates as dates.</summary>
    Xlsx,
}

public static class ExportFormats
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary><c>csv</c> or <c>xlsx</c> (any letter case); anything else, or nothing, is refused (400 keyed <c>format</c>).</summary>
    public static ExportFormat Parse(string? format) => format?.ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "xlsx" => ExportFormat.Xlsx,
        _ => throw DomainValidationException.For("format", "Required: csv or xlsx."),
    };

    public static string ContentType(this ExportFormat format) => format == ExportFormat.Csv ? CsvContentType : XlsxContentType;

    public static string Extension(this ExportFormat format) => format == ExportFormat.Csv ? "csv" : "xlsx";

    /// <summary>
    /// A download's file name: what it holds, whose it is and the day it was made, e.g. <c>portfolio-GB-CHC-1234567-2026-12-06.csv</c>.
    /// Anything but letters, digits, <c>-</c> and <c>_</c> in the id becomes <c>-</c>, so the name is safe in a header and on any disk.
    /// </summary>
    public static string FileName(string what, string id, DateOnly on, ExportFormat format)
    {
        var safeId = string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
        return $"{what}-{safeId}-{on:yyyy-MM-dd}.{format.Extension()}";
    }
}
