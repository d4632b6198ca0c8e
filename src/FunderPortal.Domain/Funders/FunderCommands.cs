namespace FunderPortal.Funders;

// Messages to the funder grain. Partial updates use null for "leave as it is".

[GenerateSerializer, Immutable, Alias("FunderPortal.RegisterFunder")]
public sealed record RegisterFunder(
    [property: Id(0)] string OrgId,
    [property: Id(1)] string Name,
    [property: Id(2)] FunderType? FunderType,
    [property: Id(3)] string? GrantIdPrefix);

/// <summary>An empty <see cref="GrantIdPrefix"/> clears it.</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ChangeFunderProfile")]
public sealed record ChangeFunderProfile(
    [property: Id(0)] string? Name,
    [property: Id(1)] FunderType? FunderType,
    [property: Id(2)] string? GrantIdPrefix);

/// <summary>A programme as it should be (adding one, or replacing one).</summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.ProgrammeDetails")]
public sealed record ProgrammeDetails(
    [property: Id(0)] string Title,
    [property: Id(1)] string? Description);

/// <summary>
/// A grant made to a charity. Required values are nullable so that a missing one is refused by name.
/// Plan lines and workstreams are the charity's ids, opaque here. <see cref="RequestId"/>: the idempotent request that
/// asks for it, when there is one, so its retries find this grant instead of recording another.
/// </summary>
[GenerateSerializer, Immutable, Alias("FunderPortal.RecordGrant")]
public sealed record RecordGrant(
    [property: Id(0)] string CharityOrgId,
    [property: Id(1)] string? CharityName,
    [property: Id(2)] string Title,
    [property: Id(3)] string Description,
    [property: Id(4)] long? AmountPence,
    [property: Id(5)] DateOnly? AwardDate,
    [property: Id(6)] DateOnly? PlannedStart,
    [property: Id(7)] DateOnly? PlannedEnd,
    [property: Id(8)] GrantType? Type,
    [property: Id(9)] string? ProgrammeId,
    [property: Id(10)] IReadOnlyList<string> PlanLineIds,
    [property: Id(11)] IReadOnlyList<string> WorkstreamIds,
    [property: Id(12)] string? RequestId = null);

[GenerateSerializer, Immutable, Alias("FunderPortal.GiveFeedback")]
public sealed record GiveFeedback(
    [property: Id(0)] string CharityOrgId,
    [property: Id(1)] FeedbackKind? Kind,
    [property: Id(2)] string Text);
