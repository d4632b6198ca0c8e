using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FunderPortal.GrantImports;

/// <summary>
/// An Excel workbook: its sheet named "grants" (else its first), read row by row with the Open XML SDK's streaming reader
/// (never the whole sheet as a document), the first row holding the 360Giving column titles. A date cell in a date column
/// is the day it shows; a number in the amount column is taken to the penny it stands for (a workbook keeps numbers as
/// binary fractions: 1234.56 may be written 1234.5599999999999).
/// </summary>
internal static class XlsxGrantFile
{
    private static readonly HashSet<GrantField> DateFields = [GrantField.AwardDate, GrantField.PlannedStartDate, GrantField.PlannedEndDate];

    public static GrantFile Read(Stream content)
    {
        try
        {
            using var seekable = Seekable(content);
            using var document = SpreadsheetDocument.Open(seekable, isEditable: false);
            if (document.WorkbookPart is not { Workbook.Sheets: { } sheets } workbook)
                return GrantFile.Unreadable("file", "The workbook has no sheets.");
            var sheet = sheets.Elements<Sheet>().FirstOrDefault(s => string.Equals(s.Name?.Value, "grants", StringComparison.OrdinalIgnoreCase))
                ?? sheets.Elements<Sheet>().FirstOrDefault();
            if (sheet?.Id?.Value is not { } partId || workbook.GetPartById(partId) is not WorksheetPart part)
                return GrantFile.Unreadable("file", "The workbook has no sheets.");
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            return ReadSheet(part, shared);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or FormatException)
        {
            return GrantFile.Unreadable("file", $"Not an Excel workbook (.xlsx) that can be read: {e.Message}");
        }
    }

    private static GrantFile ReadSheet(WorksheetPart part, string[] shared)
    {
        using var reader = OpenXmlReader.Create(part);
        List<GrantField?>? columns = null;
        List<GrantImportRow> rows = [];
        var tooMany = false;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var cells = row.Elements<Cell>().Select((c, i) => (Column: c.CellReference?.Value is { } at ? ColumnOf(at) : i, Cell: c)).ToList();
            if (columns is null)
            {
                columns = [];
                foreach (var (column, cell) in cells)
                {
                    while (columns.Count < column)
                        columns.Add(null);
                    columns.Add(GrantFields.ForColumn(TextOf(cell, shared)));
                }
                continue;
            }
            var values = new Dictionary<GrantField, string>();
            foreach (var (column, cell) in cells)
            {
                if (column < columns.Count && columns[column] is { } field && !values.ContainsKey(field) && ValueOf(cell, field, shared) is { Length: > 0 } value)
                    values[field] = value;
            }
            if (values.Count == 0)
                continue;
            if (rows.Count == GrantImportLimits.MaxRows)
            {
                tooMany = true;
                break;
            }
            rows.Add(new GrantImportRow((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 2)), values));
        }
        return GrantFile.FromSheet((columns ?? []).OfType<GrantField>().ToList(), rows, tooMany);
    }

    /// <summary>A cell's text as the sheet shows it, with dates in date columns and money in the amount column made exact.</summary>
    private static string? ValueOf(Cell cell, GrantField field, string[] shared)
    {
        var text = TextOf(cell, shared)?.Trim();
        if (text is null || !IsNumber(cell))
            return text;
        if (DateFields.Contains(field) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            && serial is > 0 and < 2_958_466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (field == GrantField.AmountAwarded && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var pounds)
            && Math.Round(pounds, 2) is var toThePenny && Math.Abs(pounds - toThePenny) < 0.000001m)
        {
            return toThePenny.ToString(CultureInfo.InvariantCulture);
        }
        return text;
    }

    private static bool IsNumber(Cell cell) => cell.DataType is null || cell.DataType.Value == CellValues.Number;

    private static string? TextOf(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
            return cell.InlineString?.InnerText;
        var raw = cell.CellValue?.Text;
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Length ? shared[index] : null;
        if (cell.DataType?.Value == CellValues.Date && raw is not null && DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date))
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return raw;
    }

    /// <summary>The 0-based column of a reference such as "AB12".</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterUpper(c))
                break;
            column = (column * 26) + (c - 'A' + 1);
        }
        return Math.Max(0, column - 1);
    }

    private static Stream Seekable(Stream content)
    {
        if (content.CanSeek)
            return content;
        var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
