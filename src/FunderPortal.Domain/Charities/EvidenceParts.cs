using FunderPortal.Common;

namespace FunderPortal.Charities;

// Parts of an evidence item: immutable values folded into state and returned in views.

/// <summary>Consent to share, with its scope and an optional last day.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Consent")]
public sealed record Consent(
    [property: Id(0)] ConsentScope Scope,
    [property: Id(1)] DateOnly? ExpiresOn);

[GenerateSerializer, Immutable, Alias("FunderPortal.CaseStudy")]
public sealed record CaseStudy(
    [property: Id(0)] string Context,
    [property: Id(1)] string WhatWeDid,
    [property: Id(2)] string WhoTookPart,
    [property: Id(3)] string WhatChanged,
    [property: Id(4)] string Lessons);

/// <summary>A file kept content-addressed: its id is the SHA-256 of its bytes.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.Attachment")]
public sealed record Attachment(
    [property: Id(0)] string Id,
    [property: Id(1)] string FileName,
    [property: Id(2)] string ContentType,
    [property: Id(3)] long SizeBytes,
    [property: Id(4)] DateTimeOffset AddedAt);

/// <summary>A participant's answer, in their own words; the charity may reply but never change it.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.AttestationAnswer")]
public sealed record AttestationAnswer(
    [property: Id(0)] AttestationStance Stance,
    [property: Id(1)] string? Comment,
    [property: Id(2)] DateTimeOffset AnsweredAt,
    [property: Id(3)] string? Reply = null,
    [property: Id(4)] DateTimeOffset? RepliedAt = null);

/// <summary>One participant asked to confirm an item; only the hash of their link's token is kept.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.AttestationAsk")]
public sealed record AttestationAsk(
    [property: Id(0)] string Participant,
    [property: Id(1)] string TokenHash,
    [property: Id(2)] DateTimeOffset AskedAt,
    [property: Id(3)] DateTimeOffset ExpiresAt,
    [property: Id(4)] AttestationAnswer? Answer);
