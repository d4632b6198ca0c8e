using nietras.SeparatedValues;

namespace FunderPortal.GrantImports;

/// <summary>
/// A CSV file (UTF-8, with or without a byte order mark) whose first row holds the 360Giving column titles; columns the
/// import does not read are left alone. Row numbers are a spreadsheet's: the titles are row 1.
/// </summary>
internal static class CsvGrantFile
{
    public static GrantFile Read(Stream content)
    {
        try
        {
            using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(content);
            var columns = reader.Header.ColNames.Select(GrantFields.ForColumn).ToList();
            var present = columns.OfType<GrantField>().ToList();
            List<GrantImportRow> rows = [];
            var tooMany = false;
            foreach (var row in reader)
            {
                var values = new Dictionary<GrantField, string>();
                for (var i = 0; i < Math.Min(row.ColCount, columns.Count); i++)
                {
                    if (columns[i] is { } field && !values.ContainsKey(field) && row[i].Span.Trim().Length > 0)
                        values[field] = row[i].ToString();
                }
                if (values.Count == 0)
                    continue; // an empty line, as spreadsheets leave at the end
                if (rows.Count == GrantImportLimits.MaxRows)
                {
                    tooMany = true;
                    break;
                }
                rows.Add(new GrantImportRow(row.RowIndex + 1, values));
            }
            return GrantFile.FromSheet(present, rows, tooMany);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or FormatException or NotSupportedException)
        {
            return GrantFile.Unreadable("file", $"Not a CSV file that can be read: {e.Message}");
        }
    }
}
