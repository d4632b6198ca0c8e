using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FunderPortal.Api.OpenApi;
using FunderPortal.Common;
using FunderPortal.Notifications;
using FunderPortal.Rounds;

namespace FunderPortal.Api.Rounds;

// What clients send. Limits are published in the contract; the round grain enforces them.

public sealed record RoundRequest(
    [property: MinLength(1), MaxLength(Limits.Title)] string Title,
    [property: Range(typeof(long), "1", "10000000000"), Description("The round's whole budget in pence.")] long? BudgetPence,
    [property: Range(typeof(long), "1", "10000000000"), Description("The smallest award in pence.")] long? MinAwardPence,
    [property: Range(typeof(long), "1", "10000000000"), Description("The largest award in pence; applications may not ask for more.")] long? MaxAwardPence,
    [property: MinLength(1), MaxLength(RoundLimits.MaxCriteria), Description("The rubric: what the panel scores, in plain words.")]
    IReadOnlyList<CriterionRequest> Criteria,
    [property: MaxLength(Limits.Id), Description("One of the funder's programmes.")] string? ProgrammeId = null,
    TimetableRequest? Timetable = null,
    [property: MaxLength(RoundLimits.MaxEligibilityQuestions), Description("Yes/no questions; applicants must give each requiredAnswer.")]
    IReadOnlyList<EligibilityQuestionRequest>? EligibilityQuestions = null,
    [property: Description("Hide applicants' names, org-ids and journey links from panellists until decisions.")] bool Anonymised = false,
    [property: Description("Scoring (default): every criterion scored; TopPick: each panellist ranks their top topPickCount.")] JudgingMode? JudgingMode = null,
    [property: Range(1, RoundLimits.MaxTopPick), Description("How many applications each panellist picks (TopPick rounds).")] int? TopPickCount = null,
    [property: Description("What results rank by unless ?rankBy says otherwise: Mean (default) or Normalised.")] RankBy? RankBy = null,
    [property: Range(typeof(long), "0", "100000"), Description("What panellists are paid per hour, in pence.")] long? RatePencePerHour = null)
{
    public RoundDetails ToDetails() => new(Title, ProgrammeId, BudgetPence, MinAwardPence, MaxAwardPence,
        Timetable is null ? null : new Timetable(Timetable.Opens, Timetable.Closes, Timetable.ScoringEnds, Timetable.DecisionsBy),
        EligibilityQuestions?.Select(q => q is null ? null! : new EligibilityQuestionInput(q.Question, q.RequiredAnswer)).ToList(),
        Criteria?.Select(c => c is null ? null! : new CriterionInput(c.Wording, c.Weight, c.ScaleMax, c.Anchors)).ToList(),
        Anonymised, JudgingMode, TopPickCount, RankBy, RatePencePerHour);
}

public sealed record CriterionRequest(
    [property: MinLength(1), MaxLength(RoundLimits.Criterion), Description("What the panel looks for, in plain words.")] string Wording,
    [property: Range(0.001, RoundLimits.MaxWeight), Description("Relative weight (default 1).")] double? Weight = null,
    [property: Range(1, RoundLimits.MaxScale), Description("Scores run from 0 to scaleMax (default 4).")] int? ScaleMax = null,
    [property: MaxLength(RoundLimits.MaxScale + 1), EachMaxLength(RoundLimits.Anchor), Description("What each point means, from 0 to scaleMax (defaults given when omitted).")]
    IReadOnlyList<string>? Anchors = null);

public sealed record TimetableRequest(
    [property: Description("Applications open (YYYY-MM-DD).")] DateOnly? Opens = null,
    [property: Description("Applications close.")] DateOnly? Closes = null,
    [property: Description("Scoring ends.")] DateOnly? ScoringEnds = null,
    [property: Description("Decisions are made by.")] DateOnly? DecisionsBy = null);

public sealed record EligibilityQuestionRequest(
    [property: MinLength(1), MaxLength(Limits.ShortText)] string Question,
    [property: Description("The answer an eligible applicant gives (default true).")] bool? RequiredAnswer = null);

public sealed record PhaseRequest(
    [property: Description("The next phase: Draft → Open → Scoring → Deliberation → Decided → Closed, one step at a time.")] RoundPhase? Phase);

public sealed record ApplicationRequest(
    [property: Description("The applying charity's org-id; you must be one of its editors."), RegularExpression(OrgId.Pattern), MaxLength(OrgId.MaxLength)]
    string CharityOrgId,
    [property: Range(typeof(long), "1", "10000000000"), Description("The amount asked for, in whole pence, within the round's award limits. Required unless draft is true.")] long? AmountRequestedPence = null,
    [property: MaxLength(RoundLimits.Summary), Description("Your work, in your own words; may be left out when you attach a recording instead.")] string? Summary = null,
    [property: MaxEntries(RoundLimits.MaxEligibilityQuestions), Description("An answer to each eligibility question, by its id: {\"q1\": true}. Required unless draft is true.")] IReadOnlyDictionary<string, bool>? EligibilityAnswers = null,
    [property: Description("Link your journey map: the round's panel may read it while it judges (hidden from an anonymised panel).")] bool LinkJourney = false,
    [property: Description("Keep it as a draft, seen only by your charity: the amount and eligibility answers may wait until you submit it. A draft still unsent when scoring starts is discarded.")] bool Draft = false)
{
    public SubmitApplication ToCommand() => new(CharityOrgId, AmountRequestedPence, Summary, EligibilityAnswers, LinkJourney, Draft);
}

