using System.Text.Json.Serialization;
using FunderPortal.Common;

namespace FunderPortal.Charities;

[JsonDerivedType(typeof(CheckInRecorded), "CheckInRecorded")]
[JsonDerivedType(typeof(LeadershipRecorded), "LeadershipRecorded")]
[JsonDerivedType(typeof(ParticipantCheckInLinksMade), "ParticipantCheckInLinksMade")]
[JsonDerivedType(typeof(ParticipantCheckInAnswered), "ParticipantCheckInAnswered")]
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

/// <summary>Participants asked to rate a check-in themselves; an address rides here sealed, as with attestations.</summary>
public sealed record ParticipantCheckInLinksMade(string CheckInId, IReadOnlyList<AskedParticipant> Asked) : CharityEvent;

/// <summary>A participant's own ratings of a check-in; <see cref="VoiceAnswer.Other"/> and its comment are stored sealed.</summary>
public sealed record ParticipantCheckInAnswered(string CheckInId, string TokenHash, VoiceAnswer Answer) : CharityEvent;
