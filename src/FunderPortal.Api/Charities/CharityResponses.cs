using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using FunderPortal.Api.Admin;
using FunderPortal.Common;

namespace FunderPortal.Api.Charities;

// What clients receive: the public contract, mapped from grain views in CharityMappings.

public sealed record CharityProfileResponse(
    string OrgId,
    string Name,
    SizeBand? SizeBand,
    IReadOnlyList<string> Areas,
    IReadOnlyList<string> Causes,
    string? CoProductionMeaning,
    DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt,
    long Version,
    MemberRole YourRole,
    VerificationResponse? Verification,
    [property: Description("ONS GSS codes of where the charity works.")] IReadOnlyList<string> AreaCodes);

public sealed record MemberResponse(string Subject, MemberRole Role);

/// <summary>
/// The rung claimed (<c>current</c>), aimed for (<c>target</c>) and shown by attested evidence (<c>evidenced</c>,
/// capped at the claim); <c>notYetEvidenced</c> marks a claim of CoDesign or above with no attested evidence yet.
/// </summary>
public sealed record RungPairResponse(LadderRung? Current, LadderRung? Target, LadderRung? Evidenced, bool NotYetEvidenced);

/// <summary>Every activity kind, always present, keyed by its name.</summary>
public sealed record RungsResponse(
    [property: JsonPropertyName(nameof(ActivityKind.CoDesign))] RungPairResponse CoDesign,
    [property: JsonPropertyName(nameof(ActivityKind.CoDecision))] RungPairResponse CoDecision,
    [property: JsonPropertyName(nameof(ActivityKind.CoDelivery))] RungPairResponse CoDelivery,
    [property: JsonPropertyName(nameof(ActivityKind.CoEvaluation))] RungPairResponse CoEvaluation);

public sealed record WorkstreamResponse(
    string Id,
    string Title,
    string? Purpose,
    string? IntendedOutcome,
    string? WhatEveryoneWalksAwayWith,
    DateTimeOffset StartedAt,
    RungsResponse Rungs,
    ParticipantsResponse Participants,
    PracticesResponse Practices,
    IReadOnlyList<MilestoneResponse> Milestones,
    IReadOnlyList<BarrierResponse> Barriers);

public sealed record JourneyResponse(
    string OrgId,
    string Name,
    DateTimeOffset AsOf,
    long Version,
    IReadOnlyList<WorkstreamResponse> Workstreams,
    DateOnly NextCheckInDue,
    DateOnly? LastCheckInOn,
    int CheckInCount,
    bool OrganisationVerified);

public sealed record HistoryEventResponse(long Version, string Type, DateTimeOffset RecordedAt, string Actor, JsonElement Data);

public sealed record HistoryResponse(IReadOnlyList<HistoryEventResponse> Events, long? Next);

/// <summary><c>url</c> is shown once: a replay of the same request gives null.</summary>
public sealed record InvitationLinkResponse(MemberRole Role, string? Url, DateTimeOffset ExpiresAt);

public sealed record InvitationResponse(IReadOnlyList<InvitationLinkResponse> Links);

public sealed record ShareResponse(
    string Id, string FunderOrgId, IReadOnlyList<ShareScope> Scope, DateTimeOffset? ExpiresAt, DateTimeOffset SharedAt, DateTimeOffset? RevokedAt);

/// <summary>One read by a funder's member: who, what, when.</summary>
public sealed record AccessLogEntryResponse(string FunderOrgId, string Subject, string What, DateTimeOffset At);