/// <summary>An application as it should now be: everything the charity can change, replaced.</summary>
public sealed record ApplicationChangeRequest(
    [property: Range(typeof(long), "1", "10000000000"), Description("The amount asked for, in whole pence; a submitted application must keep one.")] long? AmountRequestedPence = null,
    [property: MaxLength(RoundLimits.Summary), Description("Your work, in your own words.")] string? Summary = null,
    [property: MaxEntries(RoundLimits.MaxEligibilityQuestions), Description("An answer to each eligibility question, by its id; a submitted application must answer each as the round requires.")] IReadOnlyDictionary<string, bool>? EligibilityAnswers = null,
    [property: Description("Link your journey map for the panel.")] bool LinkJourney = false)
{
    public ChangeApplication ToCommand() => new(AmountRequestedPence, Summary, EligibilityAnswers, LinkJourney);
}

public sealed record PublicationRequest(
    [property: Description("true: anyone may read the round's public page and find it in the public index; false: taken down.")] bool? Published);

public sealed record TranscriptRequest(
    [property: MaxLength(RoundLimits.Transcript), Description("The recording's words written out; null or blank removes it.")] string? Transcript);

public sealed record PanelInvitationRequest(
    [property: MaxLength(Limits.Id), Description("Set to replace a panellist's lost link: accepting keeps their panel identity and ends their old token.")]
    string? ReplacesPanellistId = null,
    [property: MaxLength(PreferenceRules.EmailLength), Description("Where to email the link as well. Personal data, kept sealed in the round: a panellist who joins without an account is emailed the round's notices there.")]
    string? Email = null);

public sealed record PreferencesRequest(
    [property: MaxLength(RoundLimits.MaxAccessibilityNeeds)] IReadOnlyList<AccessibilityNeed>? AccessibilityNeeds = null,
    [property: MaxLength(Limits.ShortText), Description("When you can meet, in your own words.")] string? MeetingTimes = null,
    [property: Description("Paid (default), NonCash or Declined.")] PaymentChoice? Payment = null,
    [property: MaxLength(Limits.ShortText), Description("The non-cash alternative you would like.")] string? NonCashPreference = null)
{
    public PanellistPreferences ToPreferences() => new(AccessibilityNeeds, MeetingTimes, Payment, NonCashPreference);
}

public sealed record TimeRequest(
    PanelActivity? Activity,
    [property: Range(1, RoundLimits.MaxMinutesPerEntry), Description("Whole minutes.")] int? Minutes,
    [property: Description("The day (YYYY-MM-DD); today when omitted.")] DateOnly? On = null);

public sealed record ConflictRequest(
    [property: Description("None, or Declared with details.")] ConflictDeclaration? Declaration,
    [property: MaxLength(Limits.ShortText), Description("Required when Declared: the connection, in your own words.")] string? Details = null);

public sealed record ScoresRequest(
    [property: MaxEntries(RoundLimits.MaxCriteria), Description("A score for every criterion, by criterion id, from 0 to its scaleMax: {\"c1\": 3}.")] IReadOnlyDictionary<string, int>? Scores,
    [property: MaxEntries(RoundLimits.MaxCriteria), EachMaxLength(RoundLimits.Comment), Description("Optional words per criterion, by criterion id.")] IReadOnlyDictionary<string, string>? Comments = null,
    [property: MaxLength(RoundLimits.Comment), Description("Optional words on the whole application.")] string? Comment = null);

public sealed record TopPicksRequest(
    [property: MaxLength(RoundLimits.MaxTopPick), EachMaxLength(Limits.Id), Description("Your picks, best first, at most the round's topPickCount.")] IReadOnlyList<string>? ApplicationIds);

public sealed record NoteRequest([property: MinLength(1), MaxLength(RoundLimits.Comment)] string Text);

public sealed record DecisionRequest(
    DecisionOutcome? Outcome,
    [property: MinLength(1), MaxLength(RoundLimits.Rationale), Description("The panel's reasons: the applicant's feedback.")] string Rationale,
    [property: Range(typeof(long), "0", "10000000000"), Description("Funded only (required there): the award in whole pence, within the award limits and the amount asked.")] long? AmountPence = null)
{
    public RecordDecision ToCommand() => new(Outcome, AmountPence, Rationale);
}
