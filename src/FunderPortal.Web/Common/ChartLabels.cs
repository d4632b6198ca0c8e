namespace FunderPortal.Web.Common;

/// <summary>
/// Places the labels at the ends of a chart's lines so none sits on another: in the order of their lines' ends, top to
/// bottom, each label goes where its line ends or, when the label above is too close, just below that one.
/// </summary>
public static class ChartLabels
{
    /// <summary>The height a 13 px label needs, with a little air.</summary>
    public const double LineHeight = 16;

    /// <summary>A generous width per character of a 13 px label, so an estimate never runs short.</summary>
    private const double CharacterWidth = 7.5;

    public sealed record Placed(string Text, double AnchorX, double AnchorY, double Y);

    /// <summary>Baselines for the labels: <paramref name="ends"/> are the lines' ends, a label's baseline sits 4 px under its end.</summary>
    public static IReadOnlyList<Placed> Stack(IReadOnlyList<(string Text, double AnchorX, double AnchorY)> ends)
    {
        List<Placed> placed = [];
        var lowest = double.NegativeInfinity;
        foreach (var (text, x, y) in ends.OrderBy(e => e.AnchorY).ThenBy(e => e.Text, StringComparer.Ordinal))
        {
            var baseline = Math.Max(y + 4, lowest + LineHeight);
            placed.Add(new Placed(text, x, y, baseline));
            lowest = baseline;
        }
        return placed;
    }

    /// <summary>The width the longest label needs.</summary>
    public static int WidthOf(IEnumerable<string> labels) => (int)Math.Ceiling(labels.Select(l => l.Length).DefaultIfEmpty(0).Max() * CharacterWidth);
}
