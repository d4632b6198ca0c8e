using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Charities;

// A charity's history. Each event is stored as JSON under the type name given here: these names and
// their fields are a storage format, so rename nothing; add new events or optional fields instead.

[JsonDerivedType(typeof(CharityRegistered), "CharityRegistered")]
[JsonDerivedType(typeof(CharityProfileChanged), "CharityProfileChanged")]
[JsonDerivedType(typeof(MemberRoleGranted), "MemberRoleGranted")]
[JsonDerivedType(typeof(MemberRemoved), "MemberRemoved")]
[JsonDerivedType(typeof(WorkstreamStarted), "WorkstreamStarted")]
[JsonDerivedType(typeof(WorkstreamChanged), "WorkstreamChanged")]
[JsonDerivedType(typeof(RungsSet), "RungsSet")]
public abstract record CharityEvent;

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
    string? CoProductionMeaning) : CharityEvent;

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
