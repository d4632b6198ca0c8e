using System.Text.Json.Serialization;

namespace FunderPortal.Rounds;

// A round's history. Each event is stored as JSON under the type name in its [JsonDerivedType]: a storage
// format, so rename nothing; add new events or optional fields instead.

[JsonDerivedType(typeof(RoundCreated), "RoundCreated")]
[JsonDerivedType(typeof(RoundSetupChanged), "RoundSetupChanged")]
[JsonDerivedType(typeof(RoundPhaseChanged), "RoundPhaseChanged")]
[JsonDerivedType(typeof(ApplicationSubmitted), "ApplicationSubmitted")]
[JsonDerivedType(typeof(ApplicationFileAdded), "ApplicationFileAdded")]
[JsonDerivedType(typeof(PanelInvitationIssued), "PanelInvitationIssued")]
[JsonDerivedType(typeof(PanellistJoined), "PanellistJoined")]
[JsonDerivedType(typeof(PanellistRejoined), "PanellistRejoined")]
[JsonDerivedType(typeof(PanellistPreferencesChanged), "PanellistPreferencesChanged")]
[JsonDerivedType(typeof(ConflictDeclared), "ConflictDeclared")]
[JsonDerivedType(typeof(ScoresSubmitted), "ScoresSubmitted")]
[JsonDerivedType(typeof(TopPicksSubmitted), "TopPicksSubmitted")]
[JsonDerivedType(typeof(DiscussionNoteAdded), "DiscussionNoteAdded")]
[JsonDerivedType(typeof(DecisionRecorded), "DecisionRecorded")]
[JsonDerivedType(typeof(PanelTimeRecorded), "PanelTimeRecorded")]
[JsonDerivedType(typeof(RoundGrantsRecorded), "RoundGrantsRecorded")]
[JsonDerivedType(typeof(PanelInvitationReissued), "PanelInvitationReissued")]
[JsonDerivedType(typeof(ApplicationDrafted), "ApplicationDrafted")]
[JsonDerivedType(typeof(ApplicationChanged), "ApplicationChanged")]
[JsonDerivedType(typeof(ApplicationDraftSubmitted), "ApplicationDraftSubmitted")]
[JsonDerivedType(typeof(ApplicationWithdrawn), "ApplicationWithdrawn")]
[JsonDerivedType(typeof(ApplicationDiscarded), "ApplicationDiscarded")]
[JsonDerivedType(typeof(RoundPublicationChanged), "RoundPublicationChanged")]
[JsonDerivedType(typeof(RecordingTranscriptSet), "RecordingTranscriptSet")]
[JsonDerivedType(typeof(RecordingCaptionsAdded), "RecordingCaptionsAdded")]
public abstract record RoundEvent;

public sealed record RoundCreated(string RoundId, string FunderOrgId, RoundSetup Setup) : RoundEvent;

/// <summary>The whole setup as it now is (only while a draft).</summary>
public sealed record RoundSetupChanged(RoundSetup Setup) : RoundEvent;

public sealed record RoundPhaseChanged(RoundPhase Phase) : RoundEvent;

public sealed record ApplicationSubmitted(
    string ApplicationId,
    string CharityOrgId,
    string CharityName,
    long AmountRequestedPence,
    string? Summary,
    IReadOnlyDictionary<string, bool> EligibilityAnswers,
    bool LinkJourney,
    string SubmittedBy) : RoundEvent;

/// <summary>A draft: only its charity sees it; the amount and eligibility answers may wait until it is submitted.</summary>
public sealed record ApplicationDrafted(
    string ApplicationId,
    string CharityOrgId,
    string CharityName,
    long? AmountRequestedPence,
    string? Summary,
    IReadOnlyDictionary<string, bool> EligibilityAnswers,
    bool LinkJourney,
    string DraftedBy) : RoundEvent;

/// <summary>A draft or a submitted application as it now is (the whole of what the charity can change).</summary>
public sealed record ApplicationChanged(
    string ApplicationId,
    long? AmountRequestedPence,
    string? Summary,
    IReadOnlyDictionary<string, bool> EligibilityAnswers,
    bool LinkJourney,
    string ChangedBy) : RoundEvent;

/// <summary>A draft sent: from now on it is in front of the funder and the panel, numbered in submission order.</summary>
public sealed record ApplicationDraftSubmitted(string ApplicationId, string SubmittedBy) : RoundEvent;

