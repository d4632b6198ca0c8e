using FunderPortal.Rounds;

namespace FunderPortal.Domain.Tests.Rounds;

public sealed class RoundAggregationTests
{
    // One criterion scored 0..100 with weight 1: a score is its own weighted total, so the statistics read plainly.
    private static readonly CriterionWeight[] Percent = [new("c", 1, 100)];

    private static ApplicationInput App(string id, long requested = 10_000, params string[] conflicted) => new(id, requested, conflicted);

    private static ScoreSheetInput Sheet(string panellist, string application, params int[] scores) => new(panellist, application, scores);

    private static AggregationInput Scoring(
        IReadOnlyList<ApplicationInput> applications, IReadOnlyList<string> panel, IReadOnlyList<ScoreSheetInput> sheets,
        RankBy rankBy = RankBy.Mean, long budget = 1_000_000, long min = 0, long max = 1_000_000,
        IReadOnlyList<CriterionWeight>? criteria = null) =>
        new(JudgingMode.Scoring, criteria ?? Percent, applications, panel, sheets, [], 0, rankBy, budget, min, max);

    /// <summary>One panellist scoring each application in turn: the scores set the ranking, highest first.</summary>
    private static AggregationInput Ranked(long budget, IReadOnlyList<(string Id, long Requested, int Score)> apps, long min = 0, long max = 1_000_000) =>
        Scoring([.. apps.Select(a => App(a.Id, a.Requested))], ["p1"], [.. apps.Select(a => Sheet("p1", a.Id, a.Score))],
            budget: budget, min: min, max: max);

    private static ApplicationResult Result(RoundResults results, string id) => results.Applications.Single(a => a.ApplicationId == id);

    [Fact]
    public void AWeightedTotalIsAPercentageOfTheBestPossibleAcrossScales()
    {
        CriterionWeight[] criteria = [new("need", 3, 4), new("reach", 1, 10), new("led", 2, 1)];
        var input = Scoring([App("a"), App("b"), App("c")], ["p1"],
            [Sheet("p1", "a", 3, 5, 1), Sheet("p1", "b", 4, 10, 1), Sheet("p1", "c", 0, 0, 0)], criteria: criteria);

        var results = RoundAggregation.Aggregate(input);

        // (3·3/4 + 1·5/10 + 2·1/1) ÷ (3+1+2) × 100 = (2.25 + 0.5 + 2) ÷ 6 × 100 = 4.75 ÷ 6 × 100 = 79.1666…
        Assert.Equal(79.16666666666667, Assert.Single(Result(results, "a").Totals).Total, 9);
        // Top of every scale is 100; bottom is 0.
        Assert.Equal(100, Result(results, "b").Mean!.Value, 9);
        Assert.Equal(0, Result(results, "c").Mean!.Value, 9);
    }

    [Fact]
    public void MeanMedianAndPopulationDeviationOfAnOddNumberOfScorers()
    {
        var input = Scoring([App("a")], ["p1", "p2", "p3"], [Sheet("p1", "a", 50), Sheet("p2", "a", 100), Sheet("p3", "a", 60)]);

        var a = Assert.Single(RoundAggregation.Aggregate(input).Applications);

        // Mean (50+100+60)/3 = 70; median of 50, 60, 100 = 60;
        // deviations −20, 30, −10 → squares 400+900+100 = 1400, ÷ 3 = 466.67, √ = 21.602.
        Assert.Equal(70, a.Mean!.Value, 9);
        Assert.Equal(60, a.Median!.Value, 9);
        Assert.Equal(Math.Sqrt(1400.0 / 3), a.StandardDeviation!.Value, 9);
        Assert.Equal((3, 3), (a.Scorers, a.EligiblePanellists));
        Assert.Equal(["p1", "p2", "p3"], a.Totals.Select(t => t.PanellistId));
    }

