using System.Globalization;
using FunderPortal.Rounds;

namespace FunderPortal.Web.Common.Rounds;

/// <summary>
/// The round set-up form as a person fills it: pounds as typed, one row per eligibility question and criterion (blank
/// rows are left out), anchors one per line. <see cref="ToDetails"/> turns it into the grain's command, naming any
/// field it cannot read by the API's JSON path so the grain's own refusals and these land on the same fields.
/// </summary>
public sealed class RoundSetupInput
{
    /// <summary>Chosen when the form is first shown, so sending it twice names the same round and makes one.</summary>
    public string? RoundId { get; set; }
    public string? Title { get; set; }
    public string? ProgrammeId { get; set; }
    public string? Budget { get; set; }
    public string? MinAward { get; set; }
    public string? MaxAward { get; set; }
    public DateOnly? Opens { get; set; }
    public DateOnly? Closes { get; set; }
    public DateOnly? ScoringEnds { get; set; }
    public DateOnly? DecisionsBy { get; set; }
    public List<QuestionRow> Questions { get; set; } = [];
    public List<CriterionRow> Criteria { get; set; } = [];
    public bool Anonymised { get; set; }
    public JudgingMode Mode { get; set; } = JudgingMode.Scoring;
    public int? TopPickCount { get; set; }
    public RankBy RankBy { get; set; } = RankBy.Mean;
    public string? Rate { get; set; }

    public sealed class QuestionRow
    {
        public string? Question { get; set; }
        public bool RequiredAnswer { get; set; } = true;

        public bool IsBlank => string.IsNullOrWhiteSpace(Question);
    }

    public sealed class CriterionRow
    {
        public string? Wording { get; set; }
        public string? Weight { get; set; }
        public int ScaleMax { get; set; } = RoundLimits.DefaultScaleMax;

        /// <summary>One line for each point of the scale, from 0; empty for the portal's plain defaults.</summary>
        public string? Anchors { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Wording) && string.IsNullOrWhiteSpace(Weight) && string.IsNullOrWhiteSpace(Anchors);
    }

    /// <summary>The form filled from a round's current setup.</summary>
    public static RoundSetupInput From(RoundView round) => new()
    {
        RoundId = round.Id,
        Title = round.Title,
        ProgrammeId = round.ProgrammeId,
        Budget = Money.PoundsInput(round.BudgetPence),
        MinAward = Money.PoundsInput(round.MinAwardPence),
        MaxAward = Money.PoundsInput(round.MaxAwardPence),
        Opens = round.Timetable.Opens,
        Closes = round.Timetable.Closes,
        ScoringEnds = round.Timetable.ScoringEnds,
        DecisionsBy = round.Timetable.DecisionsBy,
        Questions = [.. round.EligibilityQuestions.Select(q => new QuestionRow { Question = q.Question, RequiredAnswer = q.RequiredAnswer })],
        Criteria = [.. round.Criteria.Select(c => new CriterionRow
        {
            Wording = c.Wording,
            Weight = c.Weight.ToString("0.##", CultureInfo.InvariantCulture),
            ScaleMax = c.ScaleMax,
            Anchors = c.Anchors.SequenceEqual(RoundDecisions.DefaultAnchors(c.ScaleMax)) ? null : string.Join('\n', c.Anchors),
        })],
        Anonymised = round.Anonymised,
        Mode = round.JudgingMode,
        TopPickCount = round.JudgingMode == JudgingMode.TopPick ? round.TopPickCount : null,
        RankBy = round.RankBy,
        Rate = round.RatePencePerHour == 0 ? null : Money.PoundsInput(round.RatePencePerHour),
    };

    /// <summary>Blank rows dropped, so a row's place is its index in the command (and in any error the grain names).</summary>
    public void DropBlankRows()
    {
        Questions.RemoveAll(q => q.IsBlank);
        Criteria.RemoveAll(c => c.IsBlank);
    }

    /// <summary>
    /// Rows to show: the filled ones, then <paramref name="blank"/> blank ones to fill, never beyond the round's limits
    /// (a form without script cannot add rows as it goes; saving a draft round and changing it gives more).
    /// </summary>
    public void AddBlankRows(int blank)
    {
        for (var i = 0; i < blank && Questions.Count < RoundLimits.MaxEligibilityQuestions; i++)
            Questions.Add(new());
        for (var i = 0; i < blank && Criteria.Count < RoundLimits.MaxCriteria; i++)
            Criteria.Add(new());
    }

    /// <summary>The command, or null with <paramref name="errors"/> naming what could not be read.</summary>
    public RoundDetails? ToDetails(FormErrors errors)
    {
        var budget = Pence(errors, "budgetPence", Budget);
        var min = Pence(errors, "minAwardPence", MinAward);
        var max = Pence(errors, "maxAwardPence", MaxAward);
        var rate = Pence(errors, "ratePencePerHour", Rate);
        List<CriterionInput> criteria = [];
        for (var i = 0; i < Criteria.Count; i++)
        {
            var row = Criteria[i];
            double? weight = null;
            if (!string.IsNullOrWhiteSpace(row.Weight))
            {
                if (double.TryParse(row.Weight.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var w))
                    weight = w;
                else
                    errors.Add($"criteria[{i}].weight", Words.T("Write a number, such as 1 or 1.5."));
            }
            var anchors = row.Anchors?.Split('\n').Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
            criteria.Add(new CriterionInput(row.Wording ?? "", weight, row.ScaleMax, anchors is { Count: > 0 } ? anchors : null));
        }
        if (errors.Any)
            return null;
        var timetable = Opens is null && Closes is null && ScoringEnds is null && DecisionsBy is null ? null : new Timetable(Opens, Closes, ScoringEnds, DecisionsBy);
        return new RoundDetails(Title ?? "", string.IsNullOrWhiteSpace(ProgrammeId) ? null : ProgrammeId, budget, min, max, timetable,
            [.. Questions.Select(q => new EligibilityQuestionInput(q.Question ?? "", q.RequiredAnswer))], criteria, Anonymised, Mode,
            Mode == JudgingMode.TopPick ? TopPickCount : null, RankBy, rate);
    }

    private static long? Pence(FormErrors errors, string field, string? pounds)
    {
        if (string.IsNullOrWhiteSpace(pounds))
            return null;
        if (Money.ParsePounds(pounds) is { } pence)
            return pence;
        errors.Add(field, Words.T("Write an amount in pounds, such as 5,000 or 12.50."));
        return null;
    }
}
