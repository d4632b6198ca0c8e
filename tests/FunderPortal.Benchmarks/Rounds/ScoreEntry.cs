using System.Diagnostics;
using FunderPortal.Benchmarks.Measuring;

namespace FunderPortal.Benchmarks.Rounds;

/// <summary>
/// Every panellist scores every application: the 25 panellists write at once, each going through the 1,000
/// applications one after another, as panellists at their own screens would. Every sheet's latency is kept with
/// the moment it was acknowledged, so slow writes can be placed against the round's event count.
/// </summary>
internal sealed record ScoreEntry(DateTimeOffset StartedUtc, long StartedAt, TimeSpan Elapsed, IReadOnlyList<double> LatencyMs, IReadOnlyList<long> AcknowledgedAt)
{
    public int Sheets => LatencyMs.Count;

    public static async Task<ScoreEntry> RunAsync(BenchRound round, CancellationToken cancellationToken)
    {
        var perPanellist = new (double Ms, long At)[round.Panel.Count][];
        var startedUtc = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(round.Panel.Select((panellist, p) => Task.Run(async () =>
        {
            var sheets = new (double, long)[round.ApplicationIds.Count];
            for (var a = 0; a < round.ApplicationIds.Count; a++)
            {
                var sent = Stopwatch.GetTimestamp();
                var status = await panellist.ScoreAsync(round.RoundId, round.ApplicationIds[a], BenchRound.ScoresFor(p, a), cancellationToken);
                if (!Http.RungWriter.IsSuccess(status))
                    throw new InvalidOperationException($"Panellist {p + 1} scoring application {a + 1} answered {(int)status}.");
                var at = Stopwatch.GetTimestamp();
                sheets[a] = (Stopwatch.GetElapsedTime(sent, at).TotalMilliseconds, at);
            }
            perPanellist[p] = sheets;
        }, cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var all = perPanellist.SelectMany(s => s).OrderBy(s => s.At).ToList();
        return new ScoreEntry(startedUtc, started, elapsed, [.. all.Select(s => s.Ms)], [.. all.Select(s => s.At)]);
    }

    public double Percentile(double percent) => Samples.Percentile(LatencyMs, percent);

    /// <summary>
    /// The sheets acknowledged as the round's stream passed a multiple of <paramref name="every"/> events, with the
    /// one before and after (acknowledgements of concurrent writers arrive in about, not exactly, commit order).
    /// </summary>
    public IReadOnlyList<double> AroundMultiplesOf(int every, long versionBefore)
    {
        var near = new List<double>();
        for (var i = 0; i < LatencyMs.Count; i++)
        {
            var version = versionBefore + i + 1;
            var offset = version % every;
            if (offset <= 1 || offset == every - 1)
                near.Add(LatencyMs[i]);
        }
        return near;
    }

    /// <summary>The slowest sheets, with how far into the run each was acknowledged.</summary>
    public IEnumerable<(double Ms, double AtSeconds)> Slowest(int count) =>
        LatencyMs.Select((ms, i) => (ms, Stopwatch.GetElapsedTime(StartedAt, AcknowledgedAt[i]).TotalSeconds))
            .OrderByDescending(s => s.ms).Take(count);

    /// <summary>When in the run (seconds, to a tenth) sheets slower than <paramref name="milliseconds"/> were acknowledged: stalls show as clusters.</summary>
    public IReadOnlyList<double> StallsOver(double milliseconds) =>
        [.. LatencyMs.Select((ms, i) => (ms, i)).Where(s => s.ms > milliseconds)
            .Select(s => Math.Round(Stopwatch.GetElapsedTime(StartedAt, AcknowledgedAt[s.i]).TotalSeconds, 1)).Distinct().Order()];
}