    [Fact]
    public void TheMedianOfAnEvenNumberOfScorersIsTheMeanOfTheMiddleTwo()
    {
        var input = Scoring([App("a")], ["p1", "p2", "p3", "p4"],
            [Sheet("p1", "a", 90), Sheet("p2", "a", 20), Sheet("p3", "a", 50), Sheet("p4", "a", 40)]);

        var a = Assert.Single(RoundAggregation.Aggregate(input).Applications);

        // Sorted 20, 40, 50, 90: median (40+50)/2 = 45; mean 200/4 = 50;
        // deviations −30, −10, 0, 40 → 900+100+0+1600 = 2600, ÷ 4 = 650, √ = 25.495.
        Assert.Equal(45, a.Median!.Value, 9);
        Assert.Equal(50, a.Mean!.Value, 9);
        Assert.Equal(Math.Sqrt(650), a.StandardDeviation!.Value, 9);
    }

    [Fact]
    public void NormalisingCorrectsAHarshAndALenientPanellistAndFlipsTheRanking()
    {
        // The harsh panellist knows c and d, the lenient one a and b, so each scores only two applications.
        ApplicationInput[] apps = [App("a", 10_000, "lenient"), App("b", 10_000, "lenient"), App("c", 10_000, "harsh"), App("d", 10_000, "harsh")];
        ScoreSheetInput[] sheets = [Sheet("harsh", "a", 40), Sheet("harsh", "b", 20), Sheet("lenient", "c", 70), Sheet("lenient", "d", 90)];

        var byMean = RoundAggregation.Aggregate(Scoring(apps, ["harsh", "lenient"], sheets));
        var normalised = RoundAggregation.Aggregate(Scoring(apps, ["harsh", "lenient"], sheets, RankBy.Normalised));

        // Means: d 90, c 70, a 40, b 20.
        Assert.Equal(["d", "c", "a", "b"], byMean.Applications.Select(a => a.ApplicationId));
        Assert.Equal([1, 2, 3, 4], byMean.Applications.Select(a => a.Rank!.Value));
        // Harsh: μ = 30, σ = √((10² + 10²)/2) = 10 → a z = (40−30)/10 = +1, b −1.
        // Lenient: μ = 80, σ = 10 → c z = (70−80)/10 = −1, d +1.
        // So a, the harsh panellist's favourite, ties d at the top and c falls to the bottom with b.
        Assert.Equal(["a", "d", "b", "c"], normalised.Applications.Select(a => a.ApplicationId));
        Assert.Equal([1, 1, 3, 3], normalised.Applications.Select(a => a.Rank!.Value));
        Assert.All(normalised.Applications, a => Assert.True(a.Tied));
        Assert.Equal([1, 1, -1, -1], normalised.Applications.Select(a => a.NormalisedScore!.Value));
        Assert.Equal(1, Assert.Single(Result(normalised, "a").Totals).ZScore, 9);
        Assert.Equal((1, 1), (Result(normalised, "a").Scorers, Result(normalised, "a").EligiblePanellists));
    }

    [Fact]
    public void APanellistWithNoSpreadOrOnlyOneApplicationHasZScoresOfZero()
    {
        var input = Scoring([App("a"), App("b")], ["flat", "once", "spread"],
            [Sheet("flat", "a", 60), Sheet("flat", "b", 60), Sheet("once", "a", 90), Sheet("spread", "a", 50), Sheet("spread", "b", 70)],
            RankBy.Normalised);

        var results = RoundAggregation.Aggregate(input);

        // flat: σ = 0 → z 0, 0. once: one application → z 0. spread: μ 60, σ 10 → a −1, b +1.
        // a = (0 + 0 − 1)/3 = −⅓; b = (0 + 1)/2 = ½.
        var a = Result(results, "a");
        Assert.Equal([0, 0, -1], a.Totals.Select(t => t.ZScore));
        Assert.Equal(-1.0 / 3, a.NormalisedScore!.Value, 9);
        Assert.Equal(0.5, Result(results, "b").NormalisedScore!.Value, 9);
        Assert.Equal(["b", "a"], results.Applications.Select(r => r.ApplicationId));
    }

