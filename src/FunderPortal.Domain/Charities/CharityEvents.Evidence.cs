using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Charities;

[JsonDerivedType(typeof(EvidenceRecorded), "EvidenceRecorded")]
[JsonDerivedType(typeof(EvidenceChanged), "EvidenceChanged")]
[JsonDerivedType(typeof(EvidenceConsentRecorded), "EvidenceConsentRecorded")]
[JsonDerivedType(typeof(EvidenceConsentWithdrawn), "EvidenceConsentWithdrawn")]
[JsonDerivedType(typeof(EvidenceAttachmentAdded), "EvidenceAttachmentAdded")]
[JsonDerivedType(typeof(AttestationsRequested), "AttestationsRequested")]
[JsonDerivedType(typeof(AttestationAnswered), "AttestationAnswered")]
[JsonDerivedType(typeof(AttestationReplyAdded), "AttestationReplyAdded")]
public abstract partial record CharityEvent;

/// <summary>What an evidence item says and where it belongs; recorded whole, and changed whole.</summary>
public sealed record EvidenceDetails(
    EvidenceKind Kind,
    string Title,
    string? Summary,
    string WorkstreamId,
    ActivityKind? ActivityKind,
    LadderRung? DemonstratesRung,
    string? MilestoneId,
    string? BarrierId,
    Visibility Visibility,
    Sensitivity Sensitivity,
    CaseStudy? CaseStudy);

public sealed record EvidenceRecorded(string EvidenceId, EvidenceDetails Details, Consent? Consent) : CharityEvent;

public sealed record EvidenceChanged(string EvidenceId, EvidenceDetails Details) : CharityEvent;

public sealed record EvidenceConsentRecorded(string EvidenceId, Consent Consent) : CharityEvent;

/// <summary>Sharing stops at once.</summary>
public sealed record EvidenceConsentWithdrawn(string EvidenceId) : CharityEvent;

public sealed record EvidenceAttachmentAdded(string EvidenceId, Attachment Attachment) : CharityEvent;

/// <summary>One participant asked; <paramref name="Email"/> (sealed as stored) when their link was emailed to them.</summary>
public sealed record AskedParticipant(string Participant, string TokenHash, DateTimeOffset ExpiresAt, string? Email = null);

public sealed record AttestationsRequested(string EvidenceId, IReadOnlyList<AskedParticipant> Asked) : CharityEvent;

public sealed record AttestationAnswered(string EvidenceId, string TokenHash, AttestationStance Stance, string? Comment) : CharityEvent;

public sealed record AttestationReplyAdded(string EvidenceId, string Participant, string Reply) : CharityEvent;
