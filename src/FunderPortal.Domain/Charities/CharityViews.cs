using FunderPortal.Common;

namespace FunderPortal.Charities;

// What the charity grain answers with. Immutable snapshots of state, safe to pass between grains.

[GenerateSerializer, Immutable, Alias("FunderPortal.CharityProfile")]
public sealed record CharityProfile(
    [property: Id(0)] string OrgId,
    [property: Id(1)] string Name,
    [property: Id(2)] SizeBand? SizeBand,
    [property: Id(3)] IReadOnlyList<string> Areas,
    [property: Id(4)] IReadOnlyList<string> Causes,
    [property: Id(5)] string? CoProductionMeaning,
    [property: Id(6)] DateTimeOffset RegisteredAt,
    [property: Id(7)] DateTimeOffset UpdatedAt,
    [property: Id(8)] long Version,
    [property: Id(9)] MemberRole YourRole,
    [property: Id(10)] Verification? Verification,
    [property: Id(11)] IReadOnlyList<string>? AreaCodes = null);

[GenerateSerializer, Immutable, Alias("FunderPortal.Member")]
public sealed record Member(
    [property: Id(0)] string Subject,
    [property: Id(1)] MemberRole Role);

[GenerateSerializer, Immutable, Alias("FunderPortal.WorkstreamView")]
public sealed record WorkstreamView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Purpose,
    [property: Id(3)] string? IntendedOutcome,
    [property: Id(4)] string? WhatEveryoneWalksAwayWith,
    [property: Id(5)] DateTimeOffset StartedAt,
    [property: Id(6)] IReadOnlyDictionary<ActivityKind, RungPair> Rungs,
    [property: Id(7)] Participants Participants,
    [property: Id(8)] IReadOnlyDictionary<ActivityKind, IReadOnlyList<string>> Practices,
    [property: Id(9)] IReadOnlyList<Milestone> Milestones,
    [property: Id(10)] IReadOnlyList<Barrier> Barriers,
    [property: Id(11)] IReadOnlyDictionary<ActivityKind, LadderRung?> Evidenced);

[GenerateSerializer, Immutable, Alias("FunderPortal.JourneyView")]
public sealed record JourneyView(
    [property: Id(0)] string OrgId,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset AsOf,
    [property: Id(3)] long Version,
    [property: Id(4)] IReadOnlyList<WorkstreamView> Workstreams,
    [property: Id(5)] DateOnly NextCheckInDue,
    [property: Id(6)] DateOnly? LastCheckInOn,
    [property: Id(7)] int CheckInCount,
    [property: Id(8)] bool OrganisationVerified);

[GenerateSerializer, Immutable, Alias("FunderPortal.HistoryEntry")]
public sealed record HistoryEntry(
    [property: Id(0)] long Version,
    [property: Id(1)] string Type,
    [property: Id(2)] DateTimeOffset RecordedAt,
    [property: Id(3)] string Actor,
    [property: Id(4)] string Data);

[GenerateSerializer, Immutable, Alias("FunderPortal.HistoryPage")]
public sealed record HistoryPage(
    [property: Id(0)] IReadOnlyList<HistoryEntry> Events,
    [property: Id(1)] long? Next);

[GenerateSerializer, Immutable, Alias("FunderPortal.IndicatorView")]
public sealed record IndicatorView(
    [property: Id(0)] LeadershipIndicator Indicator,
    [property: Id(1)] IndicatorUnit Unit,
    [property: Id(2)] int? Value,
    [property: Id(3)] bool? Answer,
    [property: Id(4)] NationalBenchmark? NationalBenchmark);

[GenerateSerializer, Immutable, Alias("FunderPortal.LeadershipView")]
public sealed record LeadershipView(
    [property: Id(0)] IReadOnlyList<IndicatorView> Indicators,
    [property: Id(1)] DateTimeOffset? RecordedAt);

[GenerateSerializer, Immutable, Alias("FunderPortal.RungChange")]
public sealed record RungChange(
    [property: Id(0)] string WorkstreamId,
    [property: Id(1)] string WorkstreamTitle,
    [property: Id(2)] ActivityKind ActivityKind,
    [property: Id(3)] LadderRung? From,
    [property: Id(4)] LadderRung? To);

[GenerateSerializer, Immutable, Alias("FunderPortal.MilestoneMet")]
public sealed record MilestoneMet(
    [property: Id(0)] string WorkstreamId,
    [property: Id(1)] string WorkstreamTitle,
    [property: Id(2)] Milestone Milestone);

[GenerateSerializer, Immutable, Alias("FunderPortal.BarrierOvercome")]
public sealed record BarrierOvercome(
    [property: Id(0)] string WorkstreamId,
    [property: Id(1)] string WorkstreamTitle,
    [property: Id(2)] Barrier Barrier);

[GenerateSerializer, Immutable, Alias("FunderPortal.ProgressView")]
public sealed record ProgressView(
    [property: Id(0)] DateTimeOffset From,
    [property: Id(1)] DateTimeOffset To,
    [property: Id(2)] IReadOnlyList<RungChange> RungChanges,
    [property: Id(3)] IReadOnlyList<MilestoneMet> MilestonesMet,
    [property: Id(4)] IReadOnlyList<BarrierOvercome> BarriersOvercome,
    [property: Id(5)] IReadOnlyList<CheckIn> CheckIns,
    [property: Id(6)] IReadOnlyList<EvidenceAdded> EvidenceAdded,
    [property: Id(7)] long? FundingSecuredPence,
    [property: Id(8)] ParticipantVoices Participants);

/// <summary>An evidence item recorded in the period.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.EvidenceAdded")]
public sealed record EvidenceAdded(
    [property: Id(0)] string EvidenceId,
    [property: Id(1)] string WorkstreamId,
    [property: Id(2)] EvidenceKind Kind,
    [property: Id(3)] string Title,
    [property: Id(4)] DateTimeOffset RecordedAt);
