using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace FunderPortal.Api.Tests.Exports;

/// <summary>One cell read back from a workbook: its type as stored (<c>n</c> number, <c>s</c>/<c>str</c>/<c>inlineStr</c> text, <c>b</c>), its text and its number format.</summary>
public sealed record XlsxCell(string Type, string Text, string? NumberFormat)
{
    public bool IsNumber => Type == "n";

    public double Number => double.Parse(Text, CultureInfo.InvariantCulture);

    /// <summary>A date cell's day (a serial number of days since 1899-12-30, as spreadsheets count).</summary>
    public DateTime Date => DateTime.FromOADate(Number);
}

/// <summary>
/// The first worksheet of an XLSX file, read with nothing but the zip and XML readers: what a spreadsheet program
/// would show (shared or inline strings, numbers, and each cell's number format from the styles).
/// </summary>
public sealed class XlsxSheet
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public required IReadOnlyList<IReadOnlyList<XlsxCell>> Rows { get; init; }

    public static XlsxSheet Read(byte[] file)
    {
        using var zip = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read);
        var shared = zip.GetEntry("xl/sharedStrings.xml") is { } sharedEntry
            ? Load(sharedEntry).Descendants(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList()
            : [];
        var formats = Formats(zip.GetEntry("xl/styles.xml") is { } styles ? Load(styles) : null);
        var sheet = Load(zip.GetEntry("xl/worksheets/sheet1.xml") ?? throw new InvalidDataException("No first worksheet."));
        var rows = sheet.Descendants(Main + "row").Select(row => (IReadOnlyList<XlsxCell>)[.. row.Elements(Main + "c").Select(c =>
        {
            var type = (string?)c.Attribute("t") ?? "n";
            var text = type switch
            {
                "s" => shared[int.Parse(c.Element(Main + "v")!.Value, CultureInfo.InvariantCulture)],
                "inlineStr" => string.Concat(c.Descendants(Main + "t").Select(t => t.Value)),
                _ => c.Element(Main + "v")?.Value ?? "",
            };
            var style = (int?)c.Attribute("s") ?? 0;
            return new XlsxCell(type is "s" or "inlineStr" ? "str" : type, text, style < formats.Count ? formats[style] : null);
        })]).ToList();
        return new XlsxSheet { Rows = rows };
    }

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    /// <summary>Each cell style's number format code (custom ones by their code, built-in date 14 as yyyy-mm-dd), by style index.</summary>
    private static List<string?> Formats(XDocument? styles)
    {
        if (styles is null)
            return [];
        var custom = styles.Descendants(Main + "numFmt").ToDictionary(f => (int)f.Attribute("numFmtId")!, f => (string)f.Attribute("formatCode")!);
        var cellXfs = styles.Descendants(Main + "cellXfs").SingleOrDefault()?.Elements(Main + "xf") ?? [];
        return [.. cellXfs.Select(xf => (int?)xf.Attribute("numFmtId") switch
        {
            { } id when custom.TryGetValue(id, out var code) => code,
            14 => "yyyy-mm-dd",
            _ => null,
        })];
    }
}
