using FunderPortal.Common;

namespace FunderPortal.Charities;

// Messages to the charity grain. Partial updates use null for "leave as it is".

[GenerateSerializer, Immutable, Alias("FunderPortal.RegisterCharity")]
public sealed record RegisterCharity(
    [property: Id(0)] string OrgId,
    [property: Id(1)] string Name,
    [property: Id(2)] SizeBand? SizeBand,
    [property: Id(3)] IReadOnlyList<string> Areas,
    [property: Id(4)] IReadOnlyList<string> Causes,
    [property: Id(5)] string? CoProductionMeaning);

[GenerateSerializer, Immutable, Alias("FunderPortal.ChangeCharityProfile")]
public sealed record ChangeCharityProfile(
    [property: Id(0)] string? Name,
    [property: Id(1)] SizeBand? SizeBand,
    [property: Id(2)] IReadOnlyList<string>? Areas,
    [property: Id(3)] IReadOnlyList<string>? Causes,
    [property: Id(4)] string? CoProductionMeaning,
    [property: Id(5)] int? CheckInIntervalDays = null,
    [property: Id(6)] IReadOnlyList<string>? AreaCodes = null);

[GenerateSerializer, Immutable, Alias("FunderPortal.StartWorkstream")]
public sealed record StartWorkstream(
    [property: Id(0)] string Title,
    [property: Id(1)] string? Purpose,
    [property: Id(2)] string? IntendedOutcome,
    [property: Id(3)] string? WhatEveryoneWalksAwayWith);

[GenerateSerializer, Immutable, Alias("FunderPortal.ChangeWorkstream")]
public sealed record ChangeWorkstream(
    [property: Id(0)] string? Title,
    [property: Id(1)] string? Purpose,
    [property: Id(2)] string? IntendedOutcome,
    [property: Id(3)] string? WhatEveryoneWalksAwayWith);

[GenerateSerializer, Immutable, Alias("FunderPortal.RecordParticipants")]
public sealed record RecordParticipants(
    [property: Id(0)] int Count,
    [property: Id(1)] IReadOnlyList<SeldomHeardGroup> GroupsReached,
    [property: Id(2)] IReadOnlyList<string> Roles);

/// <summary>A milestone as it should be (planning one, or replacing one).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.MilestoneDetails")]
public sealed record MilestoneDetails(
    [property: Id(0)] string Title,
    [property: Id(1)] DateOnly? PlannedDate,
    [property: Id(2)] DateOnly? DoneDate);

/// <summary>A barrier as it should be (recording one, or replacing one).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.BarrierDetails")]
public sealed record BarrierDetails(
    [property: Id(0)] BarrierKind? Kind,
    [property: Id(1)] string Description,
    [property: Id(2)] string? Mitigation,
    [property: Id(3)] BarrierStatus? Status);

/// <summary>A periodic reflection: every readiness question answered, every principle rated 1–5.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.RecordCheckIn")]
public sealed record RecordCheckIn(
    [property: Id(0)] DateOnly? HeldOn,
    [property: Id(1)] string? WhatWorked,
    [property: Id(2)] string? WhatDidNot,
    [property: Id(3)] string? WhatNext,
    [property: Id(4)] IReadOnlyDictionary<ReadinessQuestion, ReadinessResponse> Readiness,
    [property: Id(5)] IReadOnlyDictionary<Principle, int> Principles,
    [property: Id(6)] SkillsInput? Skills = null);
