using System.Text.Json.Serialization;

namespace FunderPortal.Rounds;

// Parts of a round. Immutable values: folded into state (and snapshotted as JSON) and returned in views.

/// <summary>A round's settings as validated: what it was created with, or last replaced with while a draft.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.RoundSetup")]
public sealed record RoundSetup(
    [property: Id(0)] string Title,
    [property: Id(1)] string? ProgrammeId,
    [property: Id(2)] long BudgetPence,
    [property: Id(3)] long MinAwardPence,
    [property: Id(4)] long MaxAwardPence,
    [property: Id(5)] Timetable Timetable,
    [property: Id(6)] IReadOnlyList<EligibilityQuestion> EligibilityQuestions,
    [property: Id(7)] IReadOnlyList<Criterion> Criteria,
    [property: Id(8)] bool Anonymised,
    [property: Id(9)] JudgingMode JudgingMode,
    [property: Id(10)] int TopPickCount,
    [property: Id(11)] RankBy RankBy,
    [property: Id(12)] long RatePencePerHour);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.Criterion")]
public sealed record Criterion(
    [property: Id(0)] string Id,
    [property: Id(1)] string Wording,
    [property: Id(2)] double Weight,
    [property: Id(3)] int ScaleMax,
    [property: Id(4)] IReadOnlyList<string> Anchors);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.EligibilityQuestion")]
public sealed record EligibilityQuestion(
    [property: Id(0)] string Id,
    [property: Id(1)] string Question,
    [property: Id(2)] bool RequiredAnswer);

/// <summary>What kind of file an applicant attached.</summary>
public enum ApplicationFileKind
{
    /// <summary>Audio or video in place of (or beside) a written summary.</summary>
    Recording,
    /// <summary>A proposal as written for another funder, attached as it is.</summary>
    Proposal,
}

/// <summary>
/// A file on an application. A recording may carry a <see cref="Transcript"/> (its words written out) and captions
/// (a WebVTT file kept under <see cref="CaptionsId"/>), for panellists who cannot hear it or prefer to read.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.ApplicationFile")]
public sealed record ApplicationFile(
    [property: Id(0)] string Id,
    [property: Id(1)] ApplicationFileKind Kind,
    [property: Id(2)] string FileName,
    [property: Id(3)] string ContentType,
    [property: Id(4)] long SizeBytes,
    [property: Id(5)] DateTimeOffset AddedAt,
    [property: Id(6)] string? Transcript = null,
    [property: Id(7)] string? CaptionsId = null)
{
    /// <summary>What plays a recording (null for anything else): its type was checked by its content when it arrived.</summary>
    [JsonIgnore]
    public RecordingMedia? Media => Kind != ApplicationFileKind.Recording ? null
        : ContentType.StartsWith("video/", StringComparison.Ordinal) ? RecordingMedia.Video
        : ContentType.StartsWith("audio/", StringComparison.Ordinal) ? RecordingMedia.Audio
        : null;
}

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.Decision")]
public sealed record Decision(
    [property: Id(0)] DecisionOutcome Outcome,
    [property: Id(1)] long AmountPence,
    [property: Id(2)] string Rationale,
    [property: Id(3)] DateTimeOffset DecidedAt,
    [property: Id(4)] string DecidedBy);

/// <summary>
/// An application: a draft (no <see cref="Number"/> yet, amount and answers perhaps still missing), submitted, or
/// withdrawn. <see cref="Number"/> is its place in submission order (1, 2, 3…), given when it is submitted.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.RoundApplication")]
public sealed record RoundApplication(
    [property: Id(0)] string Id,
    [property: Id(1)] int Number,
    [property: Id(2)] string CharityOrgId,
    [property: Id(3)] string CharityName,
    [property: Id(4)] long? AmountRequestedPence,
    [property: Id(5)] string? Summary,
    [property: Id(6)] IReadOnlyDictionary<string, bool> EligibilityAnswers,
    [property: Id(7)] bool LinkJourney,
    [property: Id(8)] DateTimeOffset? SubmittedAt,
    [property: Id(9)] string SubmittedBy,
    [property: Id(10)] IReadOnlyList<ApplicationFile> Files,
    [property: Id(11)] Decision? Decision,
    [property: Id(12)] ApplicationStatus Status = ApplicationStatus.Submitted,
    [property: Id(13)] DateTimeOffset? DraftedAt = null)
{
    /// <summary>The amount asked for; a submitted application always has one.</summary>
    [JsonIgnore]
    public long Amount => AmountRequestedPence ?? 0;
}

/// <summary>One panellist's scores for one application, in the order of the round's criteria.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.ScoreSheet")]
public sealed record ScoreSheet(
    [property: Id(0)] IReadOnlyList<int> Scores,
    [property: Id(1)] IReadOnlyDictionary<string, string>? Comments,
    [property: Id(2)] string? Comment,
    [property: Id(3)] DateTimeOffset SubmittedAt);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.Conflict")]
public sealed record Conflict(
    [property: Id(0)] ConflictDeclaration Declaration,
    [property: Id(1)] string? Details,
    [property: Id(2)] DateTimeOffset DeclaredAt);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PanelTime")]
public sealed record PanelTime(
    [property: Id(0)] string Id,
    [property: Id(1)] PanelActivity Activity,
    [property: Id(2)] int Minutes,
    [property: Id(3)] DateOnly On,
    [property: Id(4)] string RecordedBy);

/// <summary>
/// A member of the panel, known to the rest of the round only by <see cref="Pseudonym"/>. <see cref="UserSubject"/>
/// links a signed-in person; <see cref="TokenHash"/> is the hash of their panellist-only token, if they have one.
/// <see cref="Language"/> (<c>cy</c>/<c>en</c>) is the language one with no account joined in: the round's notices are
/// mailed to their <see cref="Email"/> in it.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.Panellist")]
public sealed record Panellist(
    [property: Id(0)] string Id,
    [property: Id(1)] string Pseudonym,
    [property: Id(2)] string? UserSubject,
    [property: Id(3)] string? TokenHash,
    [property: Id(4)] DateTimeOffset JoinedAt,
    [property: Id(5)] IReadOnlyList<AccessibilityNeed> AccessibilityNeeds,
    [property: Id(6)] string? MeetingTimes,
    [property: Id(7)] PaymentChoice Payment,
    [property: Id(8)] string? NonCashPreference,
    [property: Id(9)] IReadOnlyList<PanelTime> Time,
    [property: Id(10)] string? Email = null,
    [property: Id(11)] string? Language = null);

/// <summary>A one-time invitation to the panel; <see cref="ForPanellistId"/> set when it replaces a lost token.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PanelInvitation")]
public sealed record PanelInvitation(
    [property: Id(0)] string Id,
    [property: Id(1)] string TokenHash,
    [property: Id(2)] string? ForPanellistId,
    [property: Id(3)] DateTimeOffset IssuedAt,
    [property: Id(4)] string? AcceptedBy,
    [property: Id(5)] string? Email = null);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.DiscussionNote")]
public sealed record DiscussionNote(
    [property: Id(0)] string Id,
    [property: Id(1)] string ApplicationId,
    [property: Id(2)] string Author,
    [property: Id(3)] string Text,
    [property: Id(4)] DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("FunderPortal.Rounds.PhaseChange")]
public sealed record PhaseChange(
    [property: Id(0)] RoundPhase Phase,
    [property: Id(1)] DateTimeOffset At);
