namespace FunderPortal.Rounds;

// What the round grain answers with, shaped for the person asking: a panellist never receives another panellist's
// scores or comments before scoring ends, nor an anonymised applicant's name before decisions.

/// <summary>How the caller takes part in a round.</summary>
public enum RoundRole
{
    FunderEditor,
    FunderViewer,
    Panellist,
    Applicant,
}

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.RoundView")]
public sealed record RoundView(
    [property: Id(0)] string Id,
    [property: Id(1)] string FunderOrgId,
    [property: Id(2)] string Title,
    [property: Id(3)] string? ProgrammeId,
    [property: Id(4)] long BudgetPence,
    [property: Id(5)] long MinAwardPence,
    [property: Id(6)] long MaxAwardPence,
    [property: Id(7)] Timetable Timetable,
    [property: Id(8)] IReadOnlyList<EligibilityQuestion> EligibilityQuestions,
    [property: Id(9)] IReadOnlyList<Criterion> Criteria,
    [property: Id(10)] bool Anonymised,
    [property: Id(11)] JudgingMode JudgingMode,
    [property: Id(12)] int TopPickCount,
    [property: Id(13)] RankBy RankBy,
    [property: Id(14)] long RatePencePerHour,
    [property: Id(15)] RoundPhase Phase,
    [property: Id(16)] IReadOnlyList<PhaseChange> PhaseChanges,
    [property: Id(17)] int Applications,
    [property: Id(18)] int Panellists,
    [property: Id(19)] RoundRole YourRole,
    [property: Id(20)] string? YourPanellistId,
    [property: Id(21)] RoundOutcome? Outcome,
    [property: Id(22)] DateTimeOffset CreatedAt,
    [property: Id(23)] long Version,
    [property: Id(24)] bool Published);

/// <summary>Published once decided: how many were funded, and whether the timetable was kept.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.RoundOutcome")]
public sealed record RoundOutcome(
    [property: Id(0)] int Applications,
    [property: Id(1)] int Funded,
    [property: Id(2)] int Waitlisted,
    [property: Id(3)] int NotFunded,
    [property: Id(4)] double SuccessRate,
    [property: Id(5)] long FundedPence,
    [property: Id(6)] IReadOnlyList<TimetableStep> Timetable);

/// <summary>One step of the published timetable: planned date, the date it happened, and days late (negative: early).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.TimetableStep")]
public sealed record TimetableStep(
    [property: Id(0)] string Step,
    [property: Id(1)] DateOnly? Planned,
    [property: Id(2)] DateOnly? Actual,
    [property: Id(3)] int? DaysLate);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.RoundListing")]
public sealed record RoundListing(
    [property: Id(0)] string RoundId,
    [property: Id(1)] string Title,
    [property: Id(2)] DateTimeOffset CreatedAt);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.ApplicationView")]
public sealed record ApplicationView(
    [property: Id(0)] string Id,
    [property: Id(1)] string RoundId,
    [property: Id(2)] int Number,
    [property: Id(3)] string Label,
    [property: Id(4)] bool ApplicantHidden,
    [property: Id(5)] string? CharityOrgId,
    [property: Id(6)] string? CharityName,
    [property: Id(7)] string? JourneyUrl,
    [property: Id(8)] long? AmountRequestedPence,
    [property: Id(9)] string? Summary,
    [property: Id(10)] IReadOnlyDictionary<string, bool> EligibilityAnswers,
    [property: Id(11)] IReadOnlyList<ApplicationFile> Files,
    [property: Id(12)] DateTimeOffset? SubmittedAt,
    [property: Id(13)] int ScoredBy,
    [property: Id(14)] int EligibleScorers,
    [property: Id(15)] ConflictDeclaration? YourConflict,
    [property: Id(16)] ScoreSheetView? YourScores,
    [property: Id(17)] Decision? Decision,
    [property: Id(18)] string? AnonymityNotice,
    [property: Id(19)] bool? OrganisationVerified = null,
    [property: Id(20)] ApplicationStatus Status = ApplicationStatus.Submitted);

/// <summary>Scores keyed by criterion id.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.ScoreSheetView")]
public sealed record ScoreSheetView(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] string PanellistId,
    [property: Id(2)] string Pseudonym,
    [property: Id(3)] IReadOnlyDictionary<string, int> Scores,
    [property: Id(4)] IReadOnlyDictionary<string, string> Comments,
    [property: Id(5)] string? Comment,
    [property: Id(6)] DateTimeOffset SubmittedAt);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.TopPicksView")]
public sealed record TopPicksView(
    [property: Id(0)] string PanellistId,
    [property: Id(1)] IReadOnlyList<string> ApplicationIds,
    [property: Id(2)] int TopPickCount);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.ConflictView")]
public sealed record ConflictView(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] string PanellistId,
    [property: Id(2)] string Pseudonym,
    [property: Id(3)] ConflictDeclaration Declaration,
    [property: Id(4)] string? Details,
    [property: Id(5)] DateTimeOffset DeclaredAt);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PanellistView")]