/// <summary>A draft or a submitted application taken back by its charity before scoring started.</summary>
public sealed record ApplicationWithdrawn(string ApplicationId, string WithdrawnBy) : RoundEvent;

/// <summary>A draft still unsent when scoring started: set aside for good (its charity is told).</summary>
public sealed record ApplicationDiscarded(string ApplicationId) : RoundEvent;

/// <summary>The round's public page and its place in the public index: shown (true) or taken down.</summary>
public sealed record RoundPublicationChanged(bool Published) : RoundEvent;

/// <summary>A recording's transcript as it now is (null: none).</summary>
public sealed record RecordingTranscriptSet(string ApplicationId, string FileId, string? Transcript) : RoundEvent;

/// <summary>A WebVTT captions file for a video recording, kept in the attachment store under <see cref="CaptionsFileId"/>.</summary>
public sealed record RecordingCaptionsAdded(string ApplicationId, string FileId, string CaptionsFileId, long SizeBytes) : RoundEvent;

public sealed record ApplicationFileAdded(string ApplicationId, string FileId, ApplicationFileKind Kind, string FileName, string ContentType, long SizeBytes) : RoundEvent;

/// <summary>A one-time link to the panel; <paramref name="Email"/> (sealed as stored) when it was emailed to the invitee.</summary>
public sealed record PanelInvitationIssued(string InvitationId, string TokenHash, string? ForPanellistId, string? Email = null) : RoundEvent;

/// <summary>
/// The invitation's link made again (a retry of the request that issued it, whose answer never reached anyone): the new
/// token's hash replaces the old one, so the link never shown stops working.
/// </summary>
public sealed record PanelInvitationReissued(string InvitationId, string TokenHash) : RoundEvent;

/// <summary>
/// A new panellist from an invitation. <see cref="TokenHash"/> set when they were not signed in; <see cref="Email"/> (sealed
/// as stored) the address their invitation was emailed to, kept for one with no account, to email them the round's notices
/// in <see cref="Language"/> (<c>cy</c>/<c>en</c>, the language they joined in; none before issue 21: English).
/// </summary>
public sealed record PanellistJoined(
    string PanellistId,
    string Pseudonym,
    string InvitationId,
    string? UserSubject,
    string? TokenHash,
    IReadOnlyList<AccessibilityNeed> AccessibilityNeeds,
    string? MeetingTimes,
    PaymentChoice Payment,
    string? NonCashPreference,
    string? Email = null,
    string? Language = null) : RoundEvent;

/// <summary>A panellist back through a replacement invitation: their old token stops working.</summary>
public sealed record PanellistRejoined(string PanellistId, string InvitationId, string? UserSubject, string? TokenHash) : RoundEvent;

public sealed record PanellistPreferencesChanged(
    string PanellistId,
    IReadOnlyList<AccessibilityNeed> AccessibilityNeeds,
    string? MeetingTimes,
    PaymentChoice Payment,
    string? NonCashPreference) : RoundEvent;

/// <summary>A declared conflict also sets aside any scores the panellist gave that application.</summary>
public sealed record ConflictDeclared(string PanellistId, string ApplicationId, ConflictDeclaration Declaration, string? Details) : RoundEvent;

/// <summary>Scores in the order of the round's criteria; comments keyed by criterion id.</summary>
public sealed record ScoresSubmitted(
    string PanellistId,
    string ApplicationId,
    IReadOnlyList<int> Scores,
    IReadOnlyDictionary<string, string>? Comments,
    string? Comment) : RoundEvent;

/// <summary>A panellist's top picks, best first (TopPick rounds).</summary>
public sealed record TopPicksSubmitted(string PanellistId, IReadOnlyList<string> ApplicationIds) : RoundEvent;

/// <summary><see cref="Author"/> is the panellist's pseudonym or "Funder".</summary>
public sealed record DiscussionNoteAdded(string NoteId, string ApplicationId, string Author, string Text) : RoundEvent;

public sealed record DecisionRecorded(string ApplicationId, DecisionOutcome Outcome, long AmountPence, string Rationale, string DecidedBy) : RoundEvent;

public sealed record PanelTimeRecorded(string EntryId, string PanellistId, PanelActivity Activity, int Minutes, DateOnly On, string RecordedBy) : RoundEvent;

/// <summary>The funder confirmed it holds a grant for each funded application: the cross-grain write is done.</summary>
public sealed record RoundGrantsRecorded(IReadOnlyDictionary<string, string> GrantIdsByApplication) : RoundEvent;
