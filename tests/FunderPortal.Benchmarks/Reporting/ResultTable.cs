namespace FunderPortal.Benchmarks.Reporting;

/// <summary>Every figure of the run: echoed as it is measured, then printed together as one table.</summary>
internal sealed class ResultTable
{
    private static readonly string[] Headings = ["section", "figure", "value", "target", "result"];
    private readonly List<Figure> _figures = [];

    public bool AllTargetsPassed => _figures.TrueForAll(f => f.Passed != false);

    public int TargetCount => _figures.Count(f => f.Passed is not null);

    public int FailedCount => _figures.Count(f => f.Passed == false);

    public void Add(Figure figure)
    {
        _figures.Add(figure);
        var target = figure.Passed is null ? "" : $"   [{figure.Target}: {figure.Verdict}]";
        Console.WriteLine($"    {figure.Name}: {figure.Value}{target}");
    }

    public void Print(TextWriter writer)
    {
        var rows = _figures.Select(f => new[] { f.Section, f.Name, f.Value, f.Target, f.Verdict }).ToList();
        var widths = Headings.Select((h, column) => rows.Select(r => r[column].Length).Append(h.Length).Max()).ToArray();
        writer.WriteLine(Line(Headings, widths));
        writer.WriteLine(Line(widths.Select(w => new string('-', w)).ToArray(), widths));
        foreach (var row in rows)
            writer.WriteLine(Line(row, widths));
    }

    private static string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((cell, column) => cell.PadRight(widths[column]))) + " |";
}
