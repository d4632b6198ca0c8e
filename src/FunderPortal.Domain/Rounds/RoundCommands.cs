namespace FunderPortal.Rounds;

// Messages to the round grain. Required values are nullable so that a missing one is refused by name.

/// <summary>A round as it should be: when it is created, or replaced while still a draft.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.RoundDetails")]
public sealed record RoundDetails(
    [property: Id(0)] string Title,
    [property: Id(1)] string? ProgrammeId,
    [property: Id(2)] long? BudgetPence,
    [property: Id(3)] long? MinAwardPence,
    [property: Id(4)] long? MaxAwardPence,
    [property: Id(5)] Timetable? Timetable,
    [property: Id(6)] IReadOnlyList<EligibilityQuestionInput>? EligibilityQuestions,
    [property: Id(7)] IReadOnlyList<CriterionInput>? Criteria,
    [property: Id(8)] bool Anonymised,
    [property: Id(9)] JudgingMode? JudgingMode,
    [property: Id(10)] int? TopPickCount,
    [property: Id(11)] RankBy? RankBy,
    [property: Id(12)] long? RatePencePerHour);

/// <summary>The published timetable: when applications open and close, scoring ends and decisions are due.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.Timetable")]
public sealed record Timetable(
    [property: Id(0)] DateOnly? Opens,
    [property: Id(1)] DateOnly? Closes,
    [property: Id(2)] DateOnly? ScoringEnds,
    [property: Id(3)] DateOnly? DecisionsBy);

/// <summary>A yes/no question; an applicant is eligible only when every answer is the one the round requires.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.EligibilityQuestionInput")]
public sealed record EligibilityQuestionInput(
    [property: Id(0)] string Question,
    [property: Id(1)] bool? RequiredAnswer);

/// <summary>
/// One criterion of the rubric: plain words, a weight, and a scale 0..<see cref="ScaleMax"/> with a described anchor
/// for each point (defaults are given when anchors are omitted).
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.CriterionInput")]
public sealed record CriterionInput(
    [property: Id(0)] string Wording,
    [property: Id(1)] double? Weight,
    [property: Id(2)] int? ScaleMax,
    [property: Id(3)] IReadOnlyList<string>? Anchors);

/// <summary>A new application: submitted at once, or kept as a draft (<see cref="Draft"/>) that may leave out the amount and answers.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.SubmitApplication")]
public sealed record SubmitApplication(
    [property: Id(0)] string CharityOrgId,
    [property: Id(1)] long? AmountRequestedPence,
    [property: Id(2)] string? Summary,
    [property: Id(3)] IReadOnlyDictionary<string, bool>? EligibilityAnswers,
    [property: Id(4)] bool LinkJourney,
    [property: Id(5)] bool Draft = false)
{
    public ChangeApplication Content => new(AmountRequestedPence, Summary, EligibilityAnswers, LinkJourney);
}

/// <summary>What the charity can change of its application: all of it, replaced.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.ChangeApplication")]
public sealed record ChangeApplication(
    [property: Id(0)] long? AmountRequestedPence,
    [property: Id(1)] string? Summary,
    [property: Id(2)] IReadOnlyDictionary<string, bool>? EligibilityAnswers,
    [property: Id(3)] bool LinkJourney);

/// <summary>Every criterion scored; optional words per criterion (by criterion id) and overall.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.SubmitScores")]
public sealed record SubmitScores(
    [property: Id(0)] IReadOnlyDictionary<string, int>? Scores,
    [property: Id(1)] IReadOnlyDictionary<string, string>? Comments,
    [property: Id(2)] string? Comment);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.DeclareConflict")]
public sealed record DeclareConflict(
    [property: Id(0)] ConflictDeclaration? Declaration,
    [property: Id(1)] string? Details);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.RecordDecision")]
public sealed record RecordDecision(
    [property: Id(0)] DecisionOutcome? Outcome,
    [property: Id(1)] long? AmountPence,
    [property: Id(2)] string Rationale);

/// <summary>What a panellist tells the round when they accept, and may change later.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PanellistPreferences")]
public sealed record PanellistPreferences(
    [property: Id(0)] IReadOnlyList<AccessibilityNeed>? AccessibilityNeeds,
    [property: Id(1)] string? MeetingTimes,
    [property: Id(2)] PaymentChoice? Payment,
    [property: Id(3)] string? NonCashPreference);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.RecordPanelTime")]
public sealed record RecordPanelTime(
    [property: Id(0)] PanelActivity? Activity,
    [property: Id(1)] int? Minutes,
    [property: Id(2)] DateOnly? On);
