using System.Globalization;

namespace FunderPortal.Exports;

/// <summary>What kind of value a cell holds, so each file format writes it in its own way.</summary>
public enum CellKind
{
    Empty,
    Text,
    /// <summary>Money in whole pence; shown in pounds.</summary>
    Pence,
    /// <summary>A whole number (a count, minutes, a rank).</summary>
    Whole,
    /// <summary>A number with a fraction (a mean score).</summary>
    Fraction,
    Date,
    /// <summary>An instant, shown in UTC.</summary>
    Instant,
}

/// <summary>
/// One cell of an export, typed: a spreadsheet gets numbers as numbers and dates as dates; a CSV file gets each as plain
/// text that spreadsheet programs read back as the same (pounds with two decimals, ISO dates). Only text is ever
/// neutralised (<see cref="SpreadsheetText"/>): a number such as −12.50 is a number, not a formula.
/// </summary>
public readonly record struct ExportCell(CellKind Kind, string? Text = null, long Whole = 0, double Fraction = 0, DateTimeOffset Instant = default)
{
    public static readonly ExportCell Empty = new(CellKind.Empty);

    public static ExportCell Of(string? text) => text is null ? Empty : new(CellKind.Text, Text: text);

    public static ExportCell Of(bool yes) => new(CellKind.Text, Text: yes ? "Yes" : "No");

    public static ExportCell Of(long? whole) => whole is { } w ? new(CellKind.Whole, Whole: w) : Empty;

    public static ExportCell Of(double? number) => number is { } n ? new(CellKind.Fraction, Fraction: n) : Empty;

    public static ExportCell Of(DateOnly? date) => date is { } d ? new(CellKind.Date, Instant: new DateTimeOffset(d, TimeOnly.MinValue, TimeSpan.Zero)) : Empty;

    public static ExportCell Of(DateTimeOffset? instant) => instant is { } i ? new(CellKind.Instant, Instant: i.ToUniversalTime()) : Empty;

    public static ExportCell Pence(long? pence) => pence is { } p ? new(CellKind.Pence, Whole: p) : Empty;

    /// <summary>Names from the portal's vocabulary (enum values), comma-separated; empty when there are none.</summary>
    public static ExportCell List<T>(IEnumerable<T> values) => Of(string.Join(", ", values));

    public DateOnly Date => DateOnly.FromDateTime(Instant.UtcDateTime);

    /// <summary>Pounds, exactly (a decimal never rounds pence).</summary>
    public decimal Pounds => Whole / 100m;

    /// <summary>
    /// The cell as CSV text: text neutralised, pounds with two decimals and no symbol or separators, dates
    /// <c>yyyy-MM-dd</c>, instants <c>yyyy-MM-dd HH:mm:ss</c> in UTC, numbers in invariant culture.
    /// </summary>
    public string ToCsvText() => Kind switch
    {
        CellKind.Text => SpreadsheetText.Neutralise(Text!),
        CellKind.Pence => Pounds.ToString("0.00", CultureInfo.InvariantCulture),
        CellKind.Whole => Whole.ToString(CultureInfo.InvariantCulture),
        CellKind.Fraction => Fraction.ToString("0.###", CultureInfo.InvariantCulture),
        CellKind.Date => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        CellKind.Instant => Instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        _ => "",
    };
}
