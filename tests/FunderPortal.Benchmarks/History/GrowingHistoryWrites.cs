using System.Diagnostics;
using System.Net;
using FunderPortal.Benchmarks.Http;
using FunderPortal.Benchmarks.Measuring;
using FunderPortal.Benchmarks.Reporting;

namespace FunderPortal.Benchmarks.History;

/// <summary>
/// Target 1, history does not make writes slower: one client appends events to one charity one after the
/// other, and the median time of the last 100 writes is compared with that of the first 100.
/// </summary>
internal static class GrowingHistoryWrites
{
    public const int Compared = 100;
    public const double MaxRatio = 1.5;
    private const int Tenths = 10;

    /// <summary>The time of each write in milliseconds, request sent to answer read; throws on any answer but 200.</summary>
    public static async Task<double[]> WriteAsync(RungWriter writer, int count, CancellationToken cancellationToken)
    {
        var milliseconds = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var status = await writer.WriteAsync(cancellationToken);
            milliseconds[i] = Samples.MillisecondsSince(start);
            if (status != HttpStatusCode.OK)
                throw new InvalidOperationException($"Write {i + 1} to {writer.OrgId} answered {(int)status}.");
        }
        return milliseconds;
    }

    /// <summary>Writes one after another until <paramref name="duration"/> has passed; returns how many.</summary>
    public static async Task<int> WriteForAsync(RungWriter writer, TimeSpan duration, CancellationToken cancellationToken)
    {
        var count = 0;
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < duration; count++)
            await WriteAsync(writer, 1, cancellationToken);
        return count;
    }

    /// <summary>
    /// The control: writes alternating between a charity with no history and one with a long history, in the
    /// same warm process at the same moment, so only the length of history differs between the two.
    /// </summary>
    public static async Task<(double[] Fresh, double[] Long)> InterleaveAsync(
        RungWriter fresh, RungWriter longHistory, int rounds, CancellationToken cancellationToken)
    {
        var freshMs = new List<double>(rounds);
        var longMs = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            freshMs.AddRange(await WriteAsync(fresh, 1, cancellationToken));
            longMs.AddRange(await WriteAsync(longHistory, 1, cancellationToken));
        }
        return ([.. freshMs], [.. longMs]);
    }

    public static void ReportControl(string section, double[] fresh, double[] longHistory, long events, ResultTable table)
    {
        var ratio = Samples.Median(longHistory) / Samples.Median(fresh);
        table.Add(new Figure(section, $"control, interleaved: write to a new charity / to the {Show.Count(events)}-event one",
            $"{Show.Ms(Samples.Median(fresh))} / {Show.Ms(Samples.Median(longHistory))} median of {fresh.Length} each"));
        table.Add(new Figure(section, "control: long history / new, same moment", Show.Ratio(ratio), $"<= {Show.Ratio(MaxRatio)}", ratio <= MaxRatio));
    }

    public static void Report(string section, double[] milliseconds, ResultTable table)
    {
        var first = Samples.Median(milliseconds.Take(Compared));
        var last = Samples.Median(milliseconds.TakeLast(Compared));
        var ratio = last / first;
        var tenth = milliseconds.Length / Tenths;
        var perTenth = Enumerable.Range(0, Tenths).Select(t => Samples.Median(milliseconds.Skip(t * tenth).Take(tenth)));

        table.Add(new Figure(section, $"write, median of first {Compared}", Show.Ms(first)));
        table.Add(new Figure(section, $"write, median of last {Compared}", Show.Ms(last)));
        table.Add(new Figure(section, $"write time, last {Compared} / first {Compared}", Show.Ratio(ratio), $"<= {Show.Ratio(MaxRatio)}", ratio <= MaxRatio));
        table.Add(new Figure(section, $"write, median of each tenth of {Show.Count(milliseconds.Length)}",
            string.Join(" ", perTenth.Select(m => Show.Ms(m).Replace(" ms", "", StringComparison.Ordinal))) + " ms"));
        table.Add(new Figure(section, "write, all: median / p99 / max",
            $"{Show.Ms(Samples.Median(milliseconds))} / {Show.Ms(Samples.Percentile(milliseconds, 99))} / {Show.Ms(milliseconds.Max())}"));
        table.Add(new Figure(section, "sequential writes per second (one client)", Show.Rate(milliseconds.Length / (milliseconds.Sum() / 1000))));
    }
}
