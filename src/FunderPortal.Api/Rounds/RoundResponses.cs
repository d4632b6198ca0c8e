using FunderPortal.Api.OpenApi;
using FunderPortal.Rounds;

namespace FunderPortal.Api.Rounds;

// What clients receive: the API's own shapes, mapped from the round grain's views in RoundMappings. [SchemaName] keeps
// the names the contract published when these were the grain's views. Enums are shared with the domain.

[SchemaName("RoundView")]
public sealed record RoundResponse(
    string Id,
    string FunderOrgId,
    string Title,
    string? ProgrammeId,
    long BudgetPence,
    long MinAwardPence,
    long MaxAwardPence,
    TimetableResponse Timetable,
    IReadOnlyList<EligibilityQuestionResponse> EligibilityQuestions,
    IReadOnlyList<CriterionResponse> Criteria,
    bool Anonymised,
    JudgingMode JudgingMode,
    int TopPickCount,
    RankBy RankBy,
    long RatePencePerHour,
    RoundPhase Phase,
    IReadOnlyList<PhaseChangeResponse> PhaseChanges,
    int Applications,
    int Panellists,
    RoundRole YourRole,
    string? YourPanellistId,
    RoundOutcomeResponse? Outcome,
    DateTimeOffset CreatedAt,
    long Version,
    bool Published);

[SchemaName("Timetable")]
public sealed record TimetableResponse(DateOnly? Opens, DateOnly? Closes, DateOnly? ScoringEnds, DateOnly? DecisionsBy);

[SchemaName("EligibilityQuestion")]
public sealed record EligibilityQuestionResponse(string Id, string Question, bool RequiredAnswer);

[SchemaName("Criterion")]
public sealed record CriterionResponse(string Id, string Wording, double Weight, int ScaleMax, IReadOnlyList<string> Anchors);

[SchemaName("PhaseChange")]
public sealed record PhaseChangeResponse(RoundPhase Phase, DateTimeOffset At);

/// <summary>Published once decided: how many were funded, and whether the timetable was kept.</summary>
[SchemaName("RoundOutcome")]
public sealed record RoundOutcomeResponse(
    int Applications,
    int Funded,
    int Waitlisted,
    int NotFunded,
    double SuccessRate,
    long FundedPence,
    IReadOnlyList<TimetableStepResponse> Timetable);

/// <summary>One step of the published timetable: planned date, the date it happened, and days late (negative: early).</summary>
[SchemaName("TimetableStep")]
public sealed record TimetableStepResponse(string Step, DateOnly? Planned, DateOnly? Actual, int? DaysLate);

[SchemaName("RoundListing")]
public sealed record RoundListingResponse(string RoundId, string Title, DateTimeOffset CreatedAt);

[SchemaName("ApplicationView")]
public sealed record ApplicationResponse(
    string Id,
    string RoundId,
    int Number,
    string Label,
    bool ApplicantHidden,
    string? CharityOrgId,
    string? CharityName,
    string? JourneyUrl,
    long? AmountRequestedPence,
    string? Summary,
    IReadOnlyDictionary<string, bool> EligibilityAnswers,
    IReadOnlyList<ApplicationFileResponse> Files,
    DateTimeOffset? SubmittedAt,
    int ScoredBy,
    int EligibleScorers,
    ConflictDeclaration? YourConflict,
    ScoreSheetResponse? YourScores,
    DecisionResponse? Decision,
    string? AnonymityNotice,
    bool? OrganisationVerified,
    ApplicationStatus Status);

/// <summary>
/// A file on an application. A recording says what plays it (<c>media</c>: Audio or Video, its type checked by its
/// content) and may carry a transcript and WebVTT captions; <c>url</c> serves it with range requests, so players can seek.
/// </summary>
[SchemaName("ApplicationFile")]
public sealed record ApplicationFileResponse(
    string Id,
    ApplicationFileKind Kind,
    string FileName,
    string ContentType,
    long SizeBytes,
    DateTimeOffset AddedAt,
    RecordingMedia? Media,
    string Url,
    string? Transcript,
    string? CaptionsUrl);

[SchemaName("Decision")]
public sealed record DecisionResponse(DecisionOutcome Outcome, long AmountPence, string Rationale, DateTimeOffset DecidedAt, string DecidedBy);

/// <summary>Scores keyed by criterion id.</summary>
[SchemaName("ScoreSheetView")]
public sealed record ScoreSheetResponse(
    string ApplicationId,
    string PanellistId,
    string Pseudonym,
    IReadOnlyDictionary<string, int> Scores,
    IReadOnlyDictionary<string, string> Comments,
    string? Comment,
    DateTimeOffset SubmittedAt);

[SchemaName("TopPicksView")]
public sealed record TopPicksResponse(string PanellistId, IReadOnlyList<string> ApplicationIds, int TopPickCount);

[SchemaName("ConflictView")]
public sealed record ConflictResponse(
    string ApplicationId, string PanellistId, string Pseudonym, ConflictDeclaration Declaration, string? Details, DateTimeOffset DeclaredAt);

