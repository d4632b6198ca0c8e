using System.Globalization;
using FunderPortal.Common;
using FunderPortal.Funders;

namespace FunderPortal.Rounds;

/// <summary>
/// What may happen to a round: each function checks the command against the state and returns the events to
/// record, or throws the refusal (400 invalid, 409 not in this phase or state). Pure: no I/O, no clock.
/// </summary>
public static partial class RoundDecisions
{
    public static IReadOnlyList<RoundEvent> Create(RoundState state, string roundId, string funderOrgId, RoundDetails details)
    {
        if (state.Exists)
            throw new ConflictException("A round with that id already exists.");
        return [new RoundCreated(roundId, funderOrgId, Validate(details))];
    }

    public static IReadOnlyList<RoundEvent> ChangeSetup(RoundState state, RoundDetails details)
    {
        RoundPhases.Require(state, "change the round's setup", RoundPhase.Draft);
        var setup = Validate(details);
        return [new RoundSetupChanged(setup)];
    }

    public static IReadOnlyList<RoundEvent> MoveTo(RoundState state, RoundPhase? target)
    {
        if (target is null || !Enum.IsDefined(target.Value))
            throw DomainValidationException.For("phase", $"Required: one of {string.Join(", ", Enum.GetNames<RoundPhase>())}.");
        if (target == state.Phase)
            return []; // asked twice: already there
        if (target != RoundPhases.Next(state.Phase))
            throw new ConflictException(RoundPhases.Next(state.Phase) is { } next
                ? $"The round is {state.Phase}: it can only move on to {next}, one step at a time, never back."
                : "The round is Closed: it cannot move any further.");
        if (target == RoundPhase.Decided)
            RequireEveryApplicationDecided(state);
        // Scoring starts with the submitted applications only: drafts still unsent are set aside.
        return target == RoundPhase.Scoring
            ? [new RoundPhaseChanged(target.Value), .. DiscardDrafts(state)]
            : [new RoundPhaseChanged(target.Value)];
    }

    /// <summary>The round's public page shown or taken down, in any phase; asking for what already is changes nothing.</summary>
    public static IReadOnlyList<RoundEvent> Publish(RoundState state, bool? published)
    {
        if (published is not { } shown)
            throw DomainValidationException.For("published", "Required: true to show the round's public page, false to take it down.");
        return shown == state.Published ? [] : [new RoundPublicationChanged(shown)];
    }

    private static void RequireEveryApplicationDecided(RoundState state)
    {
        var undecided = state.Applications.Values.Count(a => a.Decision is null);
        if (undecided > 0)
            throw new ConflictException(
                $"{undecided} application(s) have no decision yet: every applicant gets a decision and feedback before the round is Decided.");
    }

    private static RoundSetup Validate(RoundDetails d)
    {
        var errors = new ErrorBag();
        errors.RequireText("title", d.Title, Limits.Title);
        errors.OptionalText("programmeId", d.ProgrammeId, FunderLimits.LinkId);
        Money(errors, "budgetPence", d.BudgetPence, required: true);
        Money(errors, "minAwardPence", d.MinAwardPence, required: true);
        Money(errors, "maxAwardPence", d.MaxAwardPence, required: true);
        if (d.MinAwardPence is { } min && d.MaxAwardPence is { } max && min > max)
            errors.Add("maxAwardPence", "Must not be less than minAwardPence.");
        if (d.MaxAwardPence is { } most && d.BudgetPence is { } budget && most > budget)
            errors.Add("maxAwardPence", "Must not be more than budgetPence.");
        ValidateTimetable(errors, d.Timetable);
        var questions = Questions(errors, d.EligibilityQuestions);
        var criteria = Criteria(errors, d.Criteria);
        errors.Defined("judgingMode", d.JudgingMode);
        errors.Defined("rankBy", d.RankBy);
        var mode = d.JudgingMode ?? JudgingMode.Scoring;
        if (mode == JudgingMode.TopPick && d.TopPickCount is null)
            errors.Add("topPickCount", "Required when judgingMode is TopPick: how many applications each panellist picks.");
        if (d.TopPickCount is { } n)
            errors.Range("topPickCount", n, 1, RoundLimits.MaxTopPick);
        if (d.RatePencePerHour is { } rate && (rate < 0 || rate > RoundLimits.MaxRatePencePerHour))
            errors.Add("ratePencePerHour", $"Between 0 and {RoundLimits.MaxRatePencePerHour} pence an hour.");
        errors.ThrowIfAny();

        return new RoundSetup(d.Title.Trim(), Text.Clean(d.ProgrammeId), d.BudgetPence!.Value, d.MinAwardPence!.Value, d.MaxAwardPence!.Value,
            d.Timetable ?? new Timetable(null, null, null, null), questions, criteria, d.Anonymised, mode,
            d.TopPickCount ?? 0, d.RankBy ?? RankBy.Mean, d.RatePencePerHour ?? 0);
    }

