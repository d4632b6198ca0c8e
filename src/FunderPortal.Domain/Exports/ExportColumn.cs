namespace FunderPortal.Exports;

/// <summary>One column of an export: its header as a grants officer reads it, and its cell for one row.</summary>
public sealed record ExportColumn<T>(string Header, Func<T, ExportCell> Cell);

/// <summary>The columns of one export, in order, and the name its files start with.</summary>
public sealed record ExportTable<T>(string FileStem, IReadOnlyList<ExportColumn<T>> Columns)
{
    public IReadOnlyList<string> Headers { get; } = [.. Columns.Select(c => c.Header)];

    /// <summary>One row's cells, in the columns' order.</summary>
    public ExportCell[] Row(T item)
    {
        var cells = new ExportCell[Columns.Count];
        for (var i = 0; i < cells.Length; i++)
            cells[i] = Columns[i].Cell(item);
        return cells;
    }
}