[SchemaName("PanellistView")]
public sealed record PanellistResponse(
    string Id,
    string Pseudonym,
    bool LinkedToUser,
    DateTimeOffset JoinedAt,
    IReadOnlyList<AccessibilityNeed> AccessibilityNeeds,
    string? MeetingTimes,
    PaymentChoice Payment,
    string? NonCashPreference,
    IReadOnlyList<PanelTimeResponse> Time,
    int Minutes,
    long ValuePence);

[SchemaName("PanelTime")]
public sealed record PanelTimeResponse(string Id, PanelActivity Activity, int Minutes, DateOnly On, string RecordedBy);

/// <summary>Every panellist's time and what they are owed: value at the round's rate, paid as money or in kind, or declined.</summary>
[SchemaName("PaymentsView")]
public sealed record PaymentsResponse(
    long RatePencePerHour,
    IReadOnlyList<PanellistPaymentResponse> Panellists,
    int TotalMinutes,
    long TotalValuePence,
    long TotalCashPence,
    long TotalNonCashPence,
    long TotalDeclinedPence);

[SchemaName("PanellistPayment")]
public sealed record PanellistPaymentResponse(
    string PanellistId, string Pseudonym, PaymentChoice Payment, int Minutes, long ValuePence, long CashPence, long NonCashPence);

[SchemaName("RoundResultsView")]
public sealed record RoundResultsResponse(
    string RoundId,
    JudgingMode JudgingMode,
    RankBy RankBy,
    long BudgetPence,
    long RecommendedPence,
    long RemainingPence,
    double DisagreementThreshold,
    IReadOnlyList<ResultRowResponse> Applications);

[SchemaName("ResultRow")]
public sealed record ResultRowResponse(
    string ApplicationId,
    string Label,
    string? CharityName,
    long AmountRequestedPence,
    double? Mean,
    double? Median,
    double? StandardDeviation,
    double? NormalisedScore,
    int Scorers,
    int EligiblePanellists,
    bool Disagreement,
    int? Rank,
    bool Tied,
    long? Points,
    long RecommendedAwardPence,
    bool YouAreConflicted,
    IReadOnlyList<PanellistTotalResponse> Panellists);

[SchemaName("PanellistTotalView")]
public sealed record PanellistTotalResponse(string PanellistId, string Pseudonym, double Total, double ZScore);

[SchemaName("NoteView")]
public sealed record NoteResponse(string Id, string ApplicationId, string Author, string Text, DateTimeOffset At);

public sealed record PanelInvitationResponse(string Id, string Url, string? ReplacesPanellistId);

public sealed record AcceptResponse(string AccessToken, string TokenType, string RoundId, string PanellistId, string Pseudonym, bool LinkedToUser);

/// <summary>A published round's public page: who can apply and when, how it is judged, and once decided what came of it.</summary>
[SchemaName("PublicRoundView")]
public sealed record PublicRoundResponse(
    string Id,
    string Title,
    PublicProgrammeResponse? Programme,
    PublicFunderResponse Funder,
    RoundPhase Phase,
    TimetableResponse Timetable,
    JudgingMode JudgingMode,
    IReadOnlyList<EligibilityQuestionResponse> EligibilityQuestions,
    IReadOnlyList<PublicCriterionResponse> Criteria,
    long BudgetPence,
    long MinAwardPence,
    long MaxAwardPence,
    PublicOutcomeResponse? Outcome);

[SchemaName("PublicProgramme")]
public sealed record PublicProgrammeResponse(string Id, string Title);

/// <summary>A funder by its public name, with its org-id.</summary>
[SchemaName("PublicFunder")]
public sealed record PublicFunderResponse(string OrgId, string Name);

/// <summary>What the panel scores, in plain words, with what each point of the scale means.</summary>
[SchemaName("PublicCriterion")]
public sealed record PublicCriterionResponse(string Wording, double Weight, int ScaleMax, IReadOnlyList<string> Anchors);

/// <summary>After the decisions: submitted applications, how many were funded, for how much (successRate 0 to 1), and who.</summary>
[SchemaName("PublicOutcome")]
public sealed record PublicOutcomeResponse(int Applications, int Funded, long FundedPence, double SuccessRate, IReadOnlyList<FundedOrganisationResponse> FundedOrganisations);

[SchemaName("FundedOrganisation")]
public sealed record FundedOrganisationResponse(string OrgId, string Name, long AwardPence);

/// <summary>A published round in the public index.</summary>
[SchemaName("PublicRoundListing")]
public sealed record PublicRoundListingResponse(string Id, string Title, PublicFunderResponse Funder, RoundPhase Phase, TimetableResponse Timetable);

/// <summary>Published rounds by closing date; <c>next</c> is the <c>after</c> of the next page, null on the last.</summary>
[SchemaName("PublicRoundsPage")]
public sealed record PublicRoundsPageResponse(IReadOnlyList<PublicRoundListingResponse> Items, long? Next);

/// <summary>A round the charity applied to, with its applications there.</summary>
[SchemaName("CharityRoundApplications")]
public sealed record CharityRoundApplicationsResponse(AppliedRoundResponse Round, IReadOnlyList<ApplicationResponse> Applications);

[SchemaName("AppliedRound")]
public sealed record AppliedRoundResponse(string Id, string Title, string FunderOrgId, DateTimeOffset FirstAppliedAt);