    private static void Money(ErrorBag errors, string field, long? pence, bool required)
    {
        if (pence is null)
        {
            if (required)
                errors.Add(field, "Required: an amount in whole pence.");
        }
        else if (pence < 1 || pence > FunderLimits.MaxGrantPence)
        {
            errors.Add(field, $"Between 1 and {FunderLimits.MaxGrantPence} pence.");
        }
    }

    private static void ValidateTimetable(ErrorBag errors, Timetable? t)
    {
        if (t is null)
            return;
        (string Field, DateOnly? Date)[] dates =
            [("timetable.opens", t.Opens), ("timetable.closes", t.Closes), ("timetable.scoringEnds", t.ScoringEnds), ("timetable.decisionsBy", t.DecisionsBy)];
        DateOnly? previous = null;
        foreach (var (field, date) in dates)
        {
            errors.Date(field, date);
            if (date is { } d)
            {
                if (previous is { } p && d < p)
                    errors.Add(field, "The timetable runs in order: opens, closes, scoringEnds, decisionsBy.");
                previous = d;
            }
        }
    }

    private static List<EligibilityQuestion> Questions(ErrorBag errors, IReadOnlyList<EligibilityQuestionInput>? inputs)
    {
        var questions = new List<EligibilityQuestion>();
        if (inputs is null)
            return questions;
        if (inputs.Count > RoundLimits.MaxEligibilityQuestions)
            errors.Add("eligibilityQuestions", $"At most {RoundLimits.MaxEligibilityQuestions} questions.");
        for (var i = 0; i < Math.Min(inputs.Count, RoundLimits.MaxEligibilityQuestions); i++)
        {
            var q = inputs[i];
            if (q is null)
            {
                errors.Add($"eligibilityQuestions[{i}]", "Required.");
                continue;
            }
            errors.RequireText($"eligibilityQuestions[{i}].question", q.Question, Limits.ShortText);
            questions.Add(new EligibilityQuestion($"q{i + 1}", q.Question?.Trim() ?? "", q.RequiredAnswer ?? true));
        }
        return questions;
    }

    private static List<Criterion> Criteria(ErrorBag errors, IReadOnlyList<CriterionInput>? inputs)
    {
        var criteria = new List<Criterion>();
        if (inputs is null || inputs.Count == 0)
        {
            errors.Add("criteria", "Required: at least one criterion to score against.");
            return criteria;
        }
        if (inputs.Count > RoundLimits.MaxCriteria)
            errors.Add("criteria", $"At most {RoundLimits.MaxCriteria} criteria.");
        for (var i = 0; i < Math.Min(inputs.Count, RoundLimits.MaxCriteria); i++)
        {
            var c = inputs[i];
            var field = $"criteria[{i}]";
            if (c is null)
            {
                errors.Add(field, "Required.");
                continue;
            }
            errors.RequireText($"{field}.wording", c.Wording, RoundLimits.Criterion);
            var weight = c.Weight ?? 1;
            if (!double.IsFinite(weight) || weight <= 0 || weight > RoundLimits.MaxWeight)
                errors.Add($"{field}.weight", $"A number above 0 and at most {RoundLimits.MaxWeight}.");
            var scaleMax = c.ScaleMax ?? RoundLimits.DefaultScaleMax;
            errors.Range($"{field}.scaleMax", scaleMax, 1, RoundLimits.MaxScale);
            var anchors = c.Anchors;
            if (anchors is not null)
            {
                if (anchors.Count != scaleMax + 1)
                    errors.Add($"{field}.anchors", $"One anchor for each point of the scale: {scaleMax + 1} (0 to {scaleMax}).");
                for (var a = 0; a < anchors.Count && a <= RoundLimits.MaxScale; a++)
                    errors.RequireText($"{field}.anchors[{a}]", anchors[a], RoundLimits.Anchor);
            }
            criteria.Add(new Criterion($"c{i + 1}", c.Wording?.Trim() ?? "", weight, scaleMax,
                anchors is null ? DefaultAnchors(scaleMax) : [.. anchors.Select(a => a?.Trim() ?? "")]));
        }
        return criteria;
    }

    /// <summary>Plain words for each point when the funder gives none: from "not shown at all" to "fully shown".</summary>
    public static IReadOnlyList<string> DefaultAnchors(int scaleMax) =>
        scaleMax == RoundLimits.DefaultScaleMax
            ? ["Not shown at all", "Shown a little", "Partly shown", "Mostly shown", "Fully shown"]
            : [.. Enumerable.Range(0, scaleMax + 1).Select(point => point switch
            {
                0 => "Not shown at all",
                _ when point == scaleMax => "Fully shown",
                _ => string.Create(CultureInfo.InvariantCulture, $"{point} out of {scaleMax}"),
            })];
}