    [Fact]
    public void AConflictedPanellistsSheetIsIgnoredAndTheyAreNotEligible()
    {
        // p2 is conflicted on a (and "stranger", not on the panel, does not count); p2's sheet for a is there anyway.
        var input = Scoring([App("a", 10_000, "p2", "stranger"), App("b")], ["p1", "p2", "p3"],
        [
            Sheet("p1", "a", 40), Sheet("p2", "a", 100), Sheet("p3", "a", 60),
            Sheet("p1", "b", 50),
            Sheet("ghost", "b", 100), Sheet("p1", "unknown", 100),
        ]);

        var results = RoundAggregation.Aggregate(input);

        var a = Result(results, "a");
        Assert.Equal((2, 2), (a.Scorers, a.EligiblePanellists));
        Assert.Equal(["p1", "p3"], a.Totals.Select(t => t.PanellistId));
        Assert.Equal(50, a.Mean!.Value, 9); // (40 + 60)/2, not (40 + 100 + 60)/3
        var b = Result(results, "b");
        Assert.Equal((1, 3), (b.Scorers, b.EligiblePanellists)); // the ghost's sheet is not counted either
        Assert.Equal(50, b.Mean!.Value, 9);
    }

    [Fact]
    public void DisagreementIsFlaggedAtTheThresholdAndNotBelowIt()
    {
        var input = Scoring([App("at"), App("under")], ["p1", "p2"],
            [Sheet("p1", "at", 40), Sheet("p2", "at", 80), Sheet("p1", "under", 41), Sheet("p2", "under", 79)]);

        var results = RoundAggregation.Aggregate(input);

        // at: mean 60, deviations ±20 → σ = 20 = threshold. under: mean 60, deviations ±19 → σ = 19.
        Assert.Equal(RoundAggregation.DisagreementThreshold, Result(results, "at").StandardDeviation!.Value, 9);
        Assert.True(Result(results, "at").Disagreement);
        Assert.False(Result(results, "under").Disagreement);
    }

    [Fact]
    public void EqualKeysShareARankAndTheNextRankSkips()
    {
        var results = RoundAggregation.Aggregate(Ranked(1_000_000, [("a", 1, 70), ("b", 1, 80), ("c", 1, 80), ("d", 1, 50)]));

        Assert.Equal(["b", "c", "a", "d"], results.Applications.Select(a => a.ApplicationId));
        Assert.Equal([1, 1, 3, 4], results.Applications.Select(a => a.Rank!.Value));
        Assert.Equal([true, true, false, false], results.Applications.Select(a => a.Tied));
    }

    [Fact]
    public void RoundingNoiseDoesNotSplitATie()
    {
        // On a 0..3 scale: x's totals 100/3 and 200/3 average to 49.99999999999999 in floating point; y's 0 and 100 to 50.
        var input = Scoring([App("x"), App("y")], ["p1", "p2"],
            [Sheet("p1", "x", 1), Sheet("p2", "x", 2), Sheet("p1", "y", 0), Sheet("p2", "y", 3)], criteria: [new("c", 1, 3)]);

        var results = RoundAggregation.Aggregate(input);

        Assert.NotEqual(Result(results, "x").Mean, Result(results, "y").Mean);
        Assert.All(results.Applications, a => Assert.Equal((1, true), (a.Rank!.Value, a.Tied)));
        Assert.Equal(["x", "y"], results.Applications.Select(a => a.ApplicationId)); // submission order within the tie
    }

