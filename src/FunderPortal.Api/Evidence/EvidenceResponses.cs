using FunderPortal.Common;

namespace FunderPortal.Api.Evidence;

public sealed record ConsentResponse(ConsentScope Scope, DateOnly? ExpiresOn);

public sealed record CaseStudyResponse(string Context, string WhatWeDid, string WhoTookPart, string WhatChanged, string Lessons);

public sealed record AttachmentResponse(string Id, string FileName, string ContentType, long SizeBytes, DateTimeOffset AddedAt, string Url);

public sealed record AttestationResponseEntry(
    string Participant, AttestationStance? Stance, string? Comment, DateTimeOffset? AnsweredAt, string? Reply, DateTimeOffset AskedAt);

public sealed record AttestationSummaryResponse(
    int Asked, int Agreed, int Disagreed, int Waiting, bool Attested, IReadOnlyList<AttestationResponseEntry> Responses);

public sealed record EvidenceResponse(
    string Id,
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
    ConsentResponse? Consent,
    DateTimeOffset? ConsentWithdrawnAt,
    CaseStudyResponse? CaseStudy,
    DateTimeOffset RecordedAt,
    IReadOnlyList<AttachmentResponse> Attachments,
    AttestationSummaryResponse Attestation,
    bool SharedWithFunders,
    bool IsPublic);

/// <summary>A participant's link. <c>url</c> is shown once: null for a link emailed to the participant, and in a replay of the same request.</summary>
public sealed record AttestationLinkResponse(string Participant, string? Url, DateTimeOffset ExpiresAt);

public sealed record AttestationLinksResponse(IReadOnlyList<AttestationLinkResponse> Links);

public sealed record AttestationPromptResponse(
    string CharityName,
    string Participant,
    EvidenceKind Kind,
    string Title,
    string? Summary,
    CaseStudyResponse? CaseStudy,
    string WorkstreamTitle,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<AttestationStance> Stances);
