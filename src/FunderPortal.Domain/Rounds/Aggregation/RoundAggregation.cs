namespace FunderPortal.Rounds;

/// <summary>
/// The panel's judgements turned into results, a ranking and a recommended allocation: the product's documented
/// method. Pure and deterministic (no I/O, no clock); linear in the number of scores.
/// <list type="bullet">
/// <item><b>Weighted total</b> (Scoring) of a panellist for an application = Σ weight·score/scaleMax ÷ Σ weight × 100:
/// a percentage of the best possible, so criteria on different scales are comparable.</item>
/// <item><b>Borda count</b> (TopPick): a pick at position k of N = <see cref="AggregationInput.TopPickCount"/> earns
/// N − k + 1 points; a panellist who submitted picks gives every other application they may judge 0. That is their
/// total; <see cref="ApplicationResult.Points"/> is the sum over panellists.</item>
/// <item><b>Scorers</b>: panellists with a sheet (or non-empty picks) who are not conflicted on the application;
/// conflicted panellists' judgements are ignored, even if present.</item>
/// <item><b>Mean, median, standard deviation</b> (population, ÷ n) of the scorers' totals.</item>
/// <item><b>Normalised score</b>: the mean of the scorers' z-scores, z = (total − μ) / σ over everything that panellist
/// scored (population σ); z = 0 when σ = 0 or they scored fewer than 2 applications. Corrects harsh and lenient
/// panellists.</item>
/// <item><b>Disagreement</b>: standard deviation ≥ <see cref="DisagreementThreshold"/> (on the 0–100 scale); in TopPick
/// the threshold is scaled to points: <see cref="DisagreementThreshold"/> / 100 × N.</item>
/// <item><b>Ranking</b>: by mean or normalised score (<see cref="AggregationInput.RankBy"/>), or by points in TopPick,
/// highest first; keys within <see cref="Tolerance"/> of each other share a rank (1, 1, 3) and are flagged tied;
/// applications nobody scored are unranked and last.</item>
/// <item><b>Allocation</b>: in rank order (ties in submission order), the full amount requested when it is within the
/// minimum and maximum award and what is left of the budget, otherwise nothing (never a partial award); later,
/// smaller requests may still fit.</item>
/// </list>
/// </summary>
public static partial class RoundAggregation
{
    /// <summary>Standard deviation (0–100 scale) at or above which panellists disagree strongly.</summary>
    public const double DisagreementThreshold = 20;

    /// <summary>
    /// How close two floating-point values must be to count as equal: for ties, for σ = 0 and for the disagreement
    /// threshold, so rounding noise (e.g. 100/3 summed three times) neither splits a tie nor invents a spread.
    /// </summary>
    public const double Tolerance = 1e-9;

    /// <exception cref="ArgumentException">
    /// The input breaks the round's own rules: an application listed twice, an undefined mode, a counted sheet with
    /// the wrong number of scores or a score outside 0..scaleMax, criteria without a positive total weight, or picks
    /// longer than <see cref="AggregationInput.TopPickCount"/>.
    /// </exception>
    public static RoundResults Aggregate(AggregationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Enum.IsDefined(input.Mode) || !Enum.IsDefined(input.RankBy))
            throw new ArgumentException("Undefined judging mode or rank-by.", nameof(input));

        var grid = Grid.Build(input);
        var z = ZScores(grid);
        var summaries = new Summary[grid.ApplicationCount];
        for (var a = 0; a < summaries.Length; a++)
            summaries[a] = Summarise(input, grid, z, a);

        var (order, ranks, tied) = Rank(input, summaries);

        var awards = new long[summaries.Length];
        var left = input.BudgetPence;
        foreach (var a in order)
        {
            var requested = input.Applications[a].AmountRequestedPence;
            if (ranks[a] is null || requested < input.MinAwardPence || requested > input.MaxAwardPence || requested > left)
                continue;
            awards[a] = requested;
            left -= requested;
        }

