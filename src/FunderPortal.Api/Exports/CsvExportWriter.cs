using System.Text;
using FunderPortal.Exports;
using nietras.SeparatedValues;

namespace FunderPortal.Api.Exports;

/// <summary>
/// CSV as RFC 4180 has it (comma-separated, fields with a comma, quote or line break quoted, CRLF line ends), in UTF-8
/// with a byte order mark, written row by row straight to the response with Sep: asynchronously, never the whole file
/// in memory.
/// </summary>
public static class CsvExportWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static async Task WriteAsync<T>(Stream body, ExportTable<T> table, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        // Flushed and disposed asynchronously (await using): the response refuses synchronous writes.
        await using var text = new StreamWriter(body, Utf8WithBom, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await using var csv = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen: true);
        csv.Header.Add(table.Headers);
        await csv.Header.WriteAsync(cancellationToken);
        foreach (var item in rows)
        {
            var cells = table.Row(item);
            await using var row = csv.NewRow(cancellationToken);
            for (var i = 0; i < cells.Length; i++)
                row[i].Set(cells[i].ToCsvText());
        }
        await csv.FlushAsync(cancellationToken);
        await text.FlushAsync(cancellationToken);
    }
}
