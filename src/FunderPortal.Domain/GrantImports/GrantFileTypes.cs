namespace FunderPortal.GrantImports;

/// <summary>
/// The files an import takes, recognised as evidence files are (<see cref="Common.FileTypes"/>): by their first bytes, with
/// a name that agrees. A JSON package starts (after any byte order mark and spaces) with "{"; a workbook is a zip; a CSV
/// is text (no zero bytes) that is neither.
/// </summary>
public static class GrantFileTypes
{
    public const string JsonType = "application/json";
    public const string CsvType = "text/csv";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static GrantImportFormat? Detect(ReadOnlySpan<byte> head, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var text = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        var isZip = head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]);
        var isText = !isZip && head.Length > 0 && !head.Contains((byte)0);
        var firstVisible = text.TrimStart(" \t\r\n"u8);
        return extension switch
        {
            ".json" when isText && (firstVisible.Length == 0 || firstVisible[0] == (byte)'{') => GrantImportFormat.Json,
            ".csv" when isText && (firstVisible.Length == 0 || firstVisible[0] != (byte)'{') => GrantImportFormat.Csv,
            ".xlsx" when isZip => GrantImportFormat.Xlsx,
            _ => null,
        };
    }

    public static string ContentType(GrantImportFormat format) => format switch
    {
        GrantImportFormat.Json => JsonType,
        GrantImportFormat.Csv => CsvType,
        _ => XlsxType,
    };

    public static GrantImportFormat FormatOf(string contentType) => contentType switch
    {
        JsonType => GrantImportFormat.Json,
        CsvType => GrantImportFormat.Csv,
        _ => GrantImportFormat.Xlsx,
    };
}
