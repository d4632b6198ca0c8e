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
    [property: Id(4)] string? CoProductionMeaning);

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
