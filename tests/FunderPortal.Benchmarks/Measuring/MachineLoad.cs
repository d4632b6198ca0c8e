using System.Globalization;

namespace FunderPortal.Benchmarks.Measuring;

/// <summary>The system's load averages, shown with the figures: other work on the machine skews them.</summary>
internal static class MachineLoad
{
    private const string LoadAverageFile = "/proc/loadavg";

    /// <summary>"1.02 0.87 0.55" (1, 5 and 15 minutes), or "unknown" off Linux.</summary>
    public static string Now() =>
        File.Exists(LoadAverageFile)
            ? string.Join(" ", File.ReadAllText(LoadAverageFile, System.Text.Encoding.ASCII).Split(' ').Take(3))
            : "unknown";

    public static string Describe() => $"load average {Now()} with {Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)} processors";
}