        var applications = new ApplicationResult[order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var a = order[i];
            var s = summaries[a];
            applications[i] = new ApplicationResult(input.Applications[a].ApplicationId, s.Totals, s.Mean, s.Median,
                s.StandardDeviation, s.Normalised, s.Totals.Count, grid.EligiblePanellists(a), s.Disagreement, ranks[a],
                tied[a], s.Points, awards[a]);
        }
        return new RoundResults(input.Mode, input.RankBy, input.BudgetPence, input.BudgetPence - left, left, applications);
    }

    private sealed record Summary(
        IReadOnlyList<PanellistTotal> Totals, double? Mean, double? Median, double? StandardDeviation, double? Normalised,
        bool Disagreement, long? Points);

    /// <summary>Each panellist's totals normalised against their own mean and spread, computed once for the round.</summary>
    private static double[] ZScores(Grid grid)
    {
        var z = new double[grid.Scored.Length];
        for (var p = 0; p < grid.PanellistCount; p++)
        {
            var n = 0;
            var sum = 0.0;
            for (var a = 0; a < grid.ApplicationCount; a++)
            {
                var i = grid.Index(a, p);
                if (!grid.Scored[i])
                    continue;
                n++;
                sum += grid.Total[i];
            }
            if (n < 2)
                continue;

            var mean = sum / n;
            var squares = 0.0;
            for (var a = 0; a < grid.ApplicationCount; a++)
            {
                var i = grid.Index(a, p);
                if (grid.Scored[i])
                    squares += (grid.Total[i] - mean) * (grid.Total[i] - mean);
            }
            var sd = Math.Sqrt(squares / n);
            if (sd <= Tolerance)
                continue;

            for (var a = 0; a < grid.ApplicationCount; a++)
            {
                var i = grid.Index(a, p);
                if (grid.Scored[i])
                    z[i] = (grid.Total[i] - mean) / sd;
            }
        }
        return z;
    }

    private static Summary Summarise(AggregationInput input, Grid grid, double[] z, int a)
    {
        var totals = new List<PanellistTotal>();
        var values = new List<double>();
        var zSum = 0.0;
        var points = 0L;
        for (var p = 0; p < grid.PanellistCount; p++)
        {
            var i = grid.Index(a, p);
            if (!grid.Scored[i])
                continue;
            totals.Add(new PanellistTotal(grid.PanellistIds[p], grid.Total[i], z[i]));
            values.Add(grid.Total[i]);
            zSum += z[i];
            points += (long)grid.Total[i];
        }

        var topPick = input.Mode == JudgingMode.TopPick;
        if (values.Count == 0)
            return new Summary([], null, null, null, null, false, null);

        var mean = values.Sum() / values.Count;
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
        var threshold = topPick ? DisagreementThreshold / 100 * input.TopPickCount : DisagreementThreshold;
        return new Summary(totals, mean, Median(values), sd, zSum / values.Count, sd >= threshold - Tolerance,
            topPick ? points : null);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Competition ranking (1, 1, 3) of the applications anyone scored; the output order, unranked last.</summary>
    private static (List<int> Order, int?[] Ranks, bool[] Tied) Rank(AggregationInput input, Summary[] summaries)
    {
        double Key(int a) => input.Mode == JudgingMode.TopPick ? summaries[a].Points!.Value
            : input.RankBy == RankBy.Normalised ? summaries[a].Normalised!.Value
            : summaries[a].Mean!.Value;

        var ranked = Enumerable.Range(0, summaries.Length).Where(a => summaries[a].Totals.Count > 0)
            .OrderByDescending(Key).ThenBy(a => a).ToList();
        var order = new List<int>(summaries.Length);
        var ranks = new int?[summaries.Length];
        var tied = new bool[summaries.Length];
        for (var start = 0; start < ranked.Count;)
        {
            // Compare with the group's first key, not the previous one, so near-equal keys cannot chain into one tie.
            var leader = Key(ranked[start]);
            var end = start + 1;
            while (end < ranked.Count && leader - Key(ranked[end]) <= Tolerance)
                end++;
            foreach (var a in ranked.GetRange(start, end - start).Order())
            {
                ranks[a] = start + 1;
                tied[a] = end - start > 1;
                order.Add(a);
            }
            start = end;
        }
        order.AddRange(Enumerable.Range(0, summaries.Length).Where(a => summaries[a].Totals.Count == 0));
        return (order, ranks, tied);
    }
}
