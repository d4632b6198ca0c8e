using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Charities;

// A charity's history. Each event is stored as JSON under the type name given in its [JsonDerivedType]:
// these names and their fields are a storage format, so rename nothing; add new events or optional fields
// instead. The base record is partial: each feature lists its own events in a file of its own.

[JsonDerivedType(typeof(CharityRegistered), "CharityRegistered")]
[JsonDerivedType(typeof(CharityProfileChanged), "CharityProfileChanged")]
[JsonDerivedType(typeof(MemberRoleGranted), "MemberRoleGranted")]
[JsonDerivedType(typeof(MemberRemoved), "MemberRemoved")]
[JsonDerivedType(typeof(WorkstreamStarted), "WorkstreamStarted")]
[JsonDerivedType(typeof(WorkstreamChanged), "WorkstreamChanged")]
[JsonDerivedType(typeof(RungsSet), "RungsSet")]
[JsonDerivedType(typeof(ParticipantsRecorded), "ParticipantsRecorded")]
[JsonDerivedType(typeof(PracticesSet), "PracticesSet")]
[JsonDerivedType(typeof(MilestonePlanned), "MilestonePlanned")]
[JsonDerivedType(typeof(MilestoneUpdated), "MilestoneUpdated")]
[JsonDerivedType(typeof(BarrierRecorded), "BarrierRecorded")]
[JsonDerivedType(typeof(BarrierUpdated), "BarrierUpdated")]
[JsonDerivedType(typeof(CheckInRecorded), "CheckInRecorded")]
[JsonDerivedType(typeof(LeadershipRecorded), "LeadershipRecorded")]
public abstract partial record CharityEvent;

public sealed record CharityRegistered(
    string OrgId,
    string Name,
    SizeBand? SizeBand,
    IReadOnlyList<string> Areas,
    IReadOnlyList<string> Causes,
    string? CoProductionMeaning) : CharityEvent;

/// <summary>Only the fields that changed are set.</summary>
public sealed record CharityProfileChanged(
    string? Name,
    SizeBand? SizeBand,
    IReadOnlyList<string>? Areas,
    IReadOnlyList<string>? Causes,
    string? CoProductionMeaning,
    int? CheckInIntervalDays = null) : CharityEvent;

public sealed record MemberRoleGranted(string Subject, MemberRole Role) : CharityEvent;

public sealed record MemberRemoved(string Subject) : CharityEvent;

public sealed record WorkstreamStarted(
    string WorkstreamId,
    string Title,
    string? Purpose,
    string? IntendedOutcome,
    string? WhatEveryoneWalksAwayWith) : CharityEvent;

/// <summary>Only the fields that changed are set.</summary>
public sealed record WorkstreamChanged(
    string WorkstreamId,
    string? Title,
    string? Purpose,
    string? IntendedOutcome,
    string? WhatEveryoneWalksAwayWith) : CharityEvent;

public sealed record RungsSet(
    string WorkstreamId,
    ActivityKind ActivityKind,
    LadderRung? Current,
    LadderRung? Target) : CharityEvent;

/// <summary>Who takes part in a workstream: how many, which seldom-heard groups it reaches, what roles they take.</summary>
public sealed record ParticipantsRecorded(
    string WorkstreamId,
    int Count,
    IReadOnlyList<SeldomHeardGroup> GroupsReached,
    IReadOnlyList<string> Roles) : CharityEvent;

public sealed record PracticesSet(
    string WorkstreamId,
    ActivityKind ActivityKind,
    IReadOnlyList<string> Practices) : CharityEvent;

public sealed record MilestonePlanned(
    string WorkstreamId,
    string MilestoneId,
    string Title,
    DateOnly PlannedDate,
    DateOnly? DoneDate) : CharityEvent;

/// <summary>The milestone as it now is (every field).</summary>
public sealed record MilestoneUpdated(
    string WorkstreamId,
    string MilestoneId,
    string Title,
    DateOnly PlannedDate,
    DateOnly? DoneDate) : CharityEvent;

public sealed record BarrierRecorded(
    string WorkstreamId,
    string BarrierId,
    BarrierKind Kind,
    string Description,
    string? Mitigation,
    BarrierStatus Status) : CharityEvent;

/// <summary>The barrier as it now is (every field).</summary>
public sealed record BarrierUpdated(
    string WorkstreamId,
    string BarrierId,
    BarrierKind Kind,
    string Description,
    string? Mitigation,
    BarrierStatus Status) : CharityEvent;

public sealed record CheckInRecorded(
    string CheckInId,
    DateOnly HeldOn,
    string? WhatWorked,
    string? WhatDidNot,
    string? WhatNext,
    IReadOnlyDictionary<ReadinessQuestion, ReadinessResponse> Readiness,
    IReadOnlyDictionary<Principle, int> Principles) : CharityEvent;

/// <summary>The lived-experience leadership indicators as they now are; null means not known.</summary>
public sealed record LeadershipRecorded(LeadershipValues Values) : CharityEvent;
