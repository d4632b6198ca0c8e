using FunderPortal.Common;

namespace FunderPortal.Charities;

[GenerateSerializer, Immutable, Alias("FunderPortal.AttestationResponseView")]
public sealed record AttestationResponseView(
    [property: Id(0)] string Participant,
    [property: Id(1)] AttestationStance? Stance,
    [property: Id(2)] string? Comment,
    [property: Id(3)] DateTimeOffset? AnsweredAt,
    [property: Id(4)] string? Reply,
    [property: Id(5)] DateTimeOffset AskedAt);

/// <summary>How many were asked and agreed, and every answer, disagreements included.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.AttestationSummary")]
public sealed record AttestationSummary(
    [property: Id(0)] int Asked,
    [property: Id(1)] int Agreed,
    [property: Id(2)] int Disagreed,
    [property: Id(3)] int Waiting,
    [property: Id(4)] bool Attested,
    [property: Id(5)] IReadOnlyList<AttestationResponseView> Responses);

[GenerateSerializer, Immutable, Alias("FunderPortal.EvidenceView")]
public sealed record EvidenceView(
    [property: Id(0)] string Id,
    [property: Id(1)] EvidenceKind Kind,
    [property: Id(2)] string Title,
    [property: Id(3)] string? Summary,
    [property: Id(4)] string WorkstreamId,
    [property: Id(5)] ActivityKind? ActivityKind,
    [property: Id(6)] LadderRung? DemonstratesRung,
    [property: Id(7)] string? MilestoneId,
    [property: Id(8)] string? BarrierId,
    [property: Id(9)] Visibility Visibility,
    [property: Id(10)] Sensitivity Sensitivity,
    [property: Id(11)] Consent? Consent,
    [property: Id(12)] DateTimeOffset? ConsentWithdrawnAt,
    [property: Id(13)] CaseStudy? CaseStudy,
    [property: Id(14)] DateTimeOffset RecordedAt,
    [property: Id(15)] IReadOnlyList<Attachment> Attachments,
    [property: Id(16)] AttestationSummary Attestation,
    [property: Id(17)] bool SharedWithFunders,
    [property: Id(18)] bool IsPublic);

/// <summary>What a participant sees when they open their link: the item in plain words, and who asks.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.AttestationPrompt")]
public sealed record AttestationPrompt(
    [property: Id(0)] string CharityName,
    [property: Id(1)] string Participant,
    [property: Id(2)] EvidenceKind Kind,
    [property: Id(3)] string Title,
    [property: Id(4)] string? Summary,
    [property: Id(5)] CaseStudy? CaseStudy,
    [property: Id(6)] string WorkstreamTitle,
    [property: Id(7)] DateTimeOffset ExpiresAt);
