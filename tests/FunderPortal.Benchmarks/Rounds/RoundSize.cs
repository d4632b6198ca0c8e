namespace FunderPortal.Benchmarks.Rounds;

/// <summary>
/// How large the benchmark's round is: issue 5's 1,000 applications scored by 25 panellists, or a quick run's 100 by
/// 10, whose 1,000 sheets still take the round's stream past a snapshot (every <see cref="FunderPortal.Rounds.RoundLimits.SnapshotEvery"/>
/// events), so every step has something to measure.
/// </summary>
internal sealed record RoundSize(int Applications, int Panellists)
{
    public static RoundSize Full { get; } = new(1_000, 25);

    public static RoundSize Quick { get; } = new(100, 10);

    public int Scores => Applications * Panellists * BenchRound.Criteria;
}
