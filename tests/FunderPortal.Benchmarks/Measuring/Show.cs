using System.Globalization;

namespace FunderPortal.Benchmarks.Measuring;

/// <summary>How figures are written: invariant culture, units spelled out.</summary>
internal static class Show
{
    public static string Ms(double milliseconds) =>
        milliseconds.ToString(milliseconds < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Rate(double perSecond) => perSecond.ToString("#,0", CultureInfo.InvariantCulture) + " /s";

    public static string Ratio(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    public static string Median(Timings timings) =>
        $"{Ms(timings.MedianMs)} median of {timings.RepeatMs.Count} (first {Ms(timings.FirstMs)}, max {Ms(timings.MaxMs)})";

    public static string Spread(Timings timings) =>
        $"{Ms(timings.MedianMs)} / {Ms(timings.P95Ms)} / {Ms(timings.MaxMs)} of {timings.RepeatMs.Count} (first {Ms(timings.FirstMs)})";

    public static string Bytes(long bytes) => Count(bytes) + " bytes";
}