public sealed record PanellistView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Pseudonym,
    [property: Id(2)] bool LinkedToUser,
    [property: Id(3)] DateTimeOffset JoinedAt,
    [property: Id(4)] IReadOnlyList<AccessibilityNeed> AccessibilityNeeds,
    [property: Id(5)] string? MeetingTimes,
    [property: Id(6)] PaymentChoice Payment,
    [property: Id(7)] string? NonCashPreference,
    [property: Id(8)] IReadOnlyList<PanelTime> Time,
    [property: Id(9)] int Minutes,
    [property: Id(10)] long ValuePence);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PanellistPayment")]
public sealed record PanellistPayment(
    [property: Id(0)] string PanellistId,
    [property: Id(1)] string Pseudonym,
    [property: Id(2)] PaymentChoice Payment,
    [property: Id(3)] int Minutes,
    [property: Id(4)] long ValuePence,
    [property: Id(5)] long CashPence,
    [property: Id(6)] long NonCashPence);

/// <summary>Every panellist's time and what they are owed: value at the round's rate, paid as money or in kind, or declined.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PaymentsView")]
public sealed record PaymentsView(
    [property: Id(0)] long RatePencePerHour,
    [property: Id(1)] IReadOnlyList<PanellistPayment> Panellists,
    [property: Id(2)] int TotalMinutes,
    [property: Id(3)] long TotalValuePence,
    [property: Id(4)] long TotalCashPence,
    [property: Id(5)] long TotalNonCashPence,
    [property: Id(6)] long TotalDeclinedPence);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PanelInvitationLink")]
public sealed record PanelInvitationLink(
    [property: Id(0)] string InvitationId,
    [property: Id(1)] string Token,
    [property: Id(2)] string? ReplacesPanellistId);

/// <summary>The panel identity an accepted invitation gives, with its panellist-only token (shown once).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PanelMembership")]
public sealed record PanelMembership(
    [property: Id(0)] string RoundId,
    [property: Id(1)] string PanellistId,
    [property: Id(2)] string Pseudonym,
    [property: Id(3)] string AccessToken,
    [property: Id(4)] bool LinkedToUser);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PanellistTotalView")]
public sealed record PanellistTotalView(
    [property: Id(0)] string PanellistId,
    [property: Id(1)] string Pseudonym,
    [property: Id(2)] double Total,
    [property: Id(3)] double ZScore);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.ResultRow")]
public sealed record ResultRow(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] string Label,
    [property: Id(2)] string? CharityName,
    [property: Id(3)] long AmountRequestedPence,
    [property: Id(4)] double? Mean,
    [property: Id(5)] double? Median,
    [property: Id(6)] double? StandardDeviation,
    [property: Id(7)] double? NormalisedScore,
    [property: Id(8)] int Scorers,
    [property: Id(9)] int EligiblePanellists,
    [property: Id(10)] bool Disagreement,
    [property: Id(11)] int? Rank,
    [property: Id(12)] bool Tied,
    [property: Id(13)] long? Points,
    [property: Id(14)] long RecommendedAwardPence,
    [property: Id(15)] bool YouAreConflicted,
    [property: Id(16)] IReadOnlyList<PanellistTotalView> Panellists);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.RoundResultsView")]
public sealed record RoundResultsView(
    [property: Id(0)] string RoundId,
    [property: Id(1)] JudgingMode JudgingMode,
    [property: Id(2)] RankBy RankBy,
    [property: Id(3)] long BudgetPence,
    [property: Id(4)] long RecommendedPence,
    [property: Id(5)] long RemainingPence,
    [property: Id(6)] double DisagreementThreshold,
    [property: Id(7)] IReadOnlyList<ResultRow> Applications);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.NoteView")]
public sealed record NoteView(
    [property: Id(0)] string Id,
    [property: Id(1)] string ApplicationId,
    [property: Id(2)] string Author,
    [property: Id(3)] string Text,
    [property: Id(4)] DateTimeOffset At);

/// <summary>What lets a panellist read a charity's journey map: the application linking it, and who they are on the panel.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PanelJourneyRead")]
public sealed record PanelJourneyRead(
    [property: Id(0)] string RoundId,
    [property: Id(1)] string ApplicationId,
    [property: Id(2)] string FunderOrgId,
    [property: Id(3)] string RoundTitle,
    [property: Id(4)] string Pseudonym);

/// <summary>A grant a decided round asks its funder to hold; <see cref="ApplicationId"/> makes the request idempotent.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.RoundGrant")]
public sealed record RoundGrant(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] string CharityOrgId,
    [property: Id(2)] string CharityName,
    [property: Id(3)] string Title,
    [property: Id(4)] string Description,
    [property: Id(5)] long AmountPence,
    [property: Id(6)] DateOnly AwardDate,
    [property: Id(7)] string? ProgrammeId);
