namespace FunderPortal.Rounds;

public static partial class RoundAggregation
{
    /// <summary>
    /// Every counted judgement as a total per (application, panellist), in flat arrays so the statistics are
    /// linear scans with no lookups. Judgements from unknown panellists, of unknown applications, or by a panellist
    /// conflicted on the application are not counted.
    /// </summary>
    private sealed class Grid
    {
        public required int ApplicationCount { get; init; }
        public required string[] PanellistIds { get; init; }
        public int PanellistCount => PanellistIds.Length;
        public required bool[] Conflicted { get; init; }
        public required int[] ConflictedCount { get; init; }
        public required bool[] Scored { get; init; }
        public required double[] Total { get; init; }

        public int Index(int application, int panellist) => (application * PanellistCount) + panellist;

        public int EligiblePanellists(int application) => PanellistCount - ConflictedCount[application];

        public static Grid Build(AggregationInput input)
        {
            var applicationIndex = new Dictionary<string, int>(input.Applications.Count, StringComparer.Ordinal);
            for (var a = 0; a < input.Applications.Count; a++)
            {
                if (!applicationIndex.TryAdd(input.Applications[a].ApplicationId, a))
                    throw new ArgumentException($"Application {input.Applications[a].ApplicationId} is listed twice.", nameof(input));
            }

            // A panellist listed twice is still one panellist.
            var panellistIndex = new Dictionary<string, int>(input.PanellistIds.Count, StringComparer.Ordinal);
            var panellistIds = new List<string>(input.PanellistIds.Count);
            foreach (var id in input.PanellistIds)
            {
                if (panellistIndex.TryAdd(id, panellistIds.Count))
                    panellistIds.Add(id);
            }

            var size = input.Applications.Count * panellistIds.Count;
            var grid = new Grid
            {
                ApplicationCount = input.Applications.Count,
                PanellistIds = [.. panellistIds],
                Conflicted = new bool[size],
                ConflictedCount = new int[input.Applications.Count],
                Scored = new bool[size],
                Total = new double[size],
            };
            for (var a = 0; a < input.Applications.Count; a++)
            {
                foreach (var id in input.Applications[a].ConflictedPanellistIds)
                {
                    if (panellistIndex.TryGetValue(id, out var p) && !grid.Conflicted[grid.Index(a, p)])
                    {
                        grid.Conflicted[grid.Index(a, p)] = true;
                        grid.ConflictedCount[a]++;
                    }
                }
            }

            if (input.Mode == JudgingMode.Scoring)
                grid.CountSheets(input, applicationIndex, panellistIndex);
            else
                grid.CountPicks(input, applicationIndex, panellistIndex);
            return grid;
        }

        /// <summary>Weighted totals; a later sheet for the same panellist and application replaces an earlier one.</summary>
        private void CountSheets(AggregationInput input, Dictionary<string, int> applicationIndex, Dictionary<string, int> panellistIndex)
        {
            var criteria = input.Criteria;
            var weightSum = 0.0;
            foreach (var c in criteria)
            {
                if (!double.IsFinite(c.Weight) || c.Weight < 0 || c.ScaleMax < 1)
                    throw new ArgumentException($"Criterion {c.Id} needs a weight of 0 or more and a scale of 1 or more.", nameof(input));
                weightSum += c.Weight;
            }

            foreach (var sheet in input.Sheets)
            {
                if (!applicationIndex.TryGetValue(sheet.ApplicationId, out var a) || !panellistIndex.TryGetValue(sheet.PanellistId, out var p)
                    || Conflicted[Index(a, p)])
                {
                    continue;
                }
                if (weightSum <= 0)
                    throw new ArgumentException("The criteria's weights must add up to more than 0.", nameof(input));
                if (sheet.Scores.Count != criteria.Count)
                    throw new ArgumentException($"A sheet for {sheet.ApplicationId} has {sheet.Scores.Count} scores for {criteria.Count} criteria.", nameof(input));

                var weighted = 0.0;
                for (var c = 0; c < criteria.Count; c++)
                {
                    var score = sheet.Scores[c];
                    if (score < 0 || score > criteria[c].ScaleMax)
                        throw new ArgumentException($"A score of {score} for {criteria[c].Id} is outside 0..{criteria[c].ScaleMax}.", nameof(input));
                    weighted += criteria[c].Weight * score / criteria[c].ScaleMax;
                }
                Total[Index(a, p)] = weighted / weightSum * 100;
                Scored[Index(a, p)] = true;
            }
        }

        /// <summary>
        /// Borda points. A panellist's last pick list counts; an empty one is no picks. An unknown, conflicted or
        /// repeated pick scores nothing but keeps its position, so the others' points do not move.
        /// </summary>
        private void CountPicks(AggregationInput input, Dictionary<string, int> applicationIndex, Dictionary<string, int> panellistIndex)
        {
            var latest = new Dictionary<int, IReadOnlyList<string>>();
            foreach (var picks in input.TopPicks)
            {
                if (panellistIndex.TryGetValue(picks.PanellistId, out var p))
                    latest[p] = picks.ApplicationIds;
            }

            var n = input.TopPickCount;
            var picked = new HashSet<int>();
            foreach (var (p, ids) in latest)
            {
                if (ids.Count == 0)
                    continue;
                if (ids.Count > n)
                    throw new ArgumentException($"Panellist {PanellistIds[p]} picked {ids.Count}, more than {n}.", nameof(input));

                for (var a = 0; a < ApplicationCount; a++)
                    Scored[Index(a, p)] = !Conflicted[Index(a, p)];

                picked.Clear();
                for (var k = 1; k <= ids.Count; k++)
                {
                    if (applicationIndex.TryGetValue(ids[k - 1], out var a) && !Conflicted[Index(a, p)] && picked.Add(a))
                        Total[Index(a, p)] = n - k + 1;
                }
            }
        }
    }
}
