using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Charities;

[JsonDerivedType(typeof(CheckInRecorded), "CheckInRecorded")]
[JsonDerivedType(typeof(LeadershipRecorded), "LeadershipRecorded")]
public abstract partial record CharityEvent;

public sealed record CheckInRecorded(
    string CheckInId,
    DateOnly HeldOn,
    string? WhatWorked,
    string? WhatDidNot,
    string? WhatNext,
    IReadOnlyDictionary<ReadinessQuestion, ReadinessResponse> Readiness,
    IReadOnlyDictionary<Principle, int> Principles,
    SkillsAndCapacity? Skills = null) : CharityEvent;

/// <summary>The lived-experience leadership indicators as they now are; null means not known.</summary>
public sealed record LeadershipRecorded(LeadershipValues Values) : CharityEvent;
