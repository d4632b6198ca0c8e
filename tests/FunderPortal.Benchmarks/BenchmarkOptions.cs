using System.Globalization;

namespace FunderPortal.Benchmarks;

/// <summary>What to run, from the command line: <c>all|history|throughput|portfolio|rounds [--events N] [--clients N] [--seconds N]</c>.</summary>
internal sealed record BenchmarkOptions(bool History, bool Throughput, bool Portfolio, bool Rounds, int Events, int Clients, TimeSpan MeasuredWriting)
{
    public const string Usage = """
        usage: dotnet run -c Release --project tests/FunderPortal.Benchmarks -- [all|history|throughput|portfolio|rounds] [options]
          all          (default) every figure below
          history      writes with a growing history, activation, asOf   (targets 1-3)
          throughput   concurrent HTTP writes against raw SQLite commits (target 4)
          portfolio    a funder's portfolio of 1,000 shared charities    (target 5)
          rounds       a grant round of 1,000 applications x 25 panellists x 5 criteria (targets 6-11)
          --events N   events appended to the one history charity        (default 10000, 200..100000)
          --clients N  concurrent writers, one charity each              (default 100, 1..1000)
          --seconds N  measured seconds of concurrent writing            (default 15, 1..120)
        """;

    public static BenchmarkOptions Default { get; } = new(true, true, true, true, 10_000, 100, TimeSpan.FromSeconds(15));

    /// <summary>The options, or null when the arguments are not understood.</summary>
    public static BenchmarkOptions? Parse(IReadOnlyList<string> args)
    {
        var options = Default;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "all":
                    options = options with { History = true, Throughput = true, Portfolio = true, Rounds = true };
                    break;
                case "history":
                    options = options with { History = true, Throughput = false, Portfolio = false, Rounds = false };
                    break;
                case "throughput":
                    options = options with { History = false, Throughput = true, Portfolio = false, Rounds = false };
                    break;
                case "portfolio":
                    options = options with { History = false, Throughput = false, Portfolio = true, Rounds = false };
                    break;
                case "rounds":
                    options = options with { History = false, Throughput = false, Portfolio = false, Rounds = true };
                    break;
                case "--events" when Number(args, ++i, 200, 100_000) is { } events:
                    options = options with { Events = events };
                    break;
                case "--clients" when Number(args, ++i, 1, 1_000) is { } clients:
                    options = options with { Clients = clients };
                    break;
                case "--seconds" when Number(args, ++i, 1, 120) is { } seconds:
                    options = options with { MeasuredWriting = TimeSpan.FromSeconds(seconds) };
                    break;
                default:
                    return null;
            }
        }
        return options;
    }

    private static int? Number(IReadOnlyList<string> args, int index, int min, int max) =>
        index < args.Count && int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max
            ? value
            : null;
}
