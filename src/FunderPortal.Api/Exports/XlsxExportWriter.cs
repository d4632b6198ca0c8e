using FunderPortal.Exports;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace FunderPortal.Api.Exports;

/// <summary>
/// An Excel workbook with one sheet, written row by row with SpreadCheetah (it keeps a small buffer, never the whole
/// file): a bold header row, text neutralised (<see cref="SpreadsheetText"/>), money as numbers in pounds formatted
/// <c>£#,##0.00</c>, dates and instants as dates (UTC) with a date format, counts and scores as numbers.
/// </summary>
public static class XlsxExportWriter
{
    public const string MoneyFormat = "£#,##0.00";
    public const string DateFormat = "yyyy-mm-dd";
    public const string InstantFormat = "yyyy-mm-dd hh:mm";

    public static async Task WriteAsync<T>(Stream body, ExportTable<T> table, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        // The zip inside an XLSX file closes each part with a few small synchronous writes: those are held and sent with the rest.
        var held = new HeldSyncWritesStream(body);
        await using (var book = await Spreadsheet.CreateNewAsync(held, cancellationToken: cancellationToken))
        {
            var styles = new CellStyles(
                book.AddStyle(new Style { Format = NumberFormat.Custom(MoneyFormat) }),
                book.AddStyle(new Style { Format = NumberFormat.Custom(DateFormat) }),
                book.AddStyle(new Style { Format = NumberFormat.Custom(InstantFormat) }));
            var bold = book.AddStyle(new Style { Font = { Bold = true } });
            await book.StartWorksheetAsync(table.FileStem, null, cancellationToken);
            await book.AddHeaderRowAsync([.. table.Headers], bold, cancellationToken);
            var cells = new Cell[table.Columns.Count];
            foreach (var item in rows)
            {
                var values = table.Row(item);
                for (var i = 0; i < cells.Length; i++)
                    cells[i] = styles.CellFor(values[i]);
                await book.AddRowAsync(cells, cancellationToken);
            }
            await book.FinishAsync(cancellationToken);
        }
        await held.SendHeldAsync(cancellationToken);
    }

    private sealed record CellStyles(StyleId Money, StyleId Date, StyleId Instant)
    {
        public Cell CellFor(ExportCell value) => value.Kind switch
        {
            CellKind.Text => new Cell(SpreadsheetText.Neutralise(value.Text!)),
            CellKind.Pence => new Cell(value.Pounds, Money),
            CellKind.Whole => new Cell(value.Whole),
            CellKind.Fraction => new Cell(value.Fraction),
            CellKind.Date => new Cell(value.Date.ToDateTime(TimeOnly.MinValue), Date),
            CellKind.Instant => new Cell(value.Instant.UtcDateTime, Instant),
            _ => new Cell((string?)null),
        };
    }
}
