using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Charities;

[JsonDerivedType(typeof(WorkstreamStarted), "WorkstreamStarted")]
[JsonDerivedType(typeof(WorkstreamChanged), "WorkstreamChanged")]
[JsonDerivedType(typeof(RungsSet), "RungsSet")]
[JsonDerivedType(typeof(ParticipantsRecorded), "ParticipantsRecorded")]
[JsonDerivedType(typeof(PracticesSet), "PracticesSet")]
[JsonDerivedType(typeof(MilestonePlanned), "MilestonePlanned")]
[JsonDerivedType(typeof(MilestoneUpdated), "MilestoneUpdated")]
[JsonDerivedType(typeof(BarrierRecorded), "BarrierRecorded")]
[JsonDerivedType(typeof(BarrierUpdated), "BarrierUpdated")]
public abstract partial record CharityEvent;

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
