namespace FunderPortal.Benchmarks.Reporting;

/// <summary>
/// Every figure of the run: echoed as it is measured, then printed together as one table. A quick run
/// (<paramref name="judgesTargets"/> false) shows each target beside its figure but judges none: its sizes are too small
/// for the targets to mean anything.
/// </summary>
internal sealed class ResultTable(bool judgesTargets = true)
{
    public const string NotJudged = "not judged (quick)";

    private static readonly string[] Headings = ["section", "figure", "value", "target", "result"];
    private readonly List<Figure> _figures = [];

    public bool JudgesTargets { get; } = judgesTargets;

    public bool AllTargetsPassed => !JudgesTargets || _figures.TrueForAll(f => f.Passed != false);

    public int TargetCount => _figures.Count(f => f.Passed is not null);

    public int FailedCount => JudgesTargets ? _figures.Count(f => f.Passed == false) : 0;

    public void Add(Figure figure)
    {
        _figures.Add(figure);
        var target = figure.Passed is null ? "" : $"   [{figure.Target}: {Verdict(figure)}]";
        Console.WriteLine($"    {figure.Name}: {figure.Value}{target}");
    }

    public void Print(TextWriter writer)
    {
        var rows = _figures.Select(f => new[] { f.Section, f.Name, f.Value, f.Target, Verdict(f) }).ToList();
        var widths = Headings.Select((h, column) => rows.Select(r => r[column].Length).Append(h.Length).Max()).ToArray();
        writer.WriteLine(Line(Headings, widths));
        writer.WriteLine(Line(widths.Select(w => new string('-', w)).ToArray(), widths));
        foreach (var row in rows)
            writer.WriteLine(Line(row, widths));
    }

    private string Verdict(Figure figure) => figure.Passed is not null && !JudgesTargets ? NotJudged : figure.Verdict;

    private static string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((cell, column) => cell.PadRight(widths[column]))) + " |";
}
