using System.Globalization;

namespace FunderPortal.Benchmarks;

/// <summary>
/// What to run, from the command line: <c>[all|scenario…] [--quick] [--events N] [--clients N] [--seconds N]</c>. No
/// scenario named, or <c>all</c>, runs every scenario of <see cref="Scenario.All"/>.
/// </summary>
internal sealed record BenchmarkOptions(IReadOnlyList<Scenario> Scenarios, bool Quick, int Events, int Clients, TimeSpan MeasuredWriting)
{
    /// <summary>The documented run's sizes.</summary>
    private const int FullEvents = 10_000, FullClients = 100, FullSeconds = 15;

    /// <summary>A quick run's sizes, where not given: every step of every scenario, in seconds rather than minutes.</summary>
    private const int QuickEvents = 300, QuickClients = 10, QuickSeconds = 2;

    public static string Usage { get; } = $"""
        usage: dotnet run -c Release --project tests/FunderPortal.Benchmarks -- [all|{string.Join("|", Scenario.All.Select(s => s.Name))}]... [options]
          all          (default) every scenario below, in this order
        {string.Join(Environment.NewLine, Scenario.All.Select(s => $"  {s.Name,-12} {s.Summary}"))}
          --quick      every scenario end to end at small sizes (about a minute): checks every answer is 2xx and every
                       check holds, prints the figures, judges no target; exit code 0, or 2 when a scenario failed
          --events N   events appended to the one history charity        (default {FullEvents}, quick {QuickEvents}; 200..100000)
          --clients N  concurrent writers, one charity each              (default {FullClients}, quick {QuickClients}; 1..1000)
          --seconds N  measured seconds of concurrent writing            (default {FullSeconds}, quick {QuickSeconds}; 1..120)
          --except S   leave scenario S out (./test.sh runs due-dates, which mostly waits for midnight, beside the tests)
        """;

    /// <summary>How long the whole run may take before everything is cancelled.</summary>
    public TimeSpan Deadline => Quick ? TimeSpan.FromMinutes(5) : TimeSpan.FromMinutes(15);

    /// <summary>The options, or null when the arguments are not understood.</summary>
    public static BenchmarkOptions? Parse(IReadOnlyList<string> args)
    {
        var named = new List<Scenario>();
        var skipped = new List<Scenario>();
        var quick = false;
        int? events = null, clients = null, seconds = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "all":
                    named.AddRange(Scenario.All);
                    break;
                case "--quick":
                    quick = true;
                    break;
                case "--events" when Number(args, ++i, 200, 100_000) is { } n:
                    events = n;
                    break;
                case "--clients" when Number(args, ++i, 1, 1_000) is { } n:
                    clients = n;
                    break;
                case "--seconds" when Number(args, ++i, 1, 120) is { } n:
                    seconds = n;
                    break;
                case "--except" when i + 1 < args.Count && Scenario.All.FirstOrDefault(s => s.Name == args[i + 1]) is { } left:
                    skipped.Add(left);
                    i++;
                    break;
                case var name when Scenario.All.FirstOrDefault(s => s.Name == name) is { } scenario:
                    named.Add(scenario);
                    break;
                default:
                    return null;
            }
        }
        var scenarios = (named.Count == 0 ? Scenario.All : [.. Scenario.All.Where(named.Contains)]).Where(s => !skipped.Contains(s)).ToList();
        return new BenchmarkOptions(scenarios, quick,
            events ?? (quick ? QuickEvents : FullEvents),
            clients ?? (quick ? QuickClients : FullClients),
            TimeSpan.FromSeconds(seconds ?? (quick ? QuickSeconds : FullSeconds)));
    }

    /// <summary>The documented size, or the quick run's.</summary>
    public T Pick<T>(T full, T quick) => Quick ? quick : full;

    private static int? Number(IReadOnlyList<string> args, int index, int min, int max) =>
        index < args.Count && int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max
            ? value
            : null;
}