    [Fact]
    public void ApplicationsNobodyScoredAreUnrankedUnfundedAndLast()
    {
        // b: no sheets. c: everyone conflicted, and p1's sheet for it is ignored.
        var input = Scoring([App("b"), App("c", 10_000, "p1", "p2"), App("a")], ["p1", "p2"],
            [Sheet("p1", "a", 70), Sheet("p1", "c", 100)]);

        var results = RoundAggregation.Aggregate(input);

        Assert.Equal(["a", "b", "c"], results.Applications.Select(a => a.ApplicationId));
        Assert.Equal(1, Result(results, "a").Rank);
        Assert.All(results.Applications.Skip(1), r =>
        {
            Assert.Equal((0, (int?)null, 0L), (r.Scorers, r.Rank, r.RecommendedAwardPence));
            Assert.Null(r.Mean);
            Assert.Null(r.Median);
            Assert.Null(r.StandardDeviation);
            Assert.Null(r.NormalisedScore);
            Assert.False(r.Disagreement);
            Assert.Empty(r.Totals);
        });
        Assert.Equal(0, Result(results, "c").EligiblePanellists);
        Assert.Equal((10_000, 990_000), (results.RecommendedPence, results.RemainingPence));
    }

    [Fact]
    public void AnExactFitUsesTheWholeBudget()
    {
        var results = RoundAggregation.Aggregate(Ranked(100_000, [("a", 60_000, 90), ("b", 40_000, 80)]));

        // 60,000 + 40,000 = 100,000: nothing left.
        Assert.Equal([60_000L, 40_000L], results.Applications.Select(a => a.RecommendedAwardPence));
        Assert.Equal((100_000, 100_000, 0), (results.BudgetPence, results.RecommendedPence, results.RemainingPence));
    }

    [Fact]
    public void WhenNothingFitsNothingIsRecommended()
    {
        var results = RoundAggregation.Aggregate(Ranked(10_000, [("a", 20_000, 90), ("b", 15_000, 80)]));

        Assert.All(results.Applications, a => Assert.Equal(0, a.RecommendedAwardPence));
        Assert.Equal((0, 10_000), (results.RecommendedPence, results.RemainingPence));
    }

    [Fact]
    public void AnApplicationThatDoesNotFitIsSkippedAndALaterSmallerOneFunded()
    {
        var results = RoundAggregation.Aggregate(Ranked(100_000, [("a", 70_000, 90), ("b", 50_000, 80), ("c", 25_000, 70)]));

        // a: 70,000 of 100,000 → 30,000 left; b: 50,000 > 30,000, never partly → 0; c: 25,000 ≤ 30,000 → 5,000 left.
        Assert.Equal([70_000L, 0L, 25_000L], results.Applications.Select(a => a.RecommendedAwardPence));
        Assert.Equal((95_000, 5_000), (results.RecommendedPence, results.RemainingPence));
    }

    [Fact]
    public void RequestsOutsideTheMinimumAndMaximumAwardAreNotRecommended()
    {
        var results = RoundAggregation.Aggregate(Ranked(1_000_000,
            [("over", 50_001, 90), ("under", 4_999, 80), ("max", 50_000, 70), ("min", 5_000, 60)], min: 5_000, max: 50_000));

        // The bounds are inclusive.
        Assert.Equal([0L, 0L, 50_000L, 5_000L], results.Applications.Select(a => a.RecommendedAwardPence));
        Assert.Equal(945_000, results.RemainingPence);
    }

    [Fact]
    public void TiedApplicationsAreFundedInSubmissionOrder()
    {
        var results = RoundAggregation.Aggregate(Ranked(100_000, [("first", 60_000, 80), ("second", 60_000, 80)]));

        Assert.Equal([("first", 60_000L), ("second", 0L)], results.Applications.Select(a => (a.ApplicationId, a.RecommendedAwardPence)));
    }

