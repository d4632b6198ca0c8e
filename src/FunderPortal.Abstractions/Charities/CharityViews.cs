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
    [property: Id(9)] MemberRole YourRole);

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
    [property: Id(6)] IReadOnlyDictionary<ActivityKind, RungPair> Rungs);

[GenerateSerializer, Immutable, Alias("FunderPortal.JourneyView")]
public sealed record JourneyView(
    [property: Id(0)] string OrgId,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset AsOf,
    [property: Id(3)] long Version,
    [property: Id(4)] IReadOnlyList<WorkstreamView> Workstreams);

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
