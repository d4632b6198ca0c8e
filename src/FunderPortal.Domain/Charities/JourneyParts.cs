using FunderPortal.Common;

namespace FunderPortal.Charities;

// Parts of the journey map. Immutable values: folded into state (and snapshotted as JSON) and returned
// in views as they are.

[GenerateSerializer, Immutable, Alias("FunderPortal.Participants")]
public sealed record Participants(
    [property: Id(0)] int Count,
    [property: Id(1)] IReadOnlyList<SeldomHeardGroup> GroupsReached,
    [property: Id(2)] IReadOnlyList<string> Roles)
{
    public static readonly Participants None = new(0, [], []);
}

[GenerateSerializer, Immutable, Alias("FunderPortal.Milestone")]
public sealed record Milestone(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] DateOnly PlannedDate,
    [property: Id(3)] DateOnly? DoneDate);

[GenerateSerializer, Immutable, Alias("FunderPortal.Barrier")]
public sealed record Barrier(
    [property: Id(0)] string Id,
    [property: Id(1)] BarrierKind Kind,
    [property: Id(2)] string Description,
    [property: Id(3)] string? Mitigation,
    [property: Id(4)] BarrierStatus Status);

[GenerateSerializer, Immutable, Alias("FunderPortal.CheckIn")]
public sealed record CheckIn(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset RecordedAt,
    [property: Id(2)] DateOnly HeldOn,
    [property: Id(3)] string? WhatWorked,
    [property: Id(4)] string? WhatDidNot,
    [property: Id(5)] string? WhatNext,
    [property: Id(6)] IReadOnlyDictionary<ReadinessQuestion, ReadinessResponse> Readiness,
    [property: Id(7)] IReadOnlyDictionary<Principle, int> Principles,
    [property: Id(8)] SkillsAndCapacity? Skills = null);