    [Fact]
    public void TopPicksAreCountedByBordaPointsAndTiesShareARank()
    {
        // N = 3: first pick 3 points, second 2, third 1; an application a panellist did not pick gets 0 from them.
        // p3 picked nothing, so scores nothing; p4 is conflicted on a, so their first pick counts for nothing and c keeps 2.
        var input = new AggregationInput(JudgingMode.TopPick, [], [App("a", 10_000, "p4"), App("b"), App("c"), App("d")],
            ["p1", "p2", "p3", "p4"], [],
            [new("p1", ["a", "b", "c"]), new("p2", ["b", "a", "c"]), new("p3", []), new("p4", ["a", "c"])],
            3, RankBy.Normalised, 1_000_000, 0, 1_000_000);

        var results = RoundAggregation.Aggregate(input);

        // a = 3 + 2 = 5; b = 2 + 3 + 0 = 5; c = 1 + 1 + 2 = 4; d = 0. Ranked by points whatever RankBy says.
        Assert.Equal([("a", 5L, 1, true), ("b", 5L, 1, true), ("c", 4L, 3, false), ("d", 0L, 4, false)],
            results.Applications.Select(r => (r.ApplicationId, r.Points!.Value, r.Rank!.Value, r.Tied)));
        var a = Result(results, "a");
        Assert.Equal((2, 3), (a.Scorers, a.EligiblePanellists));
        Assert.Equal([3.0, 2.0], a.Totals.Select(t => t.Total));
        // Disagreement in points: threshold 20/100 × 3 = 0.6. a: 3, 2 → σ 0.5, no.
        // b: 2, 3, 0 → mean 5/3, squares (1/3)² + (4/3)² + (5/3)² = 42/9, ÷ 3 → σ = √(14/9) ≈ 1.247, yes.
        Assert.False(a.Disagreement);
        Assert.Equal(Math.Sqrt(14.0 / 9), Result(results, "b").StandardDeviation!.Value, 9);
        Assert.True(Result(results, "b").Disagreement);
        Assert.Equal(3, Result(results, "d").Scorers);
    }

    [Fact]
    public void PointsAreOnlyForTopPickRounds() =>
        Assert.All(RoundAggregation.Aggregate(Ranked(1_000_000, [("a", 1, 50)])).Applications, a => Assert.Null(a.Points));

    [Fact]
    public void ASheetThatDoesNotFitTheRubricIsRefused()
    {
        Assert.Throws<ArgumentException>(() => RoundAggregation.Aggregate(Scoring([App("a")], ["p1"], [Sheet("p1", "a", 1, 2)])));
        Assert.Throws<ArgumentException>(() => RoundAggregation.Aggregate(Scoring([App("a")], ["p1"], [Sheet("p1", "a", 101)])));
    }

    [Fact]
    public void AFullSizeRoundAggregates()
    {
        // 1,000 applications × 25 panellists × 5 criteria = 125,000 scores; each application has one conflicted panellist.
        const int Applications = 1_000, Panellists = 25;
        CriterionWeight[] criteria = [new("c1", 3, 4), new("c2", 2, 4), new("c3", 1, 4), new("c4", 1, 10), new("c5", 2, 1)];
        var panel = Enumerable.Range(0, Panellists).Select(p => $"p{p}").ToArray();
        var apps = Enumerable.Range(0, Applications)
            .Select(a => App($"a{a}", 5_000 + (a % 20 * 1_000), panel[a % Panellists])).ToArray();
        var sheets = (from a in Enumerable.Range(0, Applications)
                      from p in Enumerable.Range(0, Panellists)
                      select Sheet(panel[p], apps[a].ApplicationId,
                          [.. criteria.Select((c, i) => ((a * 7) + (p * 13) + (i * 3)) % (c.ScaleMax + 1))])).ToArray();

        var results = RoundAggregation.Aggregate(Scoring(apps, panel, sheets, RankBy.Normalised, budget: 2_000_000, max: 20_000, criteria: criteria));

        Assert.Equal(Applications, results.Applications.Count);
        Assert.All(results.Applications, a => Assert.Equal((24, 24), (a.Scorers, a.EligiblePanellists)));
        Assert.Equal(1, results.Applications[0].Rank);
        Assert.InRange(results.RecommendedPence, 1, 2_000_000);
        Assert.Equal(results.Applications.Sum(a => a.RecommendedAwardPence), results.RecommendedPence);
    }
}
